import MHHSCatalogue

public struct CitesRejectedRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "cr/cites-rejected",
    summary: "No history entry or exemption rests on a rejected or withdrawn change request",
    rationale: """
      A rejected change (CR017, rejected with DAG-DEC60 in favour of CR018) changed nothing; a history entry or \
      exemption that cites it records a change that did not happen.
      """,
    sources: ["DAG-DEC60", "DAG026 headline report, 12 Jul 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "history citing a rejected CR",
        ExampleFile.files(
          ExampleFile.changeRequest("CR017", status: "rejected"),
          ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "M5", "changes": ["CR017"], "summary": "Baselined" } ]"#
          ))),
      .passes(
        "history citing an approved CR",
        ExampleFile.files(
          ExampleFile.changeRequest("CR018", status: "approved", #", "release": "IR7""#),
          ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "IR7", "changes": ["CR018"], "summary": "Baselined" } ]"#
          ))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var dropped: [String: ChangeRequest.Status] = [:]
    for c in catalogue.changeRequests {
      if let status = c.status?.value, status == .rejected || status == .withdrawn {
        dropped[c.id.value] = status
      }
    }
    guard !dropped.isEmpty else { return [] }
    var findings: [Finding] = []
    func cite(
      _ entity: some Entity, _ cr: Located<String>, _ pointer: @autoclosure () -> String,
      _ what: @autoclosure () -> String
    ) {
      guard let status = dropped[cr.value] else { return }
      findings.append(
        context.finding(
          "\(entity.id.value) \(what()) cites \(cr.value), which was \(status.rawValue)", entity,
          at: cr.position, pointer()))
    }
    func versioned(_ entity: some Versioned & Exemptible) {
      entity.eachHistoryChange { change, entry, at in
        cite(entity, change, at.text, "history for \(entry.version.value)")
      }
      entity.eachExemption { e, at in
        if let cr = e.value.changeRequest { cite(entity, cr, at.member("changeRequest"), "exemption") }
      }
    }
    context.checked(catalogue.interfaces, in: catalogue).forEach(versioned)
    context.checked(catalogue.dataflows, in: catalogue).forEach(versioned)
    for nfr in context.checked(catalogue.nfrs, in: catalogue) {
      nfr.eachExemption { e, at in
        if let cr = e.value.changeRequest { cite(nfr, cr, at.member("changeRequest"), "exemption") }
      }
    }
    return findings
  }
}
