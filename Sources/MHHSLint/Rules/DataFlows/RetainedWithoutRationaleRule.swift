import MHHSCatalogue

public struct RetainedWithoutRationaleRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "dflow/retained-without-rationale",
    summary: "A retained D-flow cites the decision or reason for keeping it",
    rationale: """
      Design principle 4 says MHHS adds no DTC flows; keeping an existing one should be a recorded decision \
      (DAG-DEC57 retained D0300, D0379 and D0275) so that the reason survives the people who took it.
      """,
    sources: ["DES196", "DAG-DEC57", "design principle 4 (DAG 14 pack)"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "D0275", "retained with no reason",
        ExampleFile.files(ExampleFile.dataflow("D0275", #", "mhhs": { "disposition": "retained" }"#))),
      .passes(
        "retained by DAG-DEC57",
        ExampleFile.files(
          ExampleFile.dataflow("D0275", #", "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.dataflows, in: catalogue).compactMap { f in
      guard let fate = f.mhhs?.value, let disposition = fate.disposition, disposition.value == .retained,
        fate.decision == nil, fate.rationale == nil
      else { return nil }
      return context.finding(
        "\(f.id.value) is retained with no decision or rationale; add mhhs.decision (e.g. DAG-DEC57) or mhhs.rationale",
        f,
        at: disposition.position, "/mhhs/disposition")
    }
  }
}
