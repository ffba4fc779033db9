/// The members of one kind of object in the catalogue format, in the format's order.
///
/// A model type declares its members once, as ``FieldMember``s; the schema check (unknown keys
/// and their nearest known name), the decoder, the JSON Schemas, the importers' key order (``CatalogueFormat``),
/// the field tree and the dotted paths of declarative rules all come from that declaration.
public struct ObjectFormat<Model>: Sendable {
  /// What the object is called in messages ("an interface", "`responseTimes`").
  let what: String
  /// The members' keys, in order.
  public let keys: [String]
  /// The key of the member that identifies the object, if one does (see ``FieldMember/identity(_:_:)``).
  let identity: String?
  /// Every dotted path a declarative rule may name in such an object (`history.version`).
  public let paths: [String]
  /// Reads every member but the identifying one from an object into the model, in order.
  let read: @Sendable (inout DecodeContext, ObjectFields, inout Model) -> Void
  /// Adds the present members to a field tree, in order.
  let write: @Sendable (Model, inout FieldObjectBuilder) -> Void
  /// The object in a JSON Schema: its members with their meaning and values.
  public let schema: ObjectSchema

  init(_ what: String, _ members: [FieldMember<Model>]) {
    self.what = what
    schema = ObjectSchema(name: String(describing: Model.self), members: members.map(\.schema))
    keys = members.map(\.key)
    identity = members.first { $0.read == nil }?.key
    paths = members.flatMap { member in [member.key] + member.paths.map { "\(member.key).\($0)" } }
    let readers = members.compactMap(\.read)
    read = { ctx, object, model in
      for read in readers { read(&ctx, object, &model) }
    }
    write = { model, object in
      for member in members { member.write(model, &object) }
    }
  }

  private init(
    what: String, keys: [String], identity: String?, paths: [String], schema: ObjectSchema,
    read: @escaping @Sendable (inout DecodeContext, ObjectFields, inout Model) -> Void,
    write: @escaping @Sendable (Model, inout FieldObjectBuilder) -> Void
  ) {
    self.what = what
    self.keys = keys
    self.identity = identity
    self.paths = paths
    self.schema = schema
    self.read = read
    self.write = write
  }

  /// The same format, read and written through `path`: an entity's format from that of the
  /// fields it keeps in a ``Shared`` box.
  func through<Outer>(_ path: WritableKeyPath<Outer, Model> & Sendable) -> ObjectFormat<Outer> {
    let (read, write) = (self.read, self.write)
    return ObjectFormat<Outer>(
      what: what, keys: keys, identity: identity, paths: paths,
      schema: ObjectSchema(name: String(describing: Outer.self), members: schema.members),
      read: { ctx, object, outer in read(&ctx, object, &outer[keyPath: path]) },
      write: { outer, object in write(outer[keyPath: path], &object) })
  }
}
