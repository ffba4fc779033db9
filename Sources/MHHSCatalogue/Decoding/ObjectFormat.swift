/// The members of one kind of object in the catalogue format, in the format's order.
///
/// This list is the one place that names an object's keys: the schema check (unknown keys and
/// their nearest known name), the importers' key order (``CatalogueFormat``), the field tree and
/// the dotted paths of declarative rules all come from it.
public struct ObjectFormat<Model>: Sendable {
  /// What the object is called in messages ("an interface", "`responseTimes`").
  let what: String
  public let members: [FieldMember<Model>]
  /// The members' keys, in order.
  public let keys: [String]
  /// The key of the member that identifies the object, if one does (see ``FieldMember/identity(_:_:)``).
  let identity: String?

  init(_ what: String, _ members: [FieldMember<Model>]) {
    self.what = what
    self.members = members
    keys = members.map(\.key)
    identity = members.first { $0.read == nil }?.key
  }

  /// Every dotted path a declarative rule may name below such an object (`history.version`).
  public var paths: [String] {
    members.flatMap { member in [member.key] + member.paths.map { "\(member.key).\($0)" } }
  }
}

extension ObjectFormat {
  /// The same members, read and written through `path`: an entity's format from that of the
  /// fields it keeps in a ``Shared`` box.
  func through<Outer>(_ path: WritableKeyPath<Outer, Model> & Sendable) -> ObjectFormat<Outer> {
    ObjectFormat<Outer>(what, members.map { $0.through(path) })
  }
}
