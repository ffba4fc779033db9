import MHHSCatalogue

public struct MappingAsymmetricRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "dflow/mapping-asymmetric",
    summary: "Interface `replaces` and D-flow `replacedBy` agree",
    rationale: """
      DES196 is one mapping seen from two sides: the flow side (which interfaces replace this D-flow) and the \
      interface side (which D-flows this interface replaces). When one side lists a pair the other does not, \
      the mapping tables disagree depending on which way they are read.
      """,
    sources: ["DES196"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-001", "the interface lists the flow, the flow does not list the interface",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "rationale": "Replaced" }"#))),
      .passes(
        "both sides list the pair",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for i in context.checked(catalogue.interfaces, in: catalogue) {
      for (n, flowID) in (i.replaces?.value ?? []).enumerated() {
        guard let flow = catalogue.dataflow(flowID.value),
          !(flow.mhhs?.value.replacedBy?.value.contains { $0.value == i.id.value } ?? false)
        else { continue }
        findings.append(
          context.finding(
            "\(i.id.value) replaces \(flowID.value), but \(flowID.value) does not list \(i.id.value) in mhhs.replacedBy; add it there or remove it here",
            i, at: flowID.position, "/replaces/\(n)"))
      }
    }
    for f in context.checked(catalogue.dataflows, in: catalogue) {
      for (n, id) in (f.mhhs?.value.replacedBy?.value ?? []).enumerated() {
        guard let i = catalogue.interface(id.value),
          !(i.replaces?.value.contains { $0.value == f.id.value } ?? false)
        else { continue }
        findings.append(
          context.finding(
            "\(f.id.value) is replaced by \(id.value), but \(id.value) does not list \(f.id.value) in `replaces`; add it there or remove it here",
            f, at: id.position, "/mhhs/replacedBy/\(n)"))
      }
    }
    return findings
  }
}
