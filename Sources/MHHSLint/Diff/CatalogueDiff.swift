import MHHSCatalogue

/// One field that differs between the old and the new form of an entity.
public struct FieldChange: Sendable, Equatable {
  /// The JSON pointer inside the entity's object (`/responseTimes/error/within`).
  public var pointer: String
  /// `nil` when the field is absent on that side.
  public var old: JSON?
  public var new: JSON?
  public var oldLocation: SourceLocation?
  public var newLocation: SourceLocation?
  /// Whether the value is a list compared as a set (``EntityField/Order/unordered``).
  public var isSet: Bool
  /// For sets: the elements only in the new value, and only in the old one.
  public var added: [JSON]
  public var removed: [JSON]
  /// The field as people write it when the pointer's indices do not say it: a block field is
  /// matched by its wire name, so a change to its `required` reads `fields.registers.required`.
  public var path: String?

  public init(
    pointer: String, old: JSON?, new: JSON?, oldLocation: SourceLocation?, newLocation: SourceLocation?,
    isSet: Bool = false, added: [JSON] = [], removed: [JSON] = [], path: String? = nil
  ) {
    self.pointer = pointer
    self.path = path
    self.old = old
    self.new = new
    self.oldLocation = oldLocation
    self.newLocation = newLocation
    self.isSet = isSet
    self.added = added
    self.removed = removed
  }

  /// The top-level field (`responseTimes`).
  public var field: String {
    pointer.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true).first.map(String.init) ?? ""
  }

  /// The field as people write it: `responseTimes.error.within`, `history[1]`,
  /// `fields.registers.required`.
  public var displayName: String { path ?? Self.displayName(pointer) }

  /// A pointer as people write it: `responseTimes.error.within`, `payload[0].blocks`.
  static func displayName(_ pointer: String) -> String {
    var out = ""
    for token in pointer.split(separator: "/", omittingEmptySubsequences: true) {
      let name = token.replacing("~1", with: "/").replacing("~0", with: "~")
      if name.allSatisfy(\.isNumber) {
        out += "[\(name)]"
      } else {
        out += (out.isEmpty ? "" : ".") + name
      }
    }
    return out
  }
}

/// A history entry of the new catalogue that the old one did not have.
public struct HistoryNote: Sendable, Equatable {
  public var version: String
  public var release: String?
  /// The change requests and DINs it cites.
  public var changes: [String]
  public var summary: String?
  public var location: SourceLocation
  /// Its index in the entity's history.
  public var index: Int

  public init(
    version: String, release: String?, changes: [String], summary: String?, location: SourceLocation,
    index: Int
  ) {
    self.version = version
    self.release = release
    self.changes = changes
    self.summary = summary
    self.location = location
    self.index = index
  }
}

/// An entity added, removed or changed between two catalogues.
public struct EntityChange: Sendable {
  public enum Change: String, Sendable, CaseIterable { case added, removed, changed }

  public var kind: EntityKind
  public var id: String
  public var change: Change
  /// The entity's name (or title), from the new catalogue when it is there.
  public var name: String?
  public var oldVersion: String?
  public var newVersion: String?
  /// The entity's object in each catalogue, where it exists.
  public var oldOrigin: Origin?
  public var newOrigin: Origin?
  /// The fields that differ, in the encoder's order: for an added entity every field (with no
  /// old value); for a removed one none.
  public var fields: [FieldChange]
  /// History entries in the new catalogue whose version the old one did not record (all of
  /// them for an added entity).
  public var newHistory: [HistoryNote]
  /// For a data type, data item or block: its wire changes, the sides they break and the
  /// interfaces its change reaches; for an interface whose own `payload` changed: those
  /// changes and the sides they break.
  public var payload: PayloadImpact? = nil

  /// Where to point at the entity: in the new catalogue, or in the old one for a removal.
  public var location: SourceLocation { (newOrigin ?? oldOrigin)!.location }

  /// The fields that differ, other than `version` and `history` (the versioning itself) and
  /// `sources` (provenance: an import from a newer publication rewrites it without changing
  /// what the entity says).
  public var contentFields: [FieldChange] {
    fields.filter { !["version", "history", "sources"].contains($0.field) }
  }

