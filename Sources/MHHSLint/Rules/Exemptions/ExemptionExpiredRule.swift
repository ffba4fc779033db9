import MHHSCatalogue

public struct ExemptionExpiredRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "nfr/exemption-expired",
    summary: "No exemption is past its expiry date",
    rationale: """
      Some exemptions are granted until an action is closed (DAG31-03 was due on 10 Jan 2024). Once the date \
      passes the exemption silences nothing, and the gap it covered is reported again until the exemption is \
      renewed by a decision or removed.
      """,
    sources: ["DAG31-03"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-021", "an exemption that expired on 10 Jan 2024",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-021",
            #", "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03", "expires": "2024-01-10" } ]"#
          )), asOf: "2024-02-01"),
      .passes(
        "the same exemption judged before it expires",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-021",
            #", "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03", "expires": "2024-01-10" } ]"#
          )), asOf: "2024-01-05"),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func expired(_ entity: some Exemptible) {
      entity.eachExemption { e, at in
        guard let expires = e.value.expires, expires.value < context.asOf else { return }
        findings.append(
          context.finding(
            "\(entity.id.value) exemption from \(e.value.rule.value) expired on \(expires.value); renew it by decision or remove it",
            entity, at: expires.position, at.member("expires")))
      }
    }
    context.checked(catalogue.interfaces, in: catalogue).forEach(expired)
    context.checked(catalogue.dataflows, in: catalogue).forEach(expired)
    return findings
  }
}
