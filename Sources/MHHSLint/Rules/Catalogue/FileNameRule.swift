import MHHSCatalogue

public struct FileNameRule: BuiltinRule {
  public static let locality = RuleLocality.entity
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
      let id = entity.id.value
      guard !entity.origin.isNamed(after: id) else { return nil }
      var finding = context.finding(
        "\(id) is stored in \(entity.origin.fileName); rename the file to \(id).json", entity,
        at: entity.id.position, "/id")
      // An id of its kind's form is a safe file name (no `/`, never `.` or `..`).
      if type(of: entity).kind.idPattern.matches(id) {
        finding.fix = QuickFix(
          "rename \(entity.origin.fileName) to \(id).json",
          .renameFile(file: entity.origin.file, to: id + ".json"))
      }
      return finding
    }
    return context.checked(catalogue.interfaces, in: catalogue).compactMap(check)
      + context.checked(catalogue.dataflows, in: catalogue).compactMap(check)
      + context.checked(catalogue.nfrs, in: catalogue).compactMap(check)
      + context.checked(catalogue.changeRequests, in: catalogue).compactMap(check)
      + context.checked(catalogue.dataTypes, in: catalogue).compactMap(check)
      + context.checked(catalogue.dataItems, in: catalogue).compactMap(check)
      + context.checked(catalogue.blocks, in: catalogue).compactMap(check)
  }
}
