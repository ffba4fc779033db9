import MHHSCatalogue

public struct UnusedExemptionRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "nfr/unused-exemption",
    summary: "Every exemption silences something",
    rationale: """
      An exemption that names a rule which would not fire on its entity is stale (the gap was closed) or \
      misspelt; either way it hides the record of what was decided. Removing it keeps exemptions meaningful.
      """,
    sources: ["DAG31-03", "CR034"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-001", "an exemption from a rule that does not fire",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001",
            #", "responseTimes": { "error": { "within": "PT6S" } }, "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03" } ]"#
          ))),
      .passes(
        "an exemption covering a real gap",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001",
            #", "responseTimes": { "success": { "within": "PT24H" } }, "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03" } ]"#
          ))),
    ])

  public static let runsAfterOtherRules = true

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    let exemptible: [any Exemptible] =
      catalogue.interfaces.filter { $0.exemptions != nil }
      + catalogue.dataflows.filter { $0.exemptions != nil }
    var exempted: [String: Set<String>] = [:]
    for entity in exemptible {
      entity.eachExemption { e, _ in exempted[e.value.rule.value, default: []].insert(entity.id.value) }
    }
    let fired = Self.fired(context.priorFindings, exempted)
    var findings: [Finding] = []
    func unused(_ entity: some Exemptible) {
      entity.eachExemption { e, at in
        let rule = e.value.rule
        if !context.knownRuleIDs.contains(rule.value) {
          let hint = NearestName.hint(rule.value, from: context.knownRuleIDs.sorted())
          findings.append(
            context.finding(
              "\(entity.id.value) exemption names rule \(rule.value), which does not exist\(hint)", entity,
              at: rule.position, at.member("rule")))
        } else if context.enabledRuleIDs.contains(rule.value),
          fired[rule.value]?.contains(entity.id.value) != true
        {
          findings.append(
            context.finding(
              "\(entity.id.value) exemption from \(rule.value) silences nothing: the rule does not fire here; remove the exemption",
              entity, at: rule.position, at.member("rule")))
        }
      }
    }
    for entity in exemptible { unused(entity) }
    return findings
  }

  /// Of the `exempted` entities of each rule, those the rule fired on. Findings come in runs of
  /// one rule; each run looks up its rule's exempted entities once.
  private static func fired(_ findings: [Finding], _ exempted: [String: Set<String>]) -> [String: Set<String>]
  {
    var fired: [String: Set<String>] = [:]
    guard !exempted.isEmpty else { return fired }
    var rule: String?
    var entities: Set<String>?
    for finding in findings {
      if finding.ruleID != rule {
        rule = finding.ruleID
        entities = exempted[finding.ruleID]
      }
      if let entity = finding.entityID, entities?.contains(entity) == true {
        fired[finding.ruleID, default: []].insert(entity)
      }
    }
    return fired
  }
}
