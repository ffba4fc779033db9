import MHHSCatalogue

public struct DTNOutlierRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "design/dtn-outlier",
    summary: "Within a business process, interfaces do not stay on the DTN when most use the DIP",
    rationale: """
      Design principle 5 (DAG 14 pack): if most flows of a process use the DIP, the outliers should not remain \
      on the DTN. A process split across two transports doubles the work of every participant in it.
      """,
    sources: ["design principle 5 (DAG 14 pack)"],
    defaultSeverity: .info,
    examples: [
      .triggers(
        "IF-003", "two DIP interfaces and one DTN interface in BP007",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "process": "BP007""#),
          ExampleFile.interface("IF-002", #", "process": "BP007""#),
          ExampleFile.interface("IF-003", #", "process": "BP007""#, transport: "dtn"))),
      .passes(
        "the DTN interface belongs to another process",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "process": "BP007""#),
          ExampleFile.interface("IF-002", #", "process": "BP007""#),
          ExampleFile.interface("IF-003", #", "process": "BP008""#, transport: "dtn"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var byProcess: [String: [Interface]] = [:]
    for i in catalogue.interfaces where context.isActive(i, in: catalogue) {
      if let process = i.process?.value { byProcess[process, default: []].append(i) }
    }
    var findings: [Finding] = []
    for (process, interfaces) in byProcess {
      let dip = interfaces.count { $0.transport?.value == .dip }
      guard dip * 2 > interfaces.count else { continue }
      for i in interfaces where i.transport?.value == .dtn {
        findings.append(
          context.finding(
            "\(i.id.value) uses the DTN while \(dip) of \(interfaces.count) active interfaces of \(process) use the DIP; consider moving it (design principle 5)",
            i, at: i.transport!.position, "/transport"))
      }
    }
    return findings
  }
}
