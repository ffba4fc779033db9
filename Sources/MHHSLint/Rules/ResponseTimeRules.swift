import MHHSCatalogue

public struct MissingErrorResponseTimeRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "nfr/missing-error-response-time",
    summary: "Every active DIP interface states how quickly error responses are returned",
    rationale: """
      At DAG 31 (13 Dec 2023) Elexon Helix noted that no response time is set for the return of error \
      messages for IF-021, although the interface had been excluded from response-time requirements because of \
      its volumes. Action DAG31-03 asked the programme to clarify it. A DIP interface with no error-response \
      time leaves senders unable to tell a slow rejection from a lost message.
      """,
    sources: ["DAG31-03", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-021", "IF-021 with an acknowledgement time but no error time",
        ExampleFile.files(
          ExampleFile.interface("IF-021", #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#))
      ),
      .passes(
        "an error-response time within six seconds",
        ExampleFile.files(
          ExampleFile.interface("IF-021", #", "responseTimes": { "error": { "within": "PT6S" } }"#))),
      .passes(
        "a withdrawn interface", ExampleFile.files(ExampleFile.interface("IF-021", status: "withdrawn"))),
      .passes(
        "an interface not on the DIP", ExampleFile.files(ExampleFile.interface("IF-165", transport: "file"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.interfaces.compactMap { i in
      guard i.transport?.value == .dip, context.isActive(i, in: catalogue),
        i.responseTimes?.value.error == nil
      else {
        return nil
      }
      return context.missing(
        "\(i.id.value) has no error-response time; add responseTimes.error.within (DAG31-03)", i,
        in: i.responseTimes.map { ($0.position, "/responseTimes") })
    }
  }
}

public struct MissingResponseTimesRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "nfr/missing-response-times",
    summary: "Every active interface states its response times",
    rationale: """
      The non-functional requirements (E2E1009 and its kin) are only testable when each interface says which \
      response times apply to it. An interface with no `responseTimes` at all has not been through that \
      assessment, or its outcome was not recorded.
      """,
    sources: ["DAG31-03", "CR034", "NFR E2E1009"],
    defaultSeverity: .warning,
    examples: [
      .triggers("IF-001", "no responseTimes", ExampleFile.files(ExampleFile.interface("IF-001"))),
      .passes(
        "an acknowledgement time",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.interfaces.compactMap { i in
      guard context.isActive(i, in: catalogue), i.responseTimes == nil else { return nil }
      return context.missing("\(i.id.value) states no response times; add `responseTimes`", i)
    }
  }
}

public struct ResponseTimeMismatchRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "nfr/response-time-mismatch",
    summary: "A response time that cites an NFR agrees with the NFR's response time",
    rationale: """
      When an interface says its error responses come within the time set by E2E1009, that time must be the \
      NFR's six seconds; two different values for one requirement mean one of them is wrong.
      """,
    sources: ["NFR E2E1009", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "ten seconds citing a six-second NFR",
        ExampleFile.files(
          ExampleFile.nfr("E2E1009"),
          ExampleFile.interface(
            "IF-001", #", "responseTimes": { "error": { "within": "PT10S", "nfr": "E2E1009" } }"#))),
      .passes(
        "six seconds citing a six-second NFR",
        ExampleFile.files(
          ExampleFile.nfr("E2E1009"),
          ExampleFile.interface(
            "IF-001", #", "responseTimes": { "error": { "within": "PT6S", "nfr": "E2E1009" } }"#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    // The NFRs' response times, read once rather than copying an NFR out at each citation.
    let requiredTimes = Dictionary(
      catalogue.nfrs.compactMap { nfr in nfr.responseTime.map { (nfr.id.value, $0.value) } },
      uniquingKeysWith: { first, _ in first })
    for i in catalogue.interfaces {
      guard let times = i.responseTimes?.value else { continue }
      for kind in ResponseTimes.Kind.allCases {
        guard let time = times[kind]?.value, let within = time.within, let nfrID = time.nfr?.value,
          let required = requiredTimes[nfrID], within.value != required
        else { continue }
        findings.append(
          context.finding(
            "\(i.id.value) \(kind.rawValue) response time is \(within.value), but \(nfrID) requires \(required)",
            i, at: within.position, "/responseTimes/\(kind.rawValue)/within"))
      }
    }
    return findings
  }
}

public struct ExemptionWithoutDecisionRule: BuiltinRule {
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
      _ cr: Located<String>?, _ at: Position, _ pointer: @autoclosure () -> String
    ) {
      if let cr {
        guard let status = catalogue.changeRequest(cr.value)?.status?.value, !status.isApproved else {
          return
        }
        findings.append(
          context.finding(
            "\(entity.id.value) \(what()) cites \(cr.value), which is \(status.rawValue), not approved; it silences nothing until the CR is approved",
            entity, at: cr.position, pointer() + "/changeRequest"))
      } else if decision == nil {
        findings.append(
          context.finding(
            "\(entity.id.value) \(what()) cites no decision or change request; add `decision` (e.g. DAG-DEC83) or `changeRequest`",
            entity, at: at, pointer()))
      }
    }
    func exemptions(_ entity: some Exemptible) {
      for (n, e) in (entity.exemptions?.value ?? []).enumerated() {
        judge(
          entity, "exemption from \(e.value.rule.value)", e.value.decision, e.value.changeRequest, e.position,
          "/exemptions/\(n)")
      }
    }
    catalogue.interfaces.forEach(exemptions)
    catalogue.dataflows.forEach(exemptions)
    for nfr in catalogue.nfrs {
      for (n, e) in (nfr.exemptions?.value ?? []).enumerated() {
        let party = e.value.party?.value ?? "party"
        judge(
          nfr, "exemption for \(party)", e.value.decision, e.value.changeRequest, e.position,
          "/exemptions/\(n)")
      }
    }
    return findings
  }
}

public struct ExemptionExpiredRule: BuiltinRule {
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
    func expired(_ entity: some Exemptible) -> [Finding] {
      (entity.exemptions?.value ?? []).enumerated().compactMap { n, e in
        guard let expires = e.value.expires, expires.value < context.asOf else { return nil }
        return context.finding(
          "\(entity.id.value) exemption from \(e.value.rule.value) expired on \(expires.value); renew it by decision or remove it",
          entity, at: expires.position, "/exemptions/\(n)/expires")
      }
    }
    return catalogue.interfaces.flatMap(expired) + catalogue.dataflows.flatMap(expired)
  }
}

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
    // One walk finds the entities with exemptions (few); the rest looks at those only.
    let interfaces = catalogue.interfaces.indices.filter { catalogue.interfaces[$0].exemptions != nil }
    let dataflows = catalogue.dataflows.indices.filter { catalogue.dataflows[$0].exemptions != nil }
    var exempted: [String: Set<String>] = [:]
    func collect(_ entity: some Exemptible) {
      for e in entity.exemptions?.value ?? [] {
        exempted[e.value.rule.value, default: []].insert(entity.id.value)
      }
    }
    for i in interfaces { collect(catalogue.interfaces[i]) }
    for i in dataflows { collect(catalogue.dataflows[i]) }
    let fired = Self.fired(context.priorFindings, exempted)
    func unused(_ entity: some Exemptible) -> [Finding] {
      (entity.exemptions?.value ?? []).enumerated().compactMap { n, e in
        let rule = e.value.rule
        if !context.knownRuleIDs.contains(rule.value) {
          let hint = NearestName.hint(rule.value, from: context.knownRuleIDs.sorted())
          return context.finding(
            "\(entity.id.value) exemption names rule \(rule.value), which does not exist\(hint)", entity,
            at: rule.position,
            "/exemptions/\(n)/rule")
        }
        guard context.enabledRuleIDs.contains(rule.value),
          fired[rule.value]?.contains(entity.id.value) != true
        else {
          return nil
        }
        return context.finding(
          "\(entity.id.value) exemption from \(rule.value) silences nothing: the rule does not fire here; remove the exemption",
          entity, at: rule.position, "/exemptions/\(n)/rule")
      }
    }
    return interfaces.flatMap { unused(catalogue.interfaces[$0]) }
      + dataflows.flatMap { unused(catalogue.dataflows[$0]) }
  }

  /// Of the `exempted` entities of each rule, those the rule fired on. Findings come in runs of
  /// one rule, so the rule's exempted entities are looked up once per run.
  private static func fired(_ findings: [Finding], _ exempted: [String: Set<String>]) -> [String: Set<String>]
  {
    var fired: [String: Set<String>] = [:]
    guard !exempted.isEmpty else { return fired }
    var rule = ""
    var entities: Set<String>?
    for i in findings.indices {
      if i == 0 || findings[i].ruleID != rule {
        rule = findings[i].ruleID
        entities = exempted[rule]
      }
      if let entity = findings[i].entityID, entities?.contains(entity) == true {
        fired[rule, default: []].insert(entity)
      }
    }
    return fired
  }
}
