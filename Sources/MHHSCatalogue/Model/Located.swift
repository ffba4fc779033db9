/// A value from a catalogue file with the position it was read at (the member's key for an
/// object field, the value itself for an array element).
///
/// Equality and hashing look at the value only, so two catalogues that differ only in layout
/// compare equal.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var position: Position

  public init(_ value: Value, at position: Position) {
    self.value = value
    self.position = position
  }
}

extension Located: Equatable where Value: Equatable {
  public static func == (lhs: Located, rhs: Located) -> Bool { lhs.value == rhs.value }
}

extension Located: Hashable where Value: Hashable {
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// A list field: where the list is, and where each element is.
public typealias LocatedList<Element: Sendable> = Located<[Located<Element>]>

extension Located {
  /// The plain values of a list field. (A closure, not the key path `\.value`: in this generic
  /// context the key path was instantiated at run time on every call, 10 of the 200 billion
  /// instructions of `mhhs site` on a 40,000-entity catalogue.)
  public func values<Element>() -> [Element] where Value == [Located<Element>] {
    value.map { $0.value }
  }
}

/// The file an entity was read from and the position of its object.
public struct Origin: Hashable, Sendable {
  /// What comes before ``relativePath`` in ``file``: the catalogue directory and a slash. One
  /// string shared by every entity of a catalogue, so that 40,000 entities do not hold 40,000
  /// copies of the directory.
  public var directoryPrefix: String
  /// The path inside the catalogue directory (`interfaces/IF-021.json`).
  public var relativePath: String
  public var position: Position
  /// The JSON pointer of the entity's object in its file (`""`, or `/roles/3` in roles.json).
  public var pointer: String

  public init(directoryPrefix: String, relativePath: String, position: Position, pointer: String) {
    self.directoryPrefix = directoryPrefix
    self.relativePath = relativePath
    self.position = position
    self.pointer = pointer
  }

  /// The path as shown to people: the catalogue directory joined with ``relativePath``.
  public var file: String { directoryPrefix + relativePath }

  /// The location of a value of this entity; `pointer` is relative to the entity's object.
  public func location(_ position: Position, _ pointer: String) -> SourceLocation {
    SourceLocation(
      file: file, position: position, pointer: self.pointer.isEmpty ? pointer : self.pointer + pointer)
  }

  /// The location of the entity's object itself.
  public var location: SourceLocation { location(position, "") }
}
