/// One member of an object in the catalogue format, declared once: its key, the model field it
/// fills, how its value is read, and how it appears in a ``FieldTree``.
struct FieldMember<Model>: Sendable {
  let key: String
  /// The dotted paths below this member (`within` and `nfr` under a response time).
  let paths: [String]
  /// Reads the member from an object into the model; `nil` for the member that identifies the
  /// object (an entity's `id`), which is read before the model exists.
  let read: (@Sendable (inout DecodeContext, ObjectFields, inout Model) -> Void)?
  /// Adds the member, when present, to a field tree.
  let write: @Sendable (Model, inout FieldObjectBuilder) -> Void
}

extension FieldMember {
  /// A member holding one value, such as a string, a date or an enumeration.
  init<T: FieldScalar>(
    _ key: String, _ field: WritableKeyPath<Model, Located<T>?> & Sendable, required: Bool = false,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> T?
  ) {
    self.init(
      key: key, paths: [],
      read: Self.reader(key, field, required, read), write: { $1.add(key, $0[keyPath: field]) })
  }

  /// A member holding a list of values.
  init<T: FieldScalar>(
    _ key: String, _ field: WritableKeyPath<Model, LocatedList<T>?> & Sendable, required: Bool = false,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> [Located<T>]?
  ) {
    self.init(
      key: key, paths: [],
      read: Self.reader(key, field, required, read), write: { $1.add(key, $0[keyPath: field]) })
  }

  /// A member holding an object.
  init<T: FieldObject>(
    _ key: String, _ field: WritableKeyPath<Model, Located<T>?> & Sendable, required: Bool = false,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> T?
  ) {
    self.init(
      key: key, paths: T.format.paths,
      read: Self.reader(key, field, required, read), write: { $1.add(key, $0[keyPath: field]) })
  }

  /// A member holding a list of objects.
  init<T: FieldObject>(
    _ key: String, _ field: WritableKeyPath<Model, LocatedList<T>?> & Sendable, required: Bool = false,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> [Located<T>]?
  ) {
    self.init(
      key: key, paths: T.format.paths,
      read: Self.reader(key, field, required, read), write: { $1.add(key, $0[keyPath: field]) })
  }

  /// Reads member `key` with `read` into `field`.
  private static func reader<V>(
    _ key: String, _ field: WritableKeyPath<Model, Located<V>?> & Sendable, _ required: Bool,
    _ read: @escaping @Sendable (inout DecodeContext, JSONValue) -> V?
  ) -> @Sendable (inout DecodeContext, ObjectFields, inout Model) -> Void {
    { ctx, object, model in model[keyPath: field] = ctx.field(object, key, required: required, read) }
  }

  /// The required text member that identifies the object (`id`, an exemption's `rule`): its
  /// decoder reads it first, and skips the object without it.
  static func identity(_ key: String, _ field: KeyPath<Model, Located<String>> & Sendable) -> Self {
    Self(key: key, paths: [], read: nil, write: { $1.add(key, $0[keyPath: field]) })
  }
}
