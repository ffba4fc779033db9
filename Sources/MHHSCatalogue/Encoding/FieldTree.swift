/// A decoded entity seen as a tree of named fields — the one generic view of the model: declarative
/// rules read any field by a dotted path (`responseTimes.error.within`) through it, and the diff
/// compares entities through it (``EntityFields``), without knowing the model types.
///
/// Every node keeps the position it was read at and its JSON pointer relative to the entity's
/// object, so findings point where the field is. Absent fields are simply not in the tree.
public struct FieldNode: Sendable {
  public enum Value: Sendable {
    /// A string, number, date, duration or enumeration value, as written.
    case text(String)
    case list([FieldNode])
    case object([(key: String, node: FieldNode)])
  }

  public var value: Value
  public var position: Position
  /// RFC 6901 pointer relative to the entity's object (`/responseTimes/error`).
  public var pointer: String

  public init(_ value: Value, at position: Position, pointer: String) {
    self.value = value
    self.position = position
    self.pointer = pointer
  }

  /// The member `key` of an object node.
  public subscript(key: String) -> FieldNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.node
  }

  /// Whether the node holds nothing: an empty or blank text, an empty list or object.
  public var isEmpty: Bool {
    switch value {
    case .text(let t): t.allSatisfy(\.isWhitespace)
    case .list(let l): l.isEmpty
    case .object(let m): m.isEmpty
    }
  }

  /// The texts this node stands for: itself, or the elements of a list (depth first).
  public var texts: [(text: String, node: FieldNode)] {
    switch value {
    case .text(let t): [(t, self)]
    case .list(let l): l.flatMap(\.texts)
    case .object: []
    }
  }

  /// Where `path` (field names) leads: each value found, or, where a field is missing, the
  /// deepest node that exists on the way. Lists on the way are entered element by element, so
  /// `history.version` yields one place per history entry (and none for an empty history).
  public func places(_ path: some Collection<String>) -> [FieldPlace] {
    guard let key = path.first else { return [.found(self)] }
    switch value {
    case .text: return [.missing(parent: self)]
    case .list(let elements): return elements.flatMap { $0.places(path) }
    case .object:
      guard let child = self[key] else { return [.missing(parent: self)] }
      return child.places(path.dropFirst())
    }
  }
}

/// A place a dotted path leads to in one entity.
public enum FieldPlace: Sendable {
  case found(FieldNode)
  /// The field is absent; `parent` is the deepest enclosing value that exists.
  case missing(parent: FieldNode)
}

/// Model values that become an object node.
public protocol FieldObject: Sendable {
  func addFields(to object: inout FieldObjectBuilder)
}

/// Model values that become a text node.
public protocol FieldScalar: Sendable {
  var fieldText: String { get }
}

extension String: FieldScalar { public var fieldText: String { self } }
extension Int: FieldScalar { public var fieldText: String { String(self) } }
extension ISODuration: FieldScalar { public var fieldText: String { text } }
extension CalendarDate: FieldScalar { public var fieldText: String { description } }
extension FieldScalar where Self: RawRepresentable, RawValue == String {
  public var fieldText: String { rawValue }
}
extension Interface.Status: FieldScalar {}
extension Interface.Transport: FieldScalar {}
extension Interface.TimeBasis: FieldScalar {}
extension DataFlow.Ownership: FieldScalar {}
extension MHHSFate.Disposition: FieldScalar {}
extension ChangeRequest.Status: FieldScalar {}

/// Collects the present fields of one object, in the catalogue format's order.
public struct FieldObjectBuilder {
  let pointer: String
  var members: [(key: String, node: FieldNode)] = []

  init(pointer: String) {
    self.pointer = pointer
  }

  public mutating func add<T: FieldScalar>(_ key: String, _ field: Located<T>?) {
    guard let field else { return }
    members.append((key, FieldNode(.text(field.value.fieldText), at: field.position, pointer: child(key))))
  }

  public mutating func add<T: FieldScalar>(_ key: String, _ field: LocatedList<T>?) {
    guard let field else { return }
    let base = child(key)
    let elements = field.value.enumerated().map { i, e in
      FieldNode(.text(e.value.fieldText), at: e.position, pointer: JSONPointer.appending(base, i))
    }
    members.append((key, FieldNode(.list(elements), at: field.position, pointer: base)))
  }

  public mutating func add<T: FieldObject>(_ key: String, _ field: Located<T>?) {
    guard let field else { return }
    members.append((key, FieldTree.node(field.value, at: field.position, pointer: child(key))))
  }

  public mutating func add<T: FieldObject>(_ key: String, _ field: LocatedList<T>?) {
    guard let field else { return }
    let base = child(key)
    let elements = field.value.enumerated().map { i, e in
      FieldTree.node(e.value, at: e.position, pointer: JSONPointer.appending(base, i))
    }
    members.append((key, FieldNode(.list(elements), at: field.position, pointer: base)))
  }

  private func child(_ key: String) -> String { JSONPointer.appending(pointer, key) }
}

