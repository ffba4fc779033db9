import MHHSCatalogue

public struct SchemaRule: LoaderIssueRule {
  static let issueKind = CatalogueIssue.Kind.schema
  public static let description = RuleDescription(
    id: "catalogue/schema",
    summary:
      "Fields have the right types, required fields are present, enums hold allowed values, no unknown fields",
    rationale: """
      A typo such as `responeTimes` must never pass silently: the rules would see no response times and the \
      real value would be lost. Unknown fields are reported with the nearest known name; tools may keep their \
      own data under `x`.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "a misspelt field",
        ExampleFile.files(ExampleFile.interface("IF-001", #", "responeTimes": {}"#))),
      .triggers(
        "IF-002", "a status outside the enum",
        ExampleFile.files(ExampleFile.interface("IF-002", status: "live"))),
      .passes(
        "a complete interface",
        ExampleFile.files(ExampleFile.interface("IF-001", #", "x": { "anything": 1 }"#))),
    ])
}
