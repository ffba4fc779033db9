import MHHSCatalogue

public struct FileNameRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "catalogue/file-name",
    summary: "Each entity file is named after its id",
    rationale: """
      One entity per file, named `<id>.json`, keeps a change request to the design a reviewable diff of a few \
      small files and lets people find an entity by its id.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-002", "IF-002 stored as IF-001.json",
        ["interfaces/IF-001.json": ExampleFile.interface("IF-002").1]),
      .passes("IF-001 stored as IF-001.json", ExampleFile.files(ExampleFile.interface("IF-001"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    func check(_ entity: some Entity) -> Finding? {
      guard !entity.origin.isNamed(after: entity.id.value) else { return nil }
      return context.finding(
        "\(entity.id.value) is stored in \(entity.origin.fileName); rename the file to \(entity.id.value).json",
        entity, at: entity.id.position, "/id")
    }
    return catalogue.interfaces.compactMap(check) + catalogue.dataflows.compactMap(check)
      + catalogue.nfrs.compactMap(check) + catalogue.changeRequests.compactMap(check)
      + catalogue.dataTypes.compactMap(check) + catalogue.dataItems.compactMap(check)
      + catalogue.blocks.compactMap(check)
  }
}
