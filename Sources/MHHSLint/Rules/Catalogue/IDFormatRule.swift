import MHHSCatalogue

public struct IDFormatRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "catalogue/id-format",
    summary: "Ids, decisions and change references match their patterns",
    rationale: """
      Ids are also file names and cross-references; an id outside its pattern (IF-nnn, REP-nnn[A], Dnnnn, CRnnn, \
      DAG-DECnn, DIN-nnn) is a typo or an id from another scheme, and is never used to build a path.
      """,
    sources: ["catalogue format, version 1: identifiers at a glance"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-21", "an interface id with two digits",
        ["interfaces/IF-21.json": ExampleFile.interface("IF-21").1]),
      .triggers(
        "CR001", "a decision that is not DAG-DECnn",
        ExampleFile.files(
          ExampleFile.changeRequest("CR001", status: "approved", #", "decision": "DEC57", "release": "IR7""#))
      ),
      .passes(
        "well-formed ids",
        ExampleFile.files(
          ExampleFile.interface("REP-002A"),
          ExampleFile.changeRequest(
            "CR001", status: "approved", #", "decision": "DAG-DEC57", "release": "IR7""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func id(_ entity: some Entity) {
      let pattern = type(of: entity).kind.idPattern
      if !pattern.matches(entity.id.value) {
        findings.append(
          context.finding(
            "\(type(of: entity).kind.displayName) id \"\(entity.id.value)\" does not match \(pattern.display)",
            entity, at: entity.id.position, "/id"))
      }
    }
    func decision(_ entity: some Entity, _ value: Located<String>?, _ pointer: @autoclosure () -> String) {
      guard let value, !IDPattern.decision.matches(value.value) else { return }
      findings.append(
        context.finding(
          "\(entity.id.value) cites decision \"\(value.value)\", which does not match \(IDPattern.decision.display)",
          entity, at: value.position, pointer()))
    }
    func history(_ entity: some Versioned) {
      entity.eachHistoryChange { change, _, at in
        guard !IDPattern.changeRequest.matches(change.value) && !IDPattern.designIssue.matches(change.value)
        else { return }
        findings.append(
          context.finding(
            "\(entity.id.value) history cites \"\(change.value)\", which is neither a change request (CRnnn) "
              + "nor a design issue note (DIN-nnn)", entity, at: change.position, at.text))
      }
    }
    func exemptions(_ entity: some Exemptible) {
      entity.eachExemption { e, at in decision(entity, e.value.decision, at.member("decision")) }
    }
    context.checked(catalogue.roles, in: catalogue).forEach(id)
    context.checked(catalogue.releases, in: catalogue).forEach(id)
    for i in context.checked(catalogue.interfaces, in: catalogue) {
      id(i)
      history(i)
      exemptions(i)
    }
    for f in context.checked(catalogue.dataflows, in: catalogue) {
      id(f)
      history(f)
      exemptions(f)
      decision(f, f.mhhs?.value.decision, "/mhhs/decision")
    }
    for n in context.checked(catalogue.nfrs, in: catalogue) {
      id(n)
      n.eachExemption { e, at in decision(n, e.value.decision, at.member("decision")) }
    }
    for c in context.checked(catalogue.changeRequests, in: catalogue) {
      id(c)
      decision(c, c.decision, "/decision")
    }
    context.checked(catalogue.dataTypes, in: catalogue).forEach(id)
    context.checked(catalogue.dataItems, in: catalogue).forEach(id)
    context.checked(catalogue.blocks, in: catalogue).forEach(id)
    return findings
  }
}
