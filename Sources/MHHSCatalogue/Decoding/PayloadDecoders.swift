/// The constraint members shared by data types, data items and block fields, declared once.
enum ConstraintMembers {
  static func members<Model: PayloadConstraints>(typeRequired: Bool = false) -> [FieldMember<Model>] {
    [
      .init(
        "type", \.type, required: typeRequired, "The JSON type: `string`, `integer`, `number` or `boolean`."
      ) {
        $0.choice($1)
      },
      .init("minLength", \.minLength, "The fewest characters a string holds.", value: .integer(0...Int.max)) {
        $0.count($1)
      },
      .init("maxLength", \.maxLength, "The most characters a string holds.", value: .integer(0...Int.max)) {
        $0.count($1)
      },
      .init("pattern", \.pattern, "An ECMA-262 regular expression, as published.", value: .string) {
        $0.string($1)
      },
      .init("format", \.format, "The published format (`date-time`).") { $0.text($1) },
      .init("minimum", \.minimum, "The least value of a number.") { $0.number($1) },
      .init("maximum", \.maximum, "The greatest value of a number.") { $0.number($1) },
      .init("multipleOf", \.multipleOf, "A number the value must be a multiple of.") { $0.number($1) },
      .init("enum", \.enumValues, nonEmpty: true, "The values allowed, as published.", value: .scalar) {
        ctx, v in
        ctx.list(v) { $0.enumValue($1) }
      },
      .init("nullable", \.nullable, "Whether `null` is allowed.") { $0.bool($1) },
      .init("example", \.example, "An example value, as published.") { _, v in v.plain },
    ]
  }
}

extension DataType: FieldObject {
  public static let format = ObjectFormat<DataType>(
    "a data type",
    [
      .identity(
        "id", \.id, "The data type's id, also its file name: `DT-nnn`, `N` marking the nullable variant.",
        refers: .dataType),
      .init("name", \.name, required: true, "The data type's name (`Sender Unique Reference`).") {
        $0.text($1)
      },
    ] + ConstraintMembers.members(typeRequired: true) + [
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") { $0.strings($1) }
    ])
}

extension DataItem: FieldObject {
  public static let format = ObjectFormat<DataItem>(
    "a data item",
    [
      .identity("id", \.id, "The data item's id, also its file name: `DI-nnn`.", refers: .dataItem),
      .init("name", \.name, required: true, "The data item's name (`List Of MPANS On Site`).") {
        $0.text($1)
      },
      .init("description", \.description, "The published description.", value: .string) { $0.string($1) },
      .init(
        "dataType", \.dataType, "Its data type (a data type id), unless it has its own `type`.",
        refers: .dataType
      ) { $0.text($1) },
    ] + ConstraintMembers.members() + [
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") { $0.strings($1) }
    ])
}

extension Block: FieldObject {
  public static let format = ObjectFormat<Block>(
    "a block",
    [
      .identity(
        "id", \.id, "The published block key, also its file name (`S1`, `B044`, `R900-04`).",
        refers: .block),
      .init("name", \.name, required: true, "The block's name (`Issuing Data Service`).") { $0.text($1) },
      .init("fields", \.fields, required: true, "Its fields, in published order.") { ctx, v in
        ctx.list(v) { ctx, v in ctx.record(v) { BlockField(name: $0) }.flatMap { ctx.checked($0, v) } }
      },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension BlockField: FieldObject {
  public static let format = ObjectFormat<BlockField>(
    "a block field",
    [
      .identity("name", \.name, "The property name used on the wire."),
      .init("item", \.item, "The data item it holds (a data item id).", refers: .dataItem) { $0.text($1) },
      .init("block", \.block, "The block it holds (a block id).", refers: .block) { $0.text($1) },
      .init("dataType", \.dataType, "The data type it holds (a data type id).", refers: .dataType) {
        $0.text($1)
      },
    ] + ConstraintMembers.members() + [
      .init("required", \.required, required: true, "Whether the field must be present.") { $0.bool($1) },
      .init("list", \.list, "The bounds of the list, when the field is an array.") {
        $0.record($1, ListBounds())
      },
    ])
}

extension ListBounds: FieldObject {
  public static let format = ObjectFormat<ListBounds>(
    "`list`",
    [
      .init("min", \.min, "The fewest elements.", value: .integer(0...Int.max)) { $0.count($1) },
      .init("max", \.max, "The most elements.", value: .integer(0...Int.max)) { $0.count($1) },
    ])
}

extension PayloadVariant: FieldObject {
  public static let format = ObjectFormat<PayloadVariant>(
    "a payload variant",
    [
      .init("events", \.events, "The interface's events this variant covers (absent: all).") {
        $0.strings($1)
      },
      .init("blocks", \.blocks, required: true, "The blocks it is built from, in order.") { ctx, v in
        ctx.list(v) { $0.record($1) { PayloadBlock(block: $0) } }
      },
    ])
}

extension PayloadBlock: FieldObject {
  public static let format = ObjectFormat<PayloadBlock>(
    "a payload block",
    [
      .identity("block", \.block, "The block (a block id).", refers: .block),
      .init("name", \.name, "The property name used on the wire, when not the block's id.") { $0.text($1) },
      .init("section", \.section, required: true, "`common` or `custom`.") { $0.choice($1) },
      .init("required", \.required, required: true, "Whether the block must be present.") { $0.bool($1) },
      .init("list", \.list, "The bounds of the list, when the block is an array.") {
        $0.record($1, ListBounds())
      },
    ])
}

extension PayloadType: FieldScalar {}
extension PayloadBlock.Section: FieldScalar {}
extension JSONNumber: FieldScalar {
  public var fieldText: String { text }
  public static var valueSchema: ValueSchema { .number }
}
extension Bool: FieldScalar {
  public var fieldText: String { self ? "true" : "false" }
  public static var valueSchema: ValueSchema { .boolean }
}
extension JSON: FieldScalar {
  public static var valueSchema: ValueSchema { .any }
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
