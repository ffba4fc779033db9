import MHHSCatalogue

public struct MissingPayloadRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "payload/missing",
    summary: "Every active DIP interface says what it carries",
    rationale: """
      The DIP specification publishes, for each interface, the blocks its payload is built from and the data \
      items and data types inside them. Most of what changes between two DIP versions is there (2.0.1 to 2.1.0: \
      DI-566 stopped being nullable, DT-995 gained a pattern), so versioning (DAG27-08) cannot see a change to an \
      interface whose payload the catalogue does not record. `mhhs import dip-openapi` fills it in.
      """,
    sources: [
      "DAG27-08", "DIP API 2.1.0 (Elexon, Interfaces-EventCodes)", "catalogue format, version 1: payloads",
    ],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-021", "a DIP interface with no payload", ExampleFile.files(ExampleFile.interface("IF-021"))),
      .passes(
        "a DIP interface with its payload",
        ExampleFile.files(
          ExampleFile.interface("IF-021", PayloadExampleFile.payload(block: "B044", variants: [nil])),
          PayloadExampleFile.block("B044", items: ["DI-845"]),
          PayloadExampleFile.dataItem("DI-845", #", "type": "string", "maxLength": 10"#))),
      .passes(
        "a withdrawn interface", ExampleFile.files(ExampleFile.interface("IF-021", status: "withdrawn"))),
      .passes(
        "an interface not on the DIP", ExampleFile.files(ExampleFile.interface("IF-165", transport: "file"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.interfaces.compactMap { i in
      guard i.transport?.value == .dip, context.isActive(i, in: catalogue), i.payload == nil else {
        return nil
      }
      return context.missing(
        "\(i.id.value) is on the DIP but has no payload; import it with `mhhs import dip-openapi` or add `payload`",
        i)
    }
  }
}
