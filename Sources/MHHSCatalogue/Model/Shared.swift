/// A value kept in one shared box: copying it costs one reference count however many fields the
/// value has, and changing it copies the box first when another copy holds it (copy on write).
/// Its fields read and write as the value's own (`shared.name`).
@dynamicMemberLookup
public struct Shared<Value: Sendable>: Sendable {
  @usableFromInline
  final class Box: @unchecked Sendable {
    // The struct controls access (copy on write), so the runtime exclusivity check is not needed.
    @usableFromInline @exclusivity(unchecked) var value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
  }

  @usableFromInline var box: Box

  @inlinable public init(_ value: Value) { box = Box(value) }

  @inlinable public var value: Value {
    get { box.value }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }

  @inlinable public subscript<T>(dynamicMember field: WritableKeyPath<Value, T>) -> T {
    get { box.value[keyPath: field] }
    _modify { yield &value[keyPath: field] }
  }
}

extension Shared: Equatable where Value: Equatable {
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.box === rhs.box || lhs.box.value == rhs.box.value
  }
}
