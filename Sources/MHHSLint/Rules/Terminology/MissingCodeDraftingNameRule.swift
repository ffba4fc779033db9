import MHHSCatalogue

public struct MissingCodeDraftingNameRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "term/missing-code-drafting-name",
    summary: "Every active interface records the name code drafting uses for it",
    rationale: """
      CR025 "DIP Interface Name Changes" (DAG-DEC59) added a column to the Interface Catalogue for the \
      terminology used in code drafting, so that the legal text and the design name the same thing.
      """,
    sources: ["CR025", "DAG-DEC59"],
    defaultSeverity: .info,
    examples: [
      .triggers("IF-001", "no codeDraftingName", ExampleFile.files(ExampleFile.interface("IF-001"))),
      .passes(
        "a code-drafting name",
        ExampleFile.files(ExampleFile.interface("IF-001", #", "codeDraftingName": "Consumption Data""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.interfaces, in: catalogue).compactMap { i in
      guard context.isActive(i, in: catalogue), i.codeDraftingName == nil else { return nil }
      return context.missing("\(i.id.value) has no code-drafting name; add codeDraftingName (CR025)", i)
    }
  }
}
