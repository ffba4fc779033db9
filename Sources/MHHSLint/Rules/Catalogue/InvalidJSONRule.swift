import MHHSCatalogue

public struct InvalidJSONRule: LoaderIssueRule {
  static let issueKind = CatalogueIssue.Kind.invalidJSON
  public static let description = RuleDescription(
    id: "catalogue/invalid-json",
    summary: "Every catalogue file is valid JSON (RFC 8259)",
    rationale: """
      The catalogue is the reviewable record of the design; a file that is not strict JSON cannot be read by \
      this tool or any other, so nothing in it is checked. The finding points at the first byte that is wrong.
      """,
    sources: ["catalogue format, version 1", "RFC 8259"],
    defaultSeverity: .error,
    examples: [
      .triggers(nil, "a trailing comma", ["interfaces/IF-001.json": #"{ "id": "IF-001", }"#]),
      .passes("strict JSON", ExampleFile.files(ExampleFile.interface("IF-001"))),
    ])
}
