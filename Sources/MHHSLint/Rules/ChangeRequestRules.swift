import MHHSCatalogue

public struct ApprovedWithoutReleaseRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "cr/approved-without-release",
    summary: "An approved or implemented change request names the release that carries it",
    rationale: """
      Approved changes reach participants through Interim Releases (CR034 and CR036 in IR7). A decision with no \
      release cannot be planned for, tested or found in the release notes.
      """,
    sources: ["CR034", "CR036", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "CR018", "approved with no release",
        ExampleFile.files(ExampleFile.changeRequest("CR018", status: "approved"))),
      .passes(
        "approved for IR7",
        ExampleFile.files(ExampleFile.changeRequest("CR034", status: "approved", #", "release": "IR7""#))),
      .passes(
        "still under impact assessment",
        ExampleFile.files(ExampleFile.changeRequest("CR027", status: "impact-assessment"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.changeRequests.compactMap { c in
      guard let status = c.status, status.value.isApproved, c.release == nil else { return nil }
      return context.finding(
        "\(c.id.value) is \(status.value.rawValue) but names no release; add `release`", c,
        at: status.position, "/status")
    }
  }
}

public struct CitesRejectedRule: BuiltinRule {
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
    var findings: [Finding] = []
    // The few rejected or withdrawn change requests, found once rather than copying a change
    // request out at each citation.
    var dropped: [String: ChangeRequest.Status] = [:]
    for c in catalogue.changeRequests {
      if let status = c.status?.value, status == .rejected || status == .withdrawn {
        dropped[c.id.value] = status
      }
    }
    func cite(
      _ entity: some Entity, _ cr: Located<String>, _ pointer: @autoclosure () -> String,
      _ what: @autoclosure () -> String
    ) {
      guard !dropped.isEmpty, let status = dropped[cr.value] else { return }
      findings.append(
        context.finding(
          "\(entity.id.value) \(what()) cites \(cr.value), which was \(status.rawValue)", entity,
          at: cr.position, pointer()))
    }
    func versioned(_ entity: some Versioned & Exemptible) {
      for (k, entry) in (entity.history?.value ?? []).enumerated() {
        for (n, change) in (entry.value.changes?.value ?? []).enumerated() {
          cite(entity, change, "/history/\(k)/changes/\(n)", "history for \(entry.value.version.value)")
        }
      }
      for (k, e) in (entity.exemptions?.value ?? []).enumerated() {
        if let cr = e.value.changeRequest { cite(entity, cr, "/exemptions/\(k)/changeRequest", "exemption") }
      }
    }
    catalogue.interfaces.forEach(versioned)
    catalogue.dataflows.forEach(versioned)
    for nfr in catalogue.nfrs {
      for (k, e) in (nfr.exemptions?.value ?? []).enumerated() {
        if let cr = e.value.changeRequest { cite(nfr, cr, "/exemptions/\(k)/changeRequest", "exemption") }
      }
    }
    return findings
  }
}

public struct AfterFreezeRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "cr/after-freeze",
    summary: "Change requests decided during a change freeze are flagged for review",
    rationale: """
      From 6 Dec 2023 a change freeze let only material changes progress. A CR decided inside a freeze should \
      be one of those; the finding lists them so the team can confirm each was material.
      """,
    sources: ["change freeze from 6 Dec 2023", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .info,
    examples: [
      .triggers(
        "CR034", "decided on 13 Dec 2023",
        ExampleFile.files(
          ExampleFile.changeRequest(
            "CR034", status: "approved", #", "decidedOn": "2023-12-13", "release": "IR7""#))),
      .passes(
        "decided before the freeze",
        ExampleFile.files(
          ExampleFile.changeRequest(
            "CR025", status: "approved", #", "decidedOn": "2023-07-12", "release": "IR7""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.changeRequests.compactMap { c in
      guard let decided = c.decidedOn,
        let freeze = catalogue.freezes.first(where: { $0.contains(decided.value) })
      else {
        return nil
      }
      let from = freeze.from.map { " from \($0.value)" } ?? ""
      return context.finding(
        "\(c.id.value) was decided on \(decided.value), inside the change freeze\(from); confirm it is a material change",
        c, at: decided.position, "/decidedOn")
    }
  }
}
