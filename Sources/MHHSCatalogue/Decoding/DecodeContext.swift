/// State while decoding one file: where it is, the id of the entity being decoded, and the
/// issues found so far. Helpers here turn JSON values into model values or report why not.
package struct DecodeContext {
  /// The file as shown in findings is `directoryPrefix + relativePath`.
  let directoryPrefix: String
  let relativePath: String
  var entityID: String?
  var issues: [CatalogueIssue] = []
  /// Schema issues past ``CatalogueLoader/maximumIssuesPerFile``, counted but not kept.
  var unlistedIssues = 0
  var firstUnlisted: SourceLocation?

  /// The keys of entity files, which the parser need not build anew for every file.
  static let entityKeys = JSONKeyTable(
    Interface.format.keys + ResponseTimes.format.keys + ResponseTime.format.keys + DataFlow.format.keys
      + Route.format.keys + ScenarioVariant.format.keys + MHHSFate.format.keys + NFR.format.keys
      + NFR.AppliesTo.format.keys + PartyExemption.format.keys + ChangeRequest.format.keys
      + Exemption.format.keys + HistoryEntry.format.keys + DataItem.format.keys + Block.format.keys
      + BlockField.format.keys + ListBounds.format.keys + PayloadVariant.format.keys
      + PayloadBlock.format.keys)

  /// Ids longer than this are reported and the entity is skipped (the id patterns allow 64).
  static let maximumIDLength = 1_024

  init(directoryPrefix: String, relativePath: String) {
    self.directoryPrefix = directoryPrefix
    self.relativePath = relativePath
    path.reserveCapacity(8)
    cursors.reserveCapacity(8)
  }

  /// The file as shown in findings; built only for issues.
  var file: String { directoryPrefix + relativePath }

  /// The origin of an entity whose object is `value`, at the current path.
  func origin(_ value: JSONValue) -> Origin {
    Origin(
      directoryPrefix: directoryPrefix, relativePath: relativePath, position: value.position, pointer: pointer
    )
  }

  // MARK: Where the decoder is

  /// One step of the path from the top of the file to the value being decoded.
  enum PathStep {
    case key(String)
    case index(Int)
  }

  /// The path to the value being decoded. It is kept as steps, and turned into a JSON pointer
  /// only for a message, so that decoding a valid file builds no pointer strings.
  private var path: [PathStep] = []
  /// Where ``field(_:_:required:_:)`` starts looking in the object at each depth of ``path``.
  private var cursors: [Int] = []

  /// The JSON pointer of the value being decoded.
  var pointer: String {
    path.reduce(into: "") { pointer, step in
      switch step {
      case .key(let key): pointer = JSONPointer.appending(pointer, key)
      case .index(let index): pointer = JSONPointer.appending(pointer, index)
      }
    }
  }

  /// Runs `body` with `step` appended to the path.
  mutating func at<T>(_ step: PathStep, _ body: (inout DecodeContext) -> T) -> T {
    path.append(step)
    defer { path.removeLast() }
    return body(&self)
  }

  /// A schema issue about the value being decoded, or about its member `key`.
  mutating func schema(
    _ message: @autoclosure () -> String, _ position: Position, member key: String? = nil,
    fix: QuickFix? = nil
  ) {
    guard issues.count < CatalogueLoader.maximumIssuesPerFile else {
      if unlistedIssues == 0 {
        firstUnlisted = SourceLocation(file: file, position: position, pointer: pointer(member: key))
      }
      unlistedIssues += 1
      return
    }
    issues.append(
      CatalogueIssue(
        .schema, message(), entityID: entityID,
        location: SourceLocation(file: file, position: position, pointer: pointer(member: key)), fix: fix))
  }

  private func pointer(member key: String?) -> String {
    key.map { JSONPointer.appending(pointer, $0) } ?? pointer
  }

  /// The current field for messages: `name` or `responseTimes.error.within`.
  var fieldName: String {
    path.map { step in
      switch step {
      case .key(let key): key
      case .index(let index): String(index)
      }
    }.joined(separator: ".")
  }

  /// `text` for a message: as it is when short, else its start and its length, so that a 20 MB
  /// value does not become a 20 MB message.
  static func excerpt(_ text: String) -> String {
    guard text.utf8.count > 80 else { return text }
    return String(text.prefix(60)) + "… (\(text.count) characters)"
  }

  // MARK: Objects

  /// The members of an object, after reporting unknown keys (with the nearest known name).
  /// `x` is always allowed and never checked, and so is `$schema` at the top of a file (where an
  /// editor looks for the file's JSON Schema). For an entity's own object (`isEntity`), its `id`
  /// is noted first so that every finding names the entity.
  mutating func object(_ value: JSONValue, what: String, fields: [String], isEntity: Bool = false)
    -> ObjectFields?
  {
    guard let members = value.members else {
      schema("\(what) must be an object, not \(value.typeDescription)", value.position)
      return nil
    }
    if isEntity {
      entityID = value["id"]?.value.stringValue.flatMap { $0.utf8.count > Self.maximumIDLength ? nil : $0 }
    }
    // Members usually come in the order of `fields`, so each is looked for from where the last
    // one was found: one comparison per member for a file in the usual order.
    var next = 0
    let topLevel = path.isEmpty
    for i in members.indices where members[i].key != "x" && !(topLevel && members[i].key == "$schema") {
      if let k = Self.index(of: members[i].key, in: fields, from: next) {
        next = k + 1
        continue
      }
      let key = members[i].key
      schema(
        "unknown field `\(Self.excerpt(key))` in \(what)\(NearestName.hint(key, from: fields))",
        members[i].keyPosition, member: key, fix: renameFix(key, in: members, fields: fields))
    }
    if cursors.count > path.count { cursors[path.count] = 0 }
    return ObjectFields(value: value, members: members, what: what)
  }

  /// The fix of unknown field `key`: its one nearest known name, if the object lacks it.
  func renameFix(_ key: String, in members: [JSONMember], fields: [String]) -> QuickFix? {
    guard let name = NearestName.unambiguous(key, from: fields),
      !members.contains(where: { String.sameKey($0.key, name) })
    else { return nil }
    return QuickFix(
      "rename field `\(key)` to `\(name)`",
      .renameKey(file: file, pointer: pointer(member: key), from: key, to: name))
  }

  /// The index of `key` in `names`, searched from `start` to the end and then from the beginning.
  static func index(of key: String, in names: [String], from start: Int) -> Int? {
    let start = start < names.count ? start : 0
    for k in start..<names.count where String.sameKey(names[k], key) { return k }
    for k in 0..<start where String.sameKey(names[k], key) { return k }
    return nil
  }

  /// Decodes member `key` of `object` (the value being decoded) with `decode`; reports it when
  /// required and missing.
  mutating func field<T>(
    _ object: ObjectFields, _ key: String, required: Bool = false,
    _ decode: (inout DecodeContext, JSONValue) -> T?
  ) -> Located<T>? {
    // Decoders ask for fields in the order files usually list them: each search starts after
    // the member found last in this object (objects at one depth are decoded one at a time).
    let depth = path.count
    if cursors.count <= depth {
      cursors.append(contentsOf: repeatElement(0, count: depth + 1 - cursors.count))
    }
    let members = object.members
    let start = cursors[depth] < members.count ? cursors[depth] : 0
    let found =
      members[start...].firstIndex { String.sameKey($0.key, key) }
      ?? members[..<start].firstIndex { String.sameKey($0.key, key) }
    guard let found else {
      if required {
        // Located at the enclosing object, but pointing where the field belongs, so that two
        // missing fields of one object are two findings with two fingerprints.
        schema("\(object.what) is missing required field `\(key)`", object.value.position, member: key)
      }
      return nil
    }
    cursors[depth] = found + 1
    return at(.key(key)) { decode(&$0, members[found].value) }.map {
      Located($0, at: members[found].keyPosition)
    }
  }

  // MARK: Values

  mutating func string(_ value: JSONValue) -> String? {
    guard let s = value.stringValue else {
      let field = fieldName
      schema("`\(field)` must be a string, not \(value.typeDescription)", value.position)
      return nil
    }
    return s
  }

  /// A string that must not be empty (ids, names).
  mutating func text(_ value: JSONValue) -> String? {
    guard let s = string(value) else { return nil }
    if let first = s.utf8.first, first > 0x20 && first < 0x7F {
      return s  // starts with a visible ASCII character: not blank
    }
    if s.allSatisfy(\.isWhitespace) {
      let field = fieldName
      schema("`\(field)` must not be empty", value.position)
      return nil
    }
    return s
  }

  mutating func choice<E: RawRepresentable & CaseIterable>(_ value: JSONValue) -> E?
  where E.RawValue == String {
    guard let s = string(value) else { return nil }
    if let e = E(rawValue: s) { return e }
    let allowed = E.allCases.map(\.rawValue)
    let field = fieldName
    schema(
      "`\(field)` is \"\(Self.excerpt(s))\", which is not one of \(allowed.map { "`\($0)`" }.joined(separator: ", "))"
        + NearestName.hint(s, from: allowed), value.position, fix: replaceFix(s, allowed: allowed))
    return nil
  }

  /// The fix of the value `s` of the field being decoded, which is not one of `allowed`: its
  /// one nearest allowed value, if there is one.
  func replaceFix(_ s: String, allowed: [String]) -> QuickFix? {
    guard let value = NearestName.unambiguous(s, from: allowed) else { return nil }
    return QuickFix(
      "replace `\(fieldName)` value \"\(s)\" with \"\(value)\"",
      .replaceString(file: file, pointer: pointer, from: s, to: value))
  }

  mutating func date(_ value: JSONValue) -> CalendarDate? {
    guard let s = string(value) else { return nil }
    if let d = CalendarDate(s) { return d }
    let field = fieldName
    schema("`\(field)` is \"\(Self.excerpt(s))\", not a date written YYYY-MM-DD", value.position)
    return nil
  }

  mutating func duration(_ value: JSONValue) -> ISODuration? {
    guard let s = string(value) else { return nil }
    if let d = ISODuration(s) { return d }
    let field = fieldName
    schema(
      "`\(field)` is \"\(Self.excerpt(s))\", not an ISO 8601 duration such as PT6S, PT15M or P1D",
      value.position)
    return nil
  }

  mutating func integer(_ value: JSONValue) -> Int? {
    if case .number(let text) = value.storage, Int(text) == nil {
      let field = fieldName
      schema(
        "`\(field)` must be a whole number that fits in 64 bits, not \(Self.excerpt(text))", value.position)
      return nil
    }
    guard case .number(let text) = value.storage, let n = Int(text) else {
      let field = fieldName
      schema("`\(field)` must be a whole number, not \(value.typeDescription)", value.position)
      return nil
    }
    return n
  }

  /// An array whose elements are decoded with `element`; elements that fail are left out.
  mutating func list<T>(
    _ value: JSONValue, _ element: (inout DecodeContext, JSONValue) -> T?
  ) -> [Located<T>]? {
    guard let elements = value.elements else {
      let field = fieldName
      schema("`\(field)` must be an array, not \(value.typeDescription)", value.position)
      return nil
    }
    var result: [Located<T>] = []
    result.reserveCapacity(elements.count)
    for (i, e) in elements.enumerated() {
      if let v = at(.index(i), { element(&$0, e) }) {
        result.append(Located(v, at: e.position))
      }
    }
    return result
  }

  mutating func strings(_ value: JSONValue) -> [Located<String>]? {
    list(value) { $0.text($1) }
  }
}

/// An object being decoded.
struct ObjectFields {
  let value: JSONValue
  let members: [JSONMember]
  let what: String
}
