import MHHSCatalogue

public struct RemovedWithoutReplacementRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "dflow/removed-without-replacement",
    summary: "A removed D-flow names the interfaces that take over its job, or says why none is needed",
    rationale: """
      DES196 maps each removed D-flow to the MHHS interfaces that replace it. A removed flow with neither a \
      replacement nor a rationale leaves its data with no route after go-live (DAG-DEC57 removed D0012).
      """,
    sources: ["DES196", "DAG-DEC57"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "D0012", "removed with nothing to replace it",
        ExampleFile.files(
          ExampleFile.dataflow("D0012", #", "mhhs": { "disposition": "removed", "decision": "DAG-DEC57" }"#))),
      .passes(
        "removed with a rationale",
        ExampleFile.files(
          ExampleFile.dataflow(
            "D0012",
            #", "mhhs": { "disposition": "removed", "decision": "DAG-DEC57", "rationale": "Reading schedules end with MHHS" }"#
          ))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.dataflows, in: catalogue).compactMap { f in
      guard let fate = f.mhhs, let disposition = fate.value.disposition, disposition.value == .removed,
        fate.value.replacedBy?.value.isEmpty ?? true, fate.value.rationale == nil
      else { return nil }
      return context.finding(
        "\(f.id.value) is removed but names no replacement; add mhhs.replacedBy or mhhs.rationale", f,
        at: disposition.position, "/mhhs/disposition")
    }
  }
}
