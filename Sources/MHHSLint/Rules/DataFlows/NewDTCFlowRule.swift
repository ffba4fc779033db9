import MHHSCatalogue

public struct NewDTCFlowRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "dflow/new-dtc-flow",
    summary: "A new D-flow for MHHS cites the decision that allowed it",
    rationale: """
      Design principle 4 (DAG 14 pack): no new DTC flows for MHHS, and no facsimiles of DTC flows on the DIP. \
      A new flow is an exception to that principle and needs a DAG decision behind it.
      """,
    sources: ["design principle 4 (DAG 14 pack)"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "D0397", "a new flow with no decision",
        ExampleFile.files(ExampleFile.dataflow("D0397", #", "mhhs": { "disposition": "new" }"#))),
      .passes(
        "a new flow allowed by a decision",
        ExampleFile.files(
          ExampleFile.dataflow("D0397", #", "mhhs": { "disposition": "new", "decision": "DAG-DEC90" }"#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.dataflows, in: catalogue).compactMap { f in
      guard let fate = f.mhhs?.value, let disposition = fate.disposition, disposition.value == .new,
        fate.decision == nil
      else { return nil }
      return context.finding(
        "\(f.id.value) is a new DTC flow with no decision; design principle 4 allows no new DTC flows for MHHS, so cite the DAG decision that did",
        f, at: disposition.position, "/mhhs/disposition")
    }
  }
}
