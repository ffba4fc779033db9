/// State while decoding one file: where it is, the id of the entity being decoded, and the
/// issues found so far. Helpers here turn JSON values into model values or report why not.
struct DecodeContext {
  let file: String
  let relativePath: String
  var entityID: String?
  var issues: [CatalogueIssue] = []
  /// Schema issues past ``CatalogueLoader/maximumIssuesPerFile``, counted but not kept.
  var unlistedIssues = 0
  var firstUnlisted: SourceLocation?

  /// Ids longer than this are reported and the entity is skipped (the id patterns allow 64).
  static let maximumIDLength = 1_024

  init(file: String, relativePath: String) {
    self.file = file
    self.relativePath = relativePath
  }

  func origin(_ value: JSONValue, _ pointer: String) -> Origin {
    Origin(file: file, relativePath: relativePath, position: value.position, pointer: pointer)
  }

  mutating func schema(_ message: @autoclosure () -> String, _ position: Position, _ pointer: String) {
    guard issues.count < CatalogueLoader.maximumIssuesPerFile else {
      if unlistedIssues == 0 {
        firstUnlisted = SourceLocation(file: file, position: position, pointer: pointer)
      }
      unlistedIssues += 1
      return
    }
    issues.append(
      CatalogueIssue(
        .schema, message(), entityID: entityID,
        location: SourceLocation(file: file, position: position, pointer: pointer)))
  }

  /// `text` for a message: as it is when short, else its start and its length, so that a 20 MB
  /// value does not become a 20 MB message.
  static func excerpt(_ text: String) -> String {
    guard text.utf8.count > 80 else { return text }
    return String(text.prefix(60)) + "… (\(text.count) characters)"
  }

  /// Describes a field for messages: `name` or `responseTimes.error.within`.
  static func fieldName(_ pointer: String) -> String {
    let tokens = pointer.split(separator: "/").map {
      $0.replacing("~1", with: "/").replacing("~0", with: "~")
    }
    return tokens.joined(separator: ".")
  }

  // MARK: Objects

  /// The members of an object, after reporting unknown keys (with the nearest known name).
  /// `x` is always allowed and never checked. For an entity's own object (`isEntity`), its `id`
  /// is noted first so that every finding names the entity.
  mutating func object(
    _ value: JSONValue, _ pointer: String, what: String, fields: [String], isEntity: Bool = false
  ) -> ObjectFields? {
    guard let members = value.members else {
      schema("\(what) must be an object, not \(value.typeDescription)", value.position, pointer)
      return nil
    }
    if isEntity {
      entityID = value["id"]?.value.stringValue.flatMap { $0.utf8.count > Self.maximumIDLength ? nil : $0 }
    }
    for member in members
    where member.key != "x" && !fields.contains(where: { String.sameKey($0, member.key) }) {
      schema(
        "unknown field `\(Self.excerpt(member.key))` in \(what)\(NearestName.hint(member.key, from: fields))",
        member.keyPosition, JSONPointer.appending(pointer, member.key))
    }
    return ObjectFields(value: value, members: members, pointer: pointer, what: what)
  }

  /// Decodes member `key` with `decode`; reports it when required and missing.
  mutating func field<T>(
    _ object: ObjectFields, _ key: String, required: Bool = false,
    _ decode: (inout DecodeContext, JSONValue, String) -> T?
  ) -> Located<T>? {
    guard let member = object.members.first(where: { String.sameKey($0.key, key) }) else {
      if required {
        // Located at the enclosing object, but pointing where the field belongs, so that two
        // missing fields of one object are two findings with two fingerprints.
        schema(
          "\(object.what) is missing required field `\(key)`", object.value.position,
          JSONPointer.appending(object.pointer, key))
      }
      return nil
    }
    let pointer = JSONPointer.appending(object.pointer, key)
    return decode(&self, member.value, pointer).map { Located($0, at: member.keyPosition) }
  }

  // MARK: Values

