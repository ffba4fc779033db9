import MHHSCatalogue

public struct ReplacementNotDIPRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "dflow/replacement-not-dip",
    summary: "A removed D-flow is replaced by DIP interfaces",
    rationale: """
      MHHS moves settlement data off the DTN onto the Data Integration Platform; design principle 5 says \
      outliers should not stay on the DTN. Replacing a removed D-flow with another non-DIP interface keeps the \
      old transport alive.
      """,
    sources: ["design principle 5 (DAG 14 pack)", "DES196"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "D0001", "replaced by a DTN interface",
        ExampleFile.files(
          ExampleFile.interface("IF-001", transport: "dtn"),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
      .passes(
        "replaced by a DIP interface",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for f in context.checked(catalogue.dataflows, in: catalogue) {
      guard let fate = f.mhhs?.value, fate.disposition?.value == .removed else { continue }
      for (n, id) in (fate.replacedBy?.value ?? []).enumerated() {
        guard let transport = catalogue.interface(id.value)?.transport?.value, transport != .dip else {
          continue
        }
        findings.append(
          context.finding(
            "\(f.id.value) is replaced by \(id.value), which uses \(transport.rawValue), not the DIP (design principle 5)",
            f, at: id.position, "/mhhs/replacedBy/\(n)"))
      }
    }
    return findings
  }
}
