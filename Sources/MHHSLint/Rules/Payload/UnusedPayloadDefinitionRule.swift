import MHHSCatalogue

public struct UnusedPayloadDefinitionRule: BuiltinRule {
  public static let locality = RuleLocality.payloadDefinitions
  public static let description = RuleDescription(
    id: "payload/unused",
    summary: "Every data item, data type and block is carried by some interface",
    rationale: """
      A data item, data type or block that no interface's payload reaches, directly or through other blocks, \
      is dead weight in the design: changing it changes no message, and a reader of the data catalogue cannot \
      tell it from one in use. It is either left over from a withdrawn interface or waiting for a payload that \
      does not name it yet.
      """,
    sources: ["DIP API 2.1.0 (Elexon, DataCatalogue)", "catalogue format, version 1: payloads"],
    defaultSeverity: .info,
    examples: [
      .triggers(
        "DI-002", "a data item no block carries",
        ExampleFile.files(
          ExampleFile.interface("IF-021", PayloadExampleFile.payload(block: "B044", variants: [nil])),
          PayloadExampleFile.block("B044", items: ["DI-001"]),
          PayloadExampleFile.dataItem("DI-001", #", "type": "string", "maxLength": 10"#),
          PayloadExampleFile.dataItem("DI-002", #", "type": "string", "maxLength": 10"#))),
      .triggers(
        "B045", "a block no payload reaches",
        ExampleFile.files(
          ExampleFile.interface("IF-021", PayloadExampleFile.payload(block: "B044", variants: [nil])),
          PayloadExampleFile.block("B044", items: []),
          PayloadExampleFile.block("B045", items: []))),
      .passes(
        "a data type reached through a data item in a nested block",
        ExampleFile.files(
          ExampleFile.interface("IF-021", PayloadExampleFile.payload(block: "B044", variants: [nil])),
          (
            "blocks/B044.json",
            #"{ "id": "B044", "name": "Example block", "fields": [ { "name": "registers", "block": "B067", "required": true } ] }"#
          ),
          PayloadExampleFile.block("B067", items: ["DI-001"]),
          PayloadExampleFile.dataItem("DI-001", #", "dataType": "DT-002""#),
          PayloadExampleFile.dataType("DT-002", #", "type": "string", "maxLength": 13"#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    let roots = catalogue.interfaces.flatMap { i in
      (i.payload?.value ?? []).flatMap { ($0.value.blocks?.value ?? []).map(\.value.block.value) }
    }
    let reach = PayloadReach(blocks: roots, in: catalogue)
    func unused(_ entity: some Entity) -> Finding {
      let what = type(of: entity).kind.displayName
      return context.finding(
        "\(what) \(entity.id.value) is carried by no interface's payload; name it in a block that a payload reaches, or remove it",
        entity, at: entity.id.position, "/id")
    }
    return catalogue.dataItems.filter { !reach.reaches(dataItem: $0.id.value) }.map(unused)
      + catalogue.dataTypes.filter { !reach.reaches(dataType: $0.id.value) }.map(unused)
      + catalogue.blocks.filter { !reach.reaches(block: $0.id.value) }.map(unused)
  }
}
