/// An entity named by kind and id.
public struct EntityKey: Hashable, Sendable {
  public var kind: EntityKind
  public var id: String

  public init(kind: EntityKind, id: String) {
    self.kind = kind
    self.id = id
  }
}

extension Entity {
  public var key: EntityKey { EntityKey(kind: Self.kind, id: id.value) }
}