/// Builds field trees.
public enum FieldTree {
  /// The tree of an entity, rooted at its object.
  public static func of(_ entity: any Entity & FieldObject) -> FieldNode {
    node(entity, at: entity.origin.position, pointer: "")
  }

  static func node(_ value: some FieldObject, at position: Position, pointer: String) -> FieldNode {
    var builder = FieldObjectBuilder(pointer: pointer)
    value.addFields(to: &builder)
    return FieldNode(.object(builder.members), at: position, pointer: pointer)
  }

  /// The dotted paths a declarative rule may name, by entity kind (lists are entered, so
  /// `history.version` names the version of each entry).
  public static let paths: [EntityKind: [String]] = {
    let exemption = ["rule", "reason", "decision", "changeRequest", "expires"]
    let history = ["version", "release", "changes", "summary"]
    func nested(_ parent: String, _ children: [String]) -> [String] {
      [parent] + children.map { "\(parent).\($0)" }
    }
    let times = ResponseTimes.Kind.allCases.flatMap {
      nested("responseTimes.\($0.rawValue)", ["within", "nfr"])
    }
    return [
      .interface: [
        "id", "name", "version", "status", "transport", "from", "to", "events", "schemaVersion", "process",
        "responseTimes",
      ] + times + [
        "timeBasis", "codeDraftingName", "replaces", "introducedIn", "withdrawnIn",
      ] + nested("exemptions", exemption) + nested("history", history) + ["sources"],
      .dataflow: ["id", "version", "name", "ownership"] + nested("routes", ["from", "to"])
        + nested("mhhs", ["disposition", "replacedBy", "decision", "rationale", "effective"])
        + nested("scenarioVariants", ["id", "name"]) + nested("exemptions", exemption)
        + nested("history", history) + ["sources"],
      .nfr: ["id", "title", "category", "responseTime"]
        + nested("appliesTo", ["interfaces", "validationLevels"])
        + nested("exemptions", ["party", "scope", "changeRequest", "decision", "release"]) + ["sources"],
      .changeRequest: [
        "id", "title", "status", "raisedBy", "decision", "decidedOn", "release", "affects", "sources",
      ],
    ]
  }()
}

extension Interface: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("name", name)
    o.add("version", version)
    o.add("status", status)
    o.add("transport", transport)
    o.add("from", from)
    o.add("to", to)
    o.add("events", events)
    o.add("schemaVersion", schemaVersion)
    o.add("process", process)
    o.add("responseTimes", responseTimes)
    o.add("timeBasis", timeBasis)
    o.add("codeDraftingName", codeDraftingName)
    o.add("replaces", replaces)
    o.add("introducedIn", introducedIn)
    o.add("withdrawnIn", withdrawnIn)
    o.add("exemptions", exemptions)
    o.add("history", history)
    o.add("sources", sources)
  }
}

extension ResponseTimes: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    for kind in Kind.allCases { o.add(kind.rawValue, self[kind]) }
  }
}

extension ResponseTime: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("within", within)
    o.add("nfr", nfr)
  }
}

extension Exemption: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("rule", rule)
    o.add("reason", reason)
    o.add("decision", decision)
    o.add("changeRequest", changeRequest)
    o.add("expires", expires)
  }
}

extension HistoryEntry: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("version", version)
    o.add("release", release)
    o.add("changes", changes)
    o.add("summary", summary)
  }
}

extension DataFlow: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("version", version)
    o.add("name", name)
    o.add("ownership", ownership)
    o.add("routes", routes)
    o.add("mhhs", mhhs)
    o.add("scenarioVariants", scenarioVariants)
    o.add("exemptions", exemptions)
    o.add("history", history)
    o.add("sources", sources)
  }
}

extension Route: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("from", from)
    o.add("to", to)
  }
}

extension MHHSFate: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("disposition", disposition)
    o.add("replacedBy", replacedBy)
    o.add("decision", decision)
    o.add("rationale", rationale)
    o.add("effective", effective)
  }
}

extension ScenarioVariant: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("name", name)
  }
}

extension NFR: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("title", title)
    o.add("category", category)
    o.add("responseTime", responseTime)
    o.add("appliesTo", appliesTo)
    o.add("exemptions", exemptions)
    o.add("sources", sources)
  }
}

extension NFR.AppliesTo: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("interfaces", interfaces)
    o.add("validationLevels", validationLevels)
  }
}

extension PartyExemption: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("party", party)
    o.add("scope", scope)
    o.add("changeRequest", changeRequest)
    o.add("decision", decision)
    o.add("release", release)
  }
}

extension ChangeRequest: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("title", title)
    o.add("status", status)
    o.add("raisedBy", raisedBy)
    o.add("decision", decision)
    o.add("decidedOn", decidedOn)
    o.add("release", release)
    o.add("affects", affects)
    o.add("sources", sources)
  }
}

extension Release: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("name", name)
    o.add("date", date)
    o.add("sources", sources)
  }
}

extension Role: FieldObject {
  public func addFields(to o: inout FieldObjectBuilder) {
    o.add("id", id)
    o.add("name", name)
    o.add("aliases", aliases)
    o.add("sources", sources)
  }
}
