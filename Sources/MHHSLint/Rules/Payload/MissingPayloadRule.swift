import MHHSCatalogue

public struct MissingPayloadRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "payload/missing",
    summary: "Every active DIP interface says what it carries, once the catalogue records payloads",
    rationale: """
      The DIP specification publishes, for each interface, the blocks its payload is built from and the data \
      items and data types inside them. Most of what changes between two DIP versions is there (2.0.1 to 2.1.0: \
      DI-566 stopped being nullable, DT-995 gained a pattern), so versioning (DAG27-08) cannot see a change to an \
      interface whose payload the catalogue does not record. `mhhs import dip-openapi` fills it in. Payloads are \
      an optional part of the catalogue format, so a catalogue that records none (no payload, block, data item \
      or data type anywhere) is not asked for them interface by interface.
      """,
    sources: [
      "DAG27-08", "DIP API 2.1.0 (Elexon, Interfaces-EventCodes)", "catalogue format, version 1: payloads",
    ],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-021", "a DIP interface with no payload, beside one with its payload",
        ExampleFile.files(
          ExampleFile.interface("IF-021"),
          ExampleFile.interface("IF-022", PayloadExampleFile.payload(block: "B044", variants: [nil])),
          PayloadExampleFile.block("B044", items: []))),
      .passes(
        "every DIP interface with its payload",
        ExampleFile.files(
          ExampleFile.interface("IF-021", PayloadExampleFile.payload(block: "B044", variants: [nil])),
          PayloadExampleFile.block("B044", items: []))),
      .passes(
        "a catalogue that records no payloads at all",
        ExampleFile.files(ExampleFile.interface("IF-021"))),
      .passes(
        "a withdrawn interface",
        ExampleFile.files(
          ExampleFile.interface("IF-021", status: "withdrawn"), PayloadExampleFile.block("B044", items: []))),
      .passes(
        "an interface not on the DIP",
        ExampleFile.files(
          ExampleFile.interface("IF-165", transport: "file"), PayloadExampleFile.block("B044", items: []))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    let recordsPayloads =
      !catalogue.blocks.isEmpty || !catalogue.dataItems.isEmpty || !catalogue.dataTypes.isEmpty
      || catalogue.interfaces.contains { $0.payload != nil }
    guard recordsPayloads else { return [] }
    return catalogue.interfaces.compactMap { i in
      guard i.transport?.value == .dip, context.isActive(i, in: catalogue), i.payload == nil else {
        return nil
      }
      return context.missing(
        "\(i.id.value) is on the DIP but has no payload; import it with `mhhs import dip-openapi` or add `payload`",
        i)
    }
  }
}
