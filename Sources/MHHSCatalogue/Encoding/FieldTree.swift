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

/// Model values that are an object in the catalogue format, and become an object node.
public protocol FieldObject: Sendable {
  /// The object's members, in the format's order.
  static var format: ObjectFormat<Self> { get }
}

/// Model values that become a text node.
public protocol FieldScalar: Sendable {
  var fieldText: String { get }
  /// What a value of this type is in a JSON Schema, unless its member says otherwise.
  static var valueSchema: ValueSchema { get }
}

extension String: FieldScalar {
  public var fieldText: String { self }
  public static var valueSchema: ValueSchema { .text }
}
extension Int: FieldScalar {
  public var fieldText: String { String(self) }
  public static var valueSchema: ValueSchema { .integer(nil) }
}
extension ISODuration: FieldScalar {
  public var fieldText: String { text }
  public static var valueSchema: ValueSchema { .duration }
}
extension CalendarDate: FieldScalar {
  public var fieldText: String { description }
  public static var valueSchema: ValueSchema { .date }
}
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
struct FieldObjectBuilder {
  let pointer: String
  var members: [(key: String, node: FieldNode)] = []

  init(pointer: String) {
    self.pointer = pointer
  }

  mutating func add<T: FieldScalar>(_ key: String, _ field: Located<T>?) {
    guard let field else { return }
    members.append((key, FieldNode(.text(field.value.fieldText), at: field.position, pointer: child(key))))
  }

  mutating func add<T: FieldScalar>(_ key: String, _ field: LocatedList<T>?) {
    guard let field else { return }
    let base = child(key)
    let elements = field.value.enumerated().map { i, e in
      FieldNode(.text(e.value.fieldText), at: e.position, pointer: JSONPointer.appending(base, i))
    }
    members.append((key, FieldNode(.list(elements), at: field.position, pointer: base)))
  }

  mutating func add<T: FieldObject>(_ key: String, _ field: Located<T>?) {
    guard let field else { return }
    members.append((key, FieldTree.node(field.value, at: field.position, pointer: child(key))))
  }

  mutating func add<T: FieldObject>(_ key: String, _ field: LocatedList<T>?) {
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
    type(of: value).format.write(value, &builder)
    return FieldNode(.object(builder.members), at: position, pointer: pointer)
  }

  /// The dotted paths a declarative rule may name, by entity kind (lists are entered, so
  /// `history.version` names the version of each entry).
  public static let paths: [EntityKind: [String]] = [
    .interface: Interface.format.paths, .dataflow: DataFlow.format.paths, .nfr: NFR.format.paths,
    .changeRequest: ChangeRequest.format.paths, .dataType: DataType.format.paths,
    .dataItem: DataItem.format.paths, .block: Block.format.paths,
  ]
}
