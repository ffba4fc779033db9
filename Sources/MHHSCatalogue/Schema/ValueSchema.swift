/// What a member's value must be, as the decoder reads it: the part of a member's declaration a
/// JSON Schema is generated from (``CatalogueSchema``).
public indirect enum ValueSchema: Sendable {
  /// A string that is not blank (ids, names, references).
  case text
  /// Any string, empty included (a description, a published pattern).
  case string
  /// One of a fixed set of strings.
  case choice([String])
  /// A date written `YYYY-MM-DD`.
  case date
  /// An ISO 8601 duration (`PT6S`, `P1D`).
  case duration
  /// A whole number, within `range` when given.
  case integer(ClosedRange<Int>?)
  case number
  case boolean
  /// A string, number, boolean or null (an `enum` value).
  case scalar
  /// Any JSON value (a published `example`).
  case any
  /// The id of an entity of one kind, by its pattern.
  case reference(IDPattern)
  /// An array of values; at least `minItems` of them.
  case array(ValueSchema, minItems: Int)
  /// An object of a kind the format declares.
  case object(ObjectSchema)
}

/// One member of an object as a schema sees it.
public struct MemberSchema: Sendable {
  public let key: String
  public let required: Bool
  /// What the member means, in Markdown, from the catalogue format.
  public let description: String
  public let value: ValueSchema
}

/// An object of the catalogue format as a schema sees it: its members, in the format's order.
public struct ObjectSchema: Sendable {
  /// The name of its definition in a schema document (`ResponseTime`).
  public let name: String
  public let members: [MemberSchema]
}

extension FieldScalar where Self: RawRepresentable & CaseIterable, RawValue == String {
  public static var valueSchema: ValueSchema { .choice(allCases.map(\.rawValue)) }
}
