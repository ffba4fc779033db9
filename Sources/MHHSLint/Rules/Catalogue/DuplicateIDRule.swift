import MHHSCatalogue

public struct DuplicateIDRule: LoaderIssueRule {
  static let issueKind = CatalogueIssue.Kind.duplicateID
  public static let description = RuleDescription(
    id: "catalogue/duplicate-id",
    summary: "No two entities of a kind share an id",
    rationale: """
      References, baselines and exemptions name entities by id; two files declaring the same id make every one \
      of them ambiguous. Both places are reported.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "a copy of IF-001 under another file name",
        ExampleFile.files(
          ExampleFile.interface("IF-001"), ("interfaces/IF-001-copy.json", ExampleFile.interface("IF-001").1))
      ),
      .passes(
        "distinct ids", ExampleFile.files(ExampleFile.interface("IF-001"), ExampleFile.interface("IF-002"))),
    ])
}
