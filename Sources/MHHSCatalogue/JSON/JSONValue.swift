/// A JSON value as parsed from a file, with the position where it starts.
///
/// Object members keep their order and the position of their key, which is where a finding
/// about a field points.
public struct JSONValue: Sendable {
  public enum Storage: Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written, so that no precision is lost.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  public var storage: Storage
  public var position: Position

  public init(_ storage: Storage, at position: Position) {
    self.storage = storage
    self.position = position
  }

  /// The JSON type name used in messages ("a string", "an object").
  public var typeDescription: String {
    switch storage {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  public var stringValue: String? {
    if case .string(let s) = storage { return s }
    return nil
  }

  public var members: [JSONMember]? {
    if case .object(let m) = storage { return m }
    return nil
  }

  public var elements: [JSONValue]? {
    if case .array(let a) = storage { return a }
    return nil
  }

  /// The first member named `key`, if this is an object that has one.
  public subscript(key: String) -> JSONMember? {
    members?.first { String.sameKey($0.key, key) }
  }

  /// The value of member `key` of this object.
  public subscript(value key: String) -> JSONValue? { self[key]?.value }

  /// This value without positions, for writing back out.
  public var plain: JSON {
    switch storage {
    case .null: .null
    case .bool(let b): .bool(b)
    case .number(let n): .number(n)
    case .string(let s): .string(s)
    case .array(let a): .array(a.map(\.plain))
    case .object(let m): .object(m.map { ($0.key, $0.value.plain) })
    }
  }
}

/// One member of a JSON object: its key, where the key starts, and its value.
public struct JSONMember: Sendable {
  public var key: String
  public var keyPosition: Position
  public var value: JSONValue

  public init(key: String, keyPosition: Position, value: JSONValue) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}
