import MHHSCatalogue

public struct MissingDispositionRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "dflow/missing-disposition",
    summary: "Every D-flow records its fate at MHHS go-live",
    rationale: """
      The D-Flow and Interface Mapping (DES196, baselined by DAG-DEC57 at DAG 26) states for each legacy DTC \
      flow whether it is retained, removed or amended at MHHS go-live. A flow with no disposition is a row of \
      that mapping still to be decided or recorded.
      """,
    sources: ["DES196", "DAG-DEC57", "DAG026 headline report, 12 Jul 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers("D0010", "no `mhhs` block", ExampleFile.files(ExampleFile.dataflow("D0010"))),
      .passes(
        "retained by DAG-DEC57",
        ExampleFile.files(
          ExampleFile.dataflow("D0300", #", "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.dataflows, in: catalogue).compactMap { f in
      guard f.mhhs?.value.disposition == nil else { return nil }
      return context.missing(
        "\(f.id.value) has no MHHS disposition; set mhhs.disposition to retained, removed, amended or new (DES196)",
        f,
        in: f.mhhs.map { ($0.position, "/mhhs") })
    }
  }
}
