/// The JSON type of a data type, a data item or a block field defined in place.
public enum PayloadType: String, Sendable, CaseIterable { case string, integer, number, boolean }

/// A number as written in a catalogue file (`0.01`, `99999`), so that no precision is lost.
public struct JSONNumber: Sendable, Hashable {
  public var text: String
  public init(_ text: String) { self.text = text }
  /// The number as a `Double`, for comparisons (`nil` only for text that is not a number).
  public var doubleValue: Double? { Double(text) }
}

/// The constraint fields that data types, data items and block fields defined in place share,
/// as the published schemas give them (`design/payloads.md`). The model keeps them as published:
/// a `pattern` is data, never compiled by the loader.
public protocol PayloadConstraints: Sendable {
  var type: Located<PayloadType>? { get set }
  var minLength: Located<Int>? { get set }
  var maxLength: Located<Int>? { get set }
  var pattern: Located<String>? { get set }
  var format: Located<String>? { get set }
  var minimum: Located<JSONNumber>? { get set }
  var maximum: Located<JSONNumber>? { get set }
  var multipleOf: Located<JSONNumber>? { get set }
  /// The `enum` member: the values allowed, as published (strings or numbers).
  var enumValues: LocatedList<JSON>? { get set }
  var nullable: Located<Bool>? { get set }
  /// The published example, of whatever JSON type it was given.
  var example: Located<JSON>? { get set }
}

extension PayloadConstraints {
  /// Whether any constraint field is present (a data item defined in place, not by `dataType`).
  public var hasConstraints: Bool {
    type != nil || minLength != nil || maxLength != nil || pattern != nil || format != nil || minimum != nil
      || maximum != nil || multipleOf != nil || enumValues != nil || nullable != nil || example != nil
  }
}

/// A data type (`datatypes/DT-995.json`): ids `DT-nnn`, `N` marking the nullable variant.
public struct DataType: Entity, PayloadConstraints, Equatable {
  public static let kind = EntityKind.dataType

  public var id: Located<String>
  /// The published description (`Sender Unique Reference`).
  public var name: Located<String>?
  public var type: Located<PayloadType>?
  public var minLength: Located<Int>?
  public var maxLength: Located<Int>?
  public var pattern: Located<String>?
  public var format: Located<String>?
  public var minimum: Located<JSONNumber>?
  public var maximum: Located<JSONNumber>?
  public var multipleOf: Located<JSONNumber>?
  public var enumValues: LocatedList<JSON>?
  public var nullable: Located<Bool>?
  public var example: Located<JSON>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }
}

/// A data item (`dataitems/DI-566.json`): typed by `dataType` or by constraints in place.
public struct DataItem: Entity, PayloadConstraints, Equatable {
  public static let kind = EntityKind.dataItem

  public var id: Located<String>
  public var name: Located<String>?
  public var description: Located<String>?
  /// The data type that defines the item, when it is not defined in place.
  public var dataType: Located<String>?
  public var type: Located<PayloadType>?
  public var minLength: Located<Int>?
  public var maxLength: Located<Int>?
  public var pattern: Located<String>?
  public var format: Located<String>?
  public var minimum: Located<JSONNumber>?
  public var maximum: Located<JSONNumber>?
  public var multipleOf: Located<JSONNumber>?
  public var enumValues: LocatedList<JSON>?
  public var nullable: Located<Bool>?
  public var example: Located<JSON>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }
}

/// A block (`blocks/B044.json`): common (`S1`, `D0`), custom (`B044`) or report (`R900-04`).
public struct Block: Entity, Equatable {
  public static let kind = EntityKind.block

  public var id: Located<String>
  public var name: Located<String>?
  /// The block's fields, in published order.
  public var fields: LocatedList<BlockField>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }
}

/// One field of a block: its wire `name` and exactly one of `item`, `block`, `dataType` or
/// constraints in place (the publication defines a few fields that way, e.g. P03
/// `compressedReport`).
public struct BlockField: PayloadConstraints, Equatable {
  public var name: Located<String>
  public var item: Located<String>?
  public var block: Located<String>?
  public var dataType: Located<String>?
  public var type: Located<PayloadType>?
  public var minLength: Located<Int>?
  public var maxLength: Located<Int>?
  public var pattern: Located<String>?
  public var format: Located<String>?
  public var minimum: Located<JSONNumber>?
  public var maximum: Located<JSONNumber>?
  public var multipleOf: Located<JSONNumber>?
  public var enumValues: LocatedList<JSON>?
  public var nullable: Located<Bool>?
  public var example: Located<JSON>?
  public var required: Located<Bool>?
  /// Present when the field is an array.
  public var list: Located<ListBounds>?

  public init(name: Located<String>) { self.name = name }

  /// What the field refers to: its item, block or data type (`nil` for one defined in place).
  public var target: PayloadTarget? {
    if let item { return .item(item) }
    if let block { return .block(block) }
    if let dataType { return .dataType(dataType) }
    return nil
  }
}

/// What a block field or payload entry refers to.
public enum PayloadTarget: Sendable, Equatable {
  case item(Located<String>)
  case block(Located<String>)
  case dataType(Located<String>)
}

/// The bounds of an array field (`minItems`, `maxItems`); both optional.
public struct ListBounds: Sendable, Equatable {
  public var min: Located<Int>?
  public var max: Located<Int>?
  public init() {}
}

/// One published payload variant of an interface: the events it covers (absent: all) and its
/// blocks.
public struct PayloadVariant: Sendable, Equatable {
  public var events: LocatedList<String>?
  public var blocks: LocatedList<PayloadBlock>?
  public init() {}
}

/// A block in a payload variant.
public struct PayloadBlock: Sendable, Equatable {
  public enum Section: String, Sendable, CaseIterable { case common, custom }

  public var block: Located<String>
  /// The wire name, when it is not the block id (`B035List`, `schema`, IF-016's `S2`).
  public var name: Located<String>?
  public var section: Located<Section>?
  public var required: Located<Bool>?
  /// Present when the block is carried as an array.
  public var list: Located<ListBounds>?

  public init(block: Located<String>) { self.block = block }

  /// The property name on the wire: ``name`` or the block id.
  public var wireName: String { name?.value ?? block.value }
}
