import MHHSCatalogue

public struct UnboundedStringRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "payload/unbounded-string",
    summary: "Every string data type and data item is bounded by a maxLength, a pattern or an enum",
    rationale: """
      A string with no maxLength, pattern or enum accepts any text of any size: receivers cannot size their \
      storage or validate the value, and two participants may each accept what the other rejects. The published \
      DIP bounds almost every string this way. A data item typed by a data type is judged through that type.
      """,
    sources: ["DIP API 2.1.0 (Elexon, DataTypes)", "catalogue format, version 1: payloads"],
    defaultSeverity: .info,
    examples: [
      .triggers(
        "DT-004", "a string data type with only a minLength",
        ExampleFile.files(PayloadExampleFile.dataType("DT-004", #", "type": "string", "minLength": 1"#))),
      .triggers(
        "DI-128", "a string data item defined in place with no bound",
        ExampleFile.files(PayloadExampleFile.dataItem("DI-128", #", "type": "string""#))),
      .passes(
        "a string with a maxLength",
        ExampleFile.files(PayloadExampleFile.dataType("DT-004", #", "type": "string", "maxLength": 50"#))),
      .passes(
        "a string with an enum",
        ExampleFile.files(
          PayloadExampleFile.dataItem("DI-596", #", "type": "string", "enum": ["FIXED", "CAPAC"]"#))),
      .passes(
        "a data item typed by a data type is judged through the type",
        ExampleFile.files(
          PayloadExampleFile.dataItem("DI-001", #", "dataType": "DT-002""#),
          PayloadExampleFile.dataType("DT-002", #", "type": "string", "pattern": "^\\d{13}$""#))),
      .passes(
        "an integer",
        ExampleFile.files(PayloadExampleFile.dataType("DT-010", #", "type": "integer""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    func unbounded(_ entity: some Entity & PayloadConstraints) -> Finding? {
      guard let type = entity.type, type.value == .string, entity.maxLength == nil, entity.pattern == nil,
        entity.enumValues == nil
      else { return nil }
      let what = Swift.type(of: entity).kind.displayName
      return context.finding(
        "\(what) \(entity.id.value) is a string with no maxLength, pattern or enum; add the longest length its values may have",
        entity, at: type.position, "/type")
    }
    return context.checked(catalogue.dataTypes, in: catalogue).compactMap(unbounded)
      + context.checked(catalogue.dataItems, in: catalogue).filter { $0.dataType == nil }.compactMap(
        unbounded)
  }
}
