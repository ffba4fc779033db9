import MHHSCatalogue

public struct ChangeWithoutReferenceRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "version/change-without-reference",
    summary: "Every change after the first version cites a change request or design issue note",
    rationale: """
      Under change control every change to a baselined artefact comes from a CR or a DIN. A history entry that \
      cites neither cannot be traced to the decision that allowed it (DAG27-08).
      """,
    sources: ["DAG27-08"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-001", "1.1 citing nothing",
        [
          "interfaces/IF-001.json": ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" }, { "version": "1.1", "release": "IR7", "changes": [], "summary": "Error codes" } ]"#
          ).1.replacing(#""version": "1.0", "status""#, with: #""version": "1.1", "status""#)
        ]),
      .passes(
        "1.1 citing DIN-922",
        [
          "interfaces/IF-001.json": ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" }, { "version": "1.1", "release": "IR7", "changes": ["DIN-922"], "summary": "Error codes" } ]"#
          ).1.replacing(#""version": "1.0", "status""#, with: #""version": "1.1", "status""#)
        ]),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func visit(_ entity: some Versioned) {
      entity.eachHistoryEntry { entry, at in
        guard at.index > 0, entry.value.changes?.value.isEmpty ?? true else { return }
        findings.append(
          context.finding(
            "\(entity.id.value) history for \(entry.value.version.value) cites no change request or DIN; add them to `changes`",
            entity, at: entry.position, at.text))
      }
    }
    context.checked(catalogue.interfaces, in: catalogue).forEach { visit($0) }
    context.checked(catalogue.dataflows, in: catalogue).forEach { visit($0) }
    return findings
  }
}
