import MHHSCatalogue

public struct MissingResponseTimesRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "nfr/missing-response-times",
    summary: "Every active interface states its response times",
    rationale: """
      The non-functional requirements (E2E1009 and its kin) are only testable when each interface says which \
      response times apply to it. An interface with no `responseTimes` at all has not been through that \
      assessment, or its outcome was not recorded.
      """,
    sources: ["DAG31-03", "CR034", "NFR E2E1009"],
    defaultSeverity: .warning,
    examples: [
      .triggers("IF-001", "no responseTimes", ExampleFile.files(ExampleFile.interface("IF-001"))),
      .passes(
        "an acknowledgement time",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.interfaces, in: catalogue).compactMap { i in
      guard context.isActive(i, in: catalogue), i.responseTimes == nil else { return nil }
      return context.missing("\(i.id.value) states no response times; add `responseTimes`", i)
    }
  }
}
