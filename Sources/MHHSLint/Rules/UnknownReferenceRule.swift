import MHHSCatalogue

public struct UnknownReferenceRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "catalogue/unknown-reference",
    summary: "Every reference to a role, interface, D-flow, NFR, change request or release resolves",
    rationale: """
      The catalogue is only consistent if what it names exists: a sender role missing from roles.json, a \
      replacement interface that was never catalogued, or a change request cited but not recorded is a gap in \
      the design record. The nearest existing id is suggested.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "a sender role that is not in roles.json",
        [
          "interfaces/IF-001.json":
            #"{ "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDX"], "to": ["SUP"] }"#
        ]),
      .triggers(
        "IF-002", "a release that does not exist",
        ExampleFile.files(ExampleFile.interface("IF-002", #", "introducedIn": "IR9""#))),
      .triggers(
        "D0001", "a replacement interface that does not exist",
        ExampleFile.files(
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-404"] }"#))
      ),
      .passes(
        "references that resolve",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"], "introducedIn": "M5""#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func resolve(_ entity: some Entity, _ references: [Reference]) {
      for ref in references {
        let id = ref.target.value
        let found = ref.kind.map { catalogue.contains(id, kind: $0) } ?? (catalogue.kind(of: id) != nil)
        guard !found else { continue }
        let what = ref.kind?.displayName ?? "entity"
        let candidates =
          ref.kind.map { Array(catalogue.ids(of: $0).keys) }
          ?? EntityKind.allCases.flatMap { Array(catalogue.ids(of: $0).keys) }
        let hint =
          candidates.count > NearestName.maximumCandidates
          ? "" : NearestName.suggest(id, from: candidates).map { "; did you mean \($0)?" } ?? ""
        findings.append(
          context.finding(
            "\(entity.id.value) `\(ref.field)` names \(what) \(id), which is not in the catalogue\(hint)",
            entity, at: ref.target.position, ref.pointer))
      }
    }
    for i in catalogue.interfaces { resolve(i, References.of(i)) }
    for f in catalogue.dataflows { resolve(f, References.of(f)) }
    for n in catalogue.nfrs { resolve(n, References.of(n)) }
    for c in catalogue.changeRequests { resolve(c, References.of(c)) }
    return findings
  }
}
