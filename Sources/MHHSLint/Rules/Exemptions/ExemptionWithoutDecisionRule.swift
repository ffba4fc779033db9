import MHHSCatalogue

public struct ExemptionWithoutDecisionRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "nfr/exemption-without-decision",
    summary: "Every exemption rests on a decision or an approved change request",
    rationale: """
      An exemption excuses an entity or a party from a requirement; only the DAG can grant that. CR034 excused \
      Elexon Helix from the six-second response of E2E1009 for Level 4 validation by decision DAG-DEC83; LDSOs \
      asking for the same were told to raise their own CR. An exemption citing neither a decision nor an \
      approved or implemented CR silences nothing.
      """,
    sources: ["CR034", "DAG-DEC83", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "an exemption with a reason only",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001", #", "exemptions": [ { "rule": "nfr/missing-response-times", "reason": "volumes" } ]"#))),
      .triggers(
        "E2E1009", "a party exemption citing a CR still under impact assessment",
        ExampleFile.files(
          ExampleFile.changeRequest("CR040", status: "impact-assessment"),
          ExampleFile.nfr(
            "E2E1009",
            #", "exemptions": [ { "party": "LDSOs", "scope": "Level 4 validation response", "changeRequest": "CR040" } ]"#
          ))),
      .passes(
        "an exemption citing an approved CR",
        ExampleFile.files(
          ExampleFile.changeRequest("CR034", status: "approved", #", "release": "IR7""#),
          ExampleFile.nfr(
            "E2E1009",
            #", "exemptions": [ { "party": "Elexon Helix", "scope": "Level 4 validation response", "changeRequest": "CR034" } ]"#
          ))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func judge(
      _ entity: some Entity, _ what: @autoclosure () -> String, _ decision: Located<String>?,
      _ cr: Located<String>?, _ at: Position, _ pointer: ElementPointer
    ) {
      if let cr {
        guard let status = catalogue.changeRequest(cr.value)?.status?.value, !status.isApproved else {
          return
        }
        findings.append(
          context.finding(
            "\(entity.id.value) \(what()) cites \(cr.value), which is \(status.rawValue), not approved; it silences nothing until the CR is approved",
            entity, at: cr.position, pointer.member("changeRequest")))
      } else if decision == nil {
        findings.append(
          context.finding(
            "\(entity.id.value) \(what()) cites no decision or change request; add `decision` (e.g. DAG-DEC83) or `changeRequest`",
            entity, at: at, pointer.text))
      }
    }
    func exemptions(_ entity: some Exemptible) {
      entity.eachExemption { e, at in
        judge(
          entity, "exemption from \(e.value.rule.value)", e.value.decision, e.value.changeRequest, e.position,
          at)
      }
    }
    context.checked(catalogue.interfaces, in: catalogue).forEach(exemptions)
    context.checked(catalogue.dataflows, in: catalogue).forEach(exemptions)
    for nfr in context.checked(catalogue.nfrs, in: catalogue) {
      nfr.eachExemption { e, at in
        let party = e.value.party?.value ?? "party"
        judge(nfr, "exemption for \(party)", e.value.decision, e.value.changeRequest, e.position, at)
      }
    }
    return findings
  }
}
