/// The constraint members shared by data types, data items and block fields, declared once.
enum ConstraintMembers {
  static func members<Model: PayloadConstraints>(typeRequired: Bool = false) -> [FieldMember<Model>] {
    [
      .init("type", \.type, required: typeRequired) { $0.choice($1) },
      .init("minLength", \.minLength) { $0.count($1) },
      .init("maxLength", \.maxLength) { $0.count($1) },
      .init("pattern", \.pattern) { $0.string($1) },
      .init("format", \.format) { $0.text($1) },
      .init("minimum", \.minimum) { $0.number($1) },
      .init("maximum", \.maximum) { $0.number($1) },
      .init("multipleOf", \.multipleOf) { $0.number($1) },
      .init("enum", \.enumValues) { ctx, v in ctx.list(v, nonEmpty: true) { $0.enumValue($1) } },
      .init("nullable", \.nullable) { $0.bool($1) },
      .init("example", \.example) { _, v in v.plain },
    ]
  }
}

extension DataType: FieldObject {
  public static let format = ObjectFormat<DataType>(
    "a data type",
    [
      .identity("id", \.id),
      .init("name", \.name, required: true) { $0.text($1) },
    ] + ConstraintMembers.members(typeRequired: true) + [
      .init("sources", \.sources) { $0.strings($1) }
    ])
}

extension DataItem: FieldObject {
  public static let format = ObjectFormat<DataItem>(
    "a data item",
    [
      .identity("id", \.id),
      .init("name", \.name, required: true) { $0.text($1) },
      .init("description", \.description) { $0.string($1) },
      .init("dataType", \.dataType) { $0.text($1) },
    ] + ConstraintMembers.members() + [
      .init("sources", \.sources) { $0.strings($1) }
    ])
}

extension Block: FieldObject {
  public static let format = ObjectFormat<Block>(
    "a block",
    [
      .identity("id", \.id),
      .init("name", \.name, required: true) { $0.text($1) },
      .init("fields", \.fields, required: true) { ctx, v in
        ctx.list(v) { ctx, v in ctx.record(v) { BlockField(name: $0) }.flatMap { ctx.checked($0, v) } }
      },
      .init("sources", \.sources) { $0.strings($1) },
    ])
}

extension BlockField: FieldObject {
  public static let format = ObjectFormat<BlockField>(
    "a block field",
    [
      .identity("name", \.name),
      .init("item", \.item) { $0.text($1) },
      .init("block", \.block) { $0.text($1) },
      .init("dataType", \.dataType) { $0.text($1) },
    ] + ConstraintMembers.members() + [
      .init("required", \.required, required: true) { $0.bool($1) },
      .init("list", \.list) { $0.record($1, ListBounds()) },
    ])
}

extension ListBounds: FieldObject {
  public static let format = ObjectFormat<ListBounds>(
    "`list`",
    [
      .init("min", \.min) { $0.count($1) },
      .init("max", \.max) { $0.count($1) },
    ])
}

extension PayloadVariant: FieldObject {
  public static let format = ObjectFormat<PayloadVariant>(
    "a payload variant",
    [
      .init("events", \.events) { $0.strings($1) },
      .init("blocks", \.blocks, required: true) { ctx, v in
        ctx.list(v) { $0.record($1) { PayloadBlock(block: $0) } }
      },
    ])
}

extension PayloadBlock: FieldObject {
  public static let format = ObjectFormat<PayloadBlock>(
    "a payload block",
    [
      .identity("block", \.block),
      .init("name", \.name) { $0.text($1) },
      .init("section", \.section, required: true) { $0.choice($1) },
      .init("required", \.required, required: true) { $0.bool($1) },
      .init("list", \.list) { $0.record($1, ListBounds()) },
    ])
}

extension PayloadType: FieldScalar {}
extension PayloadBlock.Section: FieldScalar {}
extension JSONNumber: FieldScalar { public var fieldText: String { text } }
extension Bool: FieldScalar { public var fieldText: String { self ? "true" : "false" } }
extension JSON: FieldScalar {
  /// A string as itself, any other value as its compact JSON text.
  public var fieldText: String {
    if case .string(let s) = self { return s }
    return render(indent: false)
  }
}

extension DecodeContext {
  mutating func dataType(_ value: JSONValue) -> DataType? {
    entity(value, DataType.format) { DataType(id: $0, origin: $1) }
  }

  mutating func dataItem(_ value: JSONValue) -> DataItem? {
    guard let item = entity(value, DataItem.format, { DataItem(id: $0, origin: $1) }) else { return nil }
    // Exactly one of `dataType` or constraints in place.
    if item.dataType != nil && item.type != nil {
      schema(
        "a data item has either `dataType` or its own `type` and constraints, not both", value.position,
        member: "dataType")
    } else if item.dataType == nil && item.type == nil {
      schema(
        "a data item needs `dataType` (a reference) or `type` (constraints in place)", value.position,
        member: "type")
    }
    return item
  }

  mutating func block(_ value: JSONValue) -> Block? {
    entity(value, Block.format) { Block(id: $0, origin: $1) }
  }

  /// A block field with exactly one of `item`, `block`, `dataType` or a `type` in place.
  mutating func checked(_ field: BlockField, _ value: JSONValue) -> BlockField {
    let targets = [field.item != nil, field.block != nil, field.dataType != nil, field.type != nil]
      .filter { $0 }.count
    if targets != 1 {
      schema(
        targets == 0
          ? "block field `\(Self.excerpt(field.name.value))` needs one of `item`, `block`, `dataType` or `type`"
          : "block field `\(Self.excerpt(field.name.value))` has more than one of `item`, `block`, `dataType` and `type`; give exactly one",
        value.position)
    }
    return field
  }

  mutating func bool(_ value: JSONValue) -> Bool? {
    if case .bool(let b) = value.storage { return b }
    let field = fieldName
    schema("`\(field)` must be true or false, not \(value.typeDescription)", value.position)
    return nil
  }

  mutating func number(_ value: JSONValue) -> JSONNumber? {
    if case .number(let text) = value.storage { return JSONNumber(text) }
    let field = fieldName
    schema("`\(field)` must be a number, not \(value.typeDescription)", value.position)
    return nil
  }

  /// A whole number that is not negative (a length, a bound of a list).
  mutating func count(_ value: JSONValue) -> Int? {
    guard let n = integer(value) else { return nil }
    guard n >= 0 else {
      let field = fieldName
      schema("`\(field)` must not be negative, not \(n)", value.position)
      return nil
    }
    return n
  }

  /// An `enum` value: a string, number or boolean (or null, for a nullable type).
  mutating func enumValue(_ value: JSONValue) -> JSON? {
    switch value.storage {
    case .array, .object:
      let field = fieldName
      schema("`\(field)` must be a string, number or boolean, not \(value.typeDescription)", value.position)
      return nil
    default: return value.plain
    }
  }
}
