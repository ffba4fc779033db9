/// One member of an object in the catalogue format, declared once: its key, the model field it
/// fills, how its value is read, how it appears in a ``FieldTree``, and what a JSON Schema says
/// of it (its meaning and the values it takes).
struct FieldMember<Model>: Sendable {
  let key: String
  /// The dotted paths below this member (`within` and `nfr` under a response time).
  let paths: [String]
  /// Reads the member from an object into the model; `nil` for the member that identifies the
  /// object (an entity's `id`), which is read before the model exists.
  let read: (@Sendable (inout DecodeContext, ObjectFields, inout Model) -> Void)?
  /// Adds the member, when present, to a field tree.
  let write: @Sendable (Model, inout FieldObjectBuilder) -> Void
  /// The member in a JSON Schema.
  let schema: MemberSchema
}

extension FieldMember {
  /// A member holding one value, such as a string, a date or an enumeration. `value` overrides
  /// the schema of the field's type; `refers` makes it the id of an entity of that pattern.
  init<T: FieldScalar>(
    _ key: String, _ field: WritableKeyPath<Model, Located<T>?> & Sendable, required: Bool = false,
    _ description: String, value: ValueSchema? = nil, refers: IDPattern? = nil,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> T?
  ) {
    self.init(
      key: key, paths: [],
      read: Self.reader(key, field, required, nonEmpty: false, read),
      write: { $1.add(key, $0[keyPath: field]) },
      schema: MemberSchema(
        key: key, required: required, description: description,
        value: value ?? refers.map(ValueSchema.reference) ?? T.valueSchema))
  }

  /// A member holding a list of values; `nonEmpty` when the list must hold one at least.
  init<T: FieldScalar>(
    _ key: String, _ field: WritableKeyPath<Model, LocatedList<T>?> & Sendable, required: Bool = false,
    nonEmpty: Bool = false, _ description: String, value: ValueSchema? = nil, refers: IDPattern? = nil,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> [Located<T>]?
  ) {
    self.init(
      key: key, paths: [],
      read: Self.reader(key, field, required, nonEmpty: nonEmpty, read),
      write: { $1.add(key, $0[keyPath: field]) },
      schema: MemberSchema(
        key: key, required: required, description: description,
        value: .array(value ?? refers.map(ValueSchema.reference) ?? T.valueSchema, minItems: nonEmpty ? 1 : 0)
      ))
  }

  /// A member holding an object.
  init<T: FieldObject>(
    _ key: String, _ field: WritableKeyPath<Model, Located<T>?> & Sendable, required: Bool = false,
    _ description: String, _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> T?
  ) {
    self.init(
      key: key, paths: T.format.paths,
      read: Self.reader(key, field, required, nonEmpty: false, read),
      write: { $1.add(key, $0[keyPath: field]) },
      schema: MemberSchema(
        key: key, required: required, description: description, value: .object(T.format.schema)))
  }

  /// A member holding a list of objects; `nonEmpty` when the list must hold one at least.
  init<T: FieldObject>(
    _ key: String, _ field: WritableKeyPath<Model, LocatedList<T>?> & Sendable, required: Bool = false,
    nonEmpty: Bool = false, _ description: String,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> [Located<T>]?
  ) {
    self.init(
      key: key, paths: T.format.paths,
      read: Self.reader(key, field, required, nonEmpty: nonEmpty, read),
      write: { $1.add(key, $0[keyPath: field]) },
      schema: MemberSchema(
        key: key, required: required, description: description,
        value: .array(.object(T.format.schema), minItems: nonEmpty ? 1 : 0)))
  }

  /// Reads member `key` with `read` into `field`; a list that must not be empty is reported
  /// when it is.
  private static func reader<V>(
    _ key: String, _ field: WritableKeyPath<Model, Located<V>?> & Sendable, _ required: Bool,
    nonEmpty: Bool, _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> V?
  ) -> @Sendable (inout DecodeContext, ObjectFields, inout Model) -> Void {
    guard nonEmpty else {
      return { ctx, object, model in model[keyPath: field] = ctx.field(object, key, required: required, read)
      }
    }
    return { ctx, object, model in
      model[keyPath: field] = ctx.field(object, key, required: required) { ctx, value in
        if value.elements?.isEmpty == true {
          let name = ctx.fieldName
          ctx.schema("`\(name)` must list at least one entry", value.position)
        }
        return read(&ctx, value)
      }
    }
  }

  /// The required text member that identifies the object (`id`, an exemption's `rule`): its
  /// decoder reads it first, and skips the object without it.
  static func identity(
    _ key: String, _ field: KeyPath<Model, Located<String>> & Sendable, _ description: String,
    refers: IDPattern? = nil
  ) -> Self {
    Self(
      key: key, paths: [], read: nil, write: { $1.add(key, $0[keyPath: field]) },
      schema: MemberSchema(
        key: key, required: true, description: description, value: refers.map(ValueSchema.reference) ?? .text)
    )
  }
}