  mutating func string(_ value: JSONValue, _ pointer: String) -> String? {
    guard let s = value.stringValue else {
      schema(
        "`\(Self.fieldName(pointer))` must be a string, not \(value.typeDescription)", value.position, pointer
      )
      return nil
    }
    return s
  }

  /// A string that must not be empty (ids, names).
  mutating func text(_ value: JSONValue, _ pointer: String) -> String? {
    guard let s = string(value, pointer) else { return nil }
    if let first = s.utf8.first, first > 0x20 && first < 0x7F {
      return s  // starts with a visible ASCII character: not blank
    }
    if s.allSatisfy(\.isWhitespace) {
      schema("`\(Self.fieldName(pointer))` must not be empty", value.position, pointer)
      return nil
    }
    return s
  }

  mutating func choice<E: RawRepresentable & CaseIterable>(_ value: JSONValue, _ pointer: String) -> E?
  where E.RawValue == String {
    guard let s = string(value, pointer) else { return nil }
    if let e = E(rawValue: s) { return e }
    let allowed = E.allCases.map(\.rawValue)
    schema(
      "`\(Self.fieldName(pointer))` is \"\(Self.excerpt(s))\", which is not one of \(allowed.map { "`\($0)`" }.joined(separator: ", "))"
        + NearestName.hint(s, from: allowed), value.position, pointer)
    return nil
  }

  mutating func date(_ value: JSONValue, _ pointer: String) -> CalendarDate? {
    guard let s = string(value, pointer) else { return nil }
    if let d = CalendarDate(s) { return d }
    schema(
      "`\(Self.fieldName(pointer))` is \"\(Self.excerpt(s))\", not a date written YYYY-MM-DD", value.position,
      pointer)
    return nil
  }

  mutating func duration(_ value: JSONValue, _ pointer: String) -> ISODuration? {
    guard let s = string(value, pointer) else { return nil }
    if let d = ISODuration(s) { return d }
    schema(
      "`\(Self.fieldName(pointer))` is \"\(Self.excerpt(s))\", not an ISO 8601 duration such as PT6S, PT15M or P1D",
      value.position, pointer)
    return nil
  }

  mutating func integer(_ value: JSONValue, _ pointer: String) -> Int? {
    if case .number(let text) = value.storage, Int(text) == nil {
      schema(
        "`\(Self.fieldName(pointer))` must be a whole number that fits in 64 bits, not \(Self.excerpt(text))",
        value.position, pointer)
      return nil
    }
    guard case .number(let text) = value.storage, let n = Int(text) else {
      schema(
        "`\(Self.fieldName(pointer))` must be a whole number, not \(value.typeDescription)", value.position,
        pointer)
      return nil
    }
    return n
  }

  /// An array whose elements are decoded with `element`; elements that fail are left out.
  mutating func list<T>(
    _ value: JSONValue, _ pointer: String, nonEmpty: Bool = false,
    _ element: (inout DecodeContext, JSONValue, String) -> T?
  ) -> [Located<T>]? {
    guard let elements = value.elements else {
      schema(
        "`\(Self.fieldName(pointer))` must be an array, not \(value.typeDescription)", value.position, pointer
      )
      return nil
    }
    if nonEmpty && elements.isEmpty {
      schema("`\(Self.fieldName(pointer))` must list at least one entry", value.position, pointer)
    }
    var result: [Located<T>] = []
    result.reserveCapacity(elements.count)
    for (i, e) in elements.enumerated() {
      if let v = element(&self, e, JSONPointer.appending(pointer, i)) {
        result.append(Located(v, at: e.position))
      }
    }
    return result
  }

  mutating func strings(_ value: JSONValue, _ pointer: String) -> [Located<String>]? {
    list(value, pointer) { $0.text($1, $2) }
  }

  mutating func nonEmptyStrings(_ value: JSONValue, _ pointer: String) -> [Located<String>]? {
    list(value, pointer, nonEmpty: true) { $0.text($1, $2) }
  }
}

/// An object being decoded.
struct ObjectFields {
  let value: JSONValue
  let members: [JSONMember]
  let pointer: String
  let what: String
}