  /// A change to `sources` alone: provenance, such as an import from a newer publication.
  public var onlySourcesChanged: Bool {
    change == .changed && fields.allSatisfy { $0.field == "sources" }
  }

  /// The change to `field` (a top-level name or a full pointer), if any.
  public func field(_ pointer: String) -> FieldChange? {
    let p = pointer.hasPrefix("/") ? pointer : "/" + pointer
    return fields.first { $0.pointer == p }
  }
}

/// Every difference between two catalogues, entity by entity and field by field.
public struct CatalogueDiff: Sendable {
  /// Ordered by kind (``EntityKind`` order), then id.
  public var changes: [EntityChange]
  /// Titles of the change requests cited by new history entries, from the new catalogue.
  public var changeRequestTitles: [String: String]

  public init(changes: [EntityChange], changeRequestTitles: [String: String] = [:]) {
    self.changes = changes
    self.changeRequestTitles = changeRequestTitles
  }

  public func count(_ change: EntityChange.Change) -> Int { changes.count { $0.change == change } }

  public var isEmpty: Bool { changes.isEmpty }

  /// Compares `old` with `new`.
  public init(old: Catalogue, new: Catalogue) {
    var changes: [EntityChange] = []
    for kind in EntityKind.allCases {
      let olds = EntityFields.entities(of: kind, in: old)
      let news = EntityFields.entities(of: kind, in: new)
      let oldByID = Dictionary(olds.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
      let newByID = Dictionary(news.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
      let ids = Set(oldByID.keys).union(newByID.keys).sorted {
        Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
      }
      for id in ids {
        if let change = Self.compare(kind, id, oldByID[id], newByID[id]) { changes.append(change) }
      }
    }
    Self.attachPayloadImpact(&changes, old: old, new: new)
    var titles: [String: String] = [:]
    for change in changes {
      for note in change.newHistory {
        for cited in note.changes {
          if let title = new.changeRequest(cited)?.title?.value { titles[cited] = title }
        }
      }
    }
    self.init(changes: changes, changeRequestTitles: titles)
  }

  /// Gives each change to a data type, data item or block its ``PayloadImpact``: reaches in
  /// the new catalogue, or in the old one for a removal. A change to an interface's own
  /// `payload` gets one too: its payload fields and the sides they break, reaching no other
  /// interface.
  static func attachPayloadImpact(_ changes: inout [EntityChange], old: Catalogue, new: Catalogue) {
    for i in changes.indices where changes[i].kind == .interface && changes[i].change == .changed {
      let own = changes[i].fields.filter { $0.field == "payload" }
      guard !own.isEmpty else { continue }
      let id = changes[i].id
      let breaks = PayloadBreaks.ownPayload(
        own, oldVariants: old.interface(id)?.payload?.value.count ?? 0,
        newVariants: new.interface(id)?.payload?.value.count ?? 0)
      changes[i].payload = PayloadImpact(wireFields: own, breaks: breaks, reaches: [])
    }
    let indices = changes.indices.filter { PayloadImpact.kinds.contains(changes[$0].kind) }
    guard !indices.isEmpty else { return }
    let newUsers = PayloadUsers(new)
    let oldUsers = indices.contains { changes[$0].change == .removed } ? PayloadUsers(old) : newUsers
    for i in indices {
      changes[i].payload = PayloadImpact.of(
        changes[i], users: changes[i].change == .removed ? oldUsers : newUsers)
    }
  }

  static func compare(_ kind: EntityKind, _ id: String, _ old: (any Entity)?, _ new: (any Entity)?)
    -> EntityChange?
  {
    let oldFields = old.map(EntityFields.fields(of:)) ?? []
    let newFields = new.map(EntityFields.fields(of:)) ?? []
    let change: EntityChange.Change
    var fieldChanges: [FieldChange] = []
    switch (old, new) {
    case (nil, nil): return nil
    case (nil, let n?):
      change = .added
      fieldChanges = newFields.map { f in
        FieldChange(
          pointer: f.pointer, old: nil, new: f.value, oldLocation: nil,
          newLocation: n.origin.location(f.position, f.pointer), isSet: f.order == .unordered,
          added: f.order == .unordered ? elements(f.value) : [])
      }
    case (_, nil): change = .removed
    case (let o?, let n?):
      fieldChanges = diffFields(
        oldFields, newFields, o.origin, n.origin, keyedBy: keyedRecordLists[kind] ?? [:])
      if fieldChanges.isEmpty { return nil }
      change = .changed
    }
    func string(_ fields: [EntityField], _ pointer: String) -> String? {
      guard case .string(let s) = fields.first(where: { $0.pointer == pointer })?.value else { return nil }
      return s
    }
    let name =
      string(newFields, "/name") ?? string(newFields, "/title") ?? string(oldFields, "/name")
      ?? string(oldFields, "/title")
    return EntityChange(
      kind: kind, id: id, change: change, name: name, oldVersion: string(oldFields, "/version"),
      newVersion: string(newFields, "/version"), oldOrigin: old?.origin, newOrigin: new?.origin,
      fields: fieldChanges, newHistory: newHistory(old, new))
  }

  /// Lists of records matched by a member rather than by position, by kind and by the list's
  /// pointer (`*` for any index): a block's `fields` by their wire `name` (the order of an
  /// object's properties means nothing on the wire), so an inserted field is one added field,
  /// not a change at every later index; the blocks of an interface's payload variant by `block`.
  static let keyedRecordLists: [EntityKind: [String: String]] = [
    .block: ["/fields": "name"], .interface: ["/payload/*/blocks": "block"],
  ]

  /// The list pointer of `record` (`/payload/0/blocks` for `/payload/0/blocks/2`) and the
  /// member it is keyed by, when `keyed` names that list.
  static func keyedList(of record: String, in keyed: [String: String]) -> (list: String, member: String)? {
    guard !keyed.isEmpty, let slash = record.lastIndex(of: "/"),
      record[record.index(after: slash)...].allSatisfy(\.isNumber)
    else { return nil }
    let list = String(record[..<slash])
    let shape = list.split(separator: "/", omittingEmptySubsequences: false)
      .map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? "*" : String($0) }.joined(separator: "/")
    return keyed[shape].map { (list, $0) }
  }

  /// The field-by-field differences, by pointer (or, for the records of `keyedBy` lists, by
  /// their key). Pointers only in the old entity are placed after the pointer that precedes
  /// them there.
  static func diffFields(
    _ old: [EntityField], _ new: [EntityField], _ oldOrigin: Origin, _ newOrigin: Origin,
    keyedBy keyed: [String: String] = [:]
  ) -> [FieldChange] {
    // What a field is matched by: its pointer, or `list` plus the record's key.
    var keys: [String: (list: String, name: String)] = [:]
    func identity(_ field: EntityField) -> String {
      guard let (list, member) = keyedList(of: field.pointer, in: keyed),
        case .string(let name)? = field.value[member]
      else { return field.pointer }
      let id = JSONPointer.appending(list, name) + "#"
      keys[id] = (list, name)
      return id
    }
    let oldByPointer = Dictionary(old.map { (identity($0), $0) }, uniquingKeysWith: { a, _ in a })
    let newByPointer = Dictionary(new.map { (identity($0), $0) }, uniquingKeysWith: { a, _ in a })
    var order = new.map(identity)
    let newPointers = Set(order)
    var previous: String?
    for field in old {
      let id = identity(field)
      if !newPointers.contains(id) {
        let at = previous.flatMap { p in order.firstIndex(of: p).map { $0 + 1 } } ?? 0
        order.insert(id, at: at)
      }
      previous = id
    }
    var result: [FieldChange] = []
    for pointer in order {
      let o = oldByPointer[pointer]
      let n = newByPointer[pointer]
      if let key = keys[pointer] {
        result += keyedRecordChanges(key, o, n, oldOrigin, newOrigin)
        continue
      }
      let isSet = (o?.order ?? n?.order) == .unordered
      var added: [JSON] = []
      var removed: [JSON] = []
      if isSet {
        (added, removed) = setDifference(o?.value, n?.value)
        if o != nil, n != nil, added.isEmpty, removed.isEmpty { continue }
      } else if o?.value == n?.value {
        continue
      }
      result.append(
        FieldChange(
          pointer: pointer, old: o?.value, new: n?.value,
          oldLocation: o.map { oldOrigin.location($0.position, pointer) },
          newLocation: n.map { newOrigin.location($0.position, pointer) }, isSet: isSet, added: added,
          removed: removed))
    }
    return result
  }

  /// A record of a keyed list added or removed as a whole, or changed member by member
  /// (`fields.registers.list.max`), at the record's place in each file.
  static func keyedRecordChanges(
    _ key: (list: String, name: String), _ old: EntityField?, _ new: EntityField?, _ oldOrigin: Origin,
    _ newOrigin: Origin
  ) -> [FieldChange] {
    let label = FieldChange.displayName(key.list) + "." + key.name
    guard let old, let new else {
      guard let only = old ?? new else { return [] }
      return [
        FieldChange(
          pointer: only.pointer, old: old?.value, new: new?.value,
          oldLocation: old.map { oldOrigin.location($0.position, $0.pointer) },
          newLocation: new.map { newOrigin.location($0.position, $0.pointer) }, path: label)
      ]
    }
    guard old.value != new.value else { return [] }
    var result: [FieldChange] = []
    // Members compared one by one, and the members of a nested object (`list`) present on
    // both sides one level down; records have no deeper nesting.
    for (member, o, n) in memberPairs(old.value, new.value) {
      if case .object = o, case .object = n {
        for (inner, io, inn) in memberPairs(o!, n!) where io != inn {
          result.append(keyedChange(label, [member, inner], io, inn, old, new, oldOrigin, newOrigin))
        }
      } else if o != n {
        result.append(keyedChange(label, [member], o, n, old, new, oldOrigin, newOrigin))
      }
    }
    return result
  }

  /// The members of two objects by name: the new object's order, then those only in the old.
  static func memberPairs(_ old: JSON, _ new: JSON) -> [(String, JSON?, JSON?)] {
    guard case .object(let o) = old, case .object(let n) = new else { return [] }
    var pairs = n.map { key, value in (key, old[key], Optional(value)) }
    for (key, value) in o where new[key] == nil { pairs.append((key, value, nil)) }
    return pairs
  }

  static func keyedChange(
    _ label: String, _ tokens: [String], _ o: JSON?, _ n: JSON?, _ old: EntityField, _ new: EntityField,
    _ oldOrigin: Origin, _ newOrigin: Origin
  ) -> FieldChange {
    FieldChange(
      pointer: tokens.reduce(new.pointer, JSONPointer.appending), old: o, new: n,
      oldLocation: oldOrigin.location(old.position, tokens.reduce(old.pointer, JSONPointer.appending)),
      newLocation: newOrigin.location(new.position, tokens.reduce(new.pointer, JSONPointer.appending)),
      path: ([label] + tokens).joined(separator: "."))
  }

  static func elements(_ value: JSON) -> [JSON] {
    guard case .array(let a) = value else { return [] }
    return a
  }

  /// The elements of `new` not in `old`, and of `old` not in `new`, counting repeats.
  static func setDifference(_ old: JSON?, _ new: JSON?) -> (added: [JSON], removed: [JSON]) {
    func elements(_ value: JSON?) -> [JSON] {
      guard case .array(let a)? = value else { return [] }
      return a
    }
    var remaining: [String: Int] = [:]
    for e in elements(old) { remaining[e.render(indent: false), default: 0] += 1 }
    var added: [JSON] = []
    for e in elements(new) {
      let key = e.render(indent: false)
      if let n = remaining[key], n > 0 {
        remaining[key] = n - 1
      } else {
        added.append(e)
      }
    }
    var removed: [JSON] = []
    for e in elements(old) {
      let key = e.render(indent: false)
      if let n = remaining[key], n > 0 {
        remaining[key] = n - 1
        removed.append(e)
      }
    }
    return (added, removed)
  }

  static func newHistory(_ old: (any Entity)?, _ new: (any Entity)?) -> [HistoryNote] {
    guard let new = new as? any Versioned, let history = new.history?.value else { return [] }
    let known = Set((old as? any Versioned)?.history?.values().map(\.version.value) ?? [])
    return history.enumerated().compactMap { index, entry in
      let e = entry.value
      guard !known.contains(e.version.value) else { return nil }
      return HistoryNote(
        version: e.version.value, release: e.release?.value, changes: e.changes?.values() ?? [],
        summary: e.summary?.value, location: new.location(entry.position, "/history/\(index)"), index: index)
    }
  }
}
