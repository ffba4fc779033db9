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
    // Suggestions are worked out once per kind and id, from candidate lists built once per kind,
    // so many dangling references cost linear time.
    var candidates: [EntityKind?: [String]] = [:]
    var suggestions: [String: String] = [:]
    func hint(_ id: String, _ kind: EntityKind?) -> String {
      let key = (kind?.rawValue ?? "") + "\u{1F}" + id
      if let known = suggestions[key] { return known }
      let pool: [String]
      if let cached = candidates[kind] {
        pool = cached
      } else {
        let kinds = kind.map { [$0] } ?? EntityKind.allCases
        let count = kinds.reduce(0) { $0 + catalogue.count(of: $1) }
        pool =
          count > NearestName.maximumCandidates ? [] : kinds.flatMap { Array(catalogue.ids(of: $0).keys) }
        candidates[kind] = pool
      }
      let hint = NearestName.suggest(id, from: pool).map { "; did you mean \($0)?" } ?? ""
      suggestions[key] = hint
      return hint
    }
    func resolve(_ entity: some Entity, _ references: [Reference]) {
      // A list of a million unknown ids gives a bounded report: the first ones, then a count.
      let limit = FindingLimit.maximumPerRuleAndEntity
      if references.count > limit, let first = references.dropFirst(limit - 1).first {
        resolve(entity, Array(references.prefix(limit - 1)))
        findings.append(
          context.finding(
            "\(references.count - limit + 1) more references of \(entity.id.value) name ids that are not in the catalogue; they are not listed",
            entity, at: first.target.position, first.pointer))
        return
      }
      for ref in references {
        let id = ref.target.value
        let what = ref.kind?.displayName ?? "entity"
        findings.append(
          context.finding(
            "\(entity.id.value) `\(ref.field)` names \(what) \(id), which is not in the catalogue\(hint(id, ref.kind))",
            entity, at: ref.target.position, ref.pointer))
      }
    }
    // Most entities have no dangling reference: one buffer is reused for those that do.
    var dangling = DanglingReferences(catalogue: catalogue)
    func check<E: Entity>(_ entities: [E], _ visit: (E, inout DanglingReferences) -> Void) {
      for entity in entities {
        visit(entity, &dangling)
        guard !dangling.found.isEmpty else { continue }
        resolve(entity, dangling.found)
        dangling.found.removeAll(keepingCapacity: true)
      }
    }
    check(catalogue.interfaces, References.visit)
    check(catalogue.dataflows, References.visit)
    check(catalogue.nfrs, References.visit)
    check(catalogue.changeRequests, References.visit)
    check(catalogue.dataItems, References.visit)
    check(catalogue.blocks, References.visit)
    return findings
  }
}

/// Collects the references that name no entity of the catalogue.
private struct DanglingReferences: ReferenceVisitor {
  let catalogue: Catalogue
  let known: KnownIDs
  var found: [Reference] = []

  init(catalogue: Catalogue) {
    self.catalogue = catalogue
    known = KnownIDs(catalogue)
  }

  func wants(_ kind: EntityKind?, _ id: String) -> Bool {
    guard let kind else { return catalogue.kind(of: id) == nil }
    return !known.contains(id, kind: kind, in: catalogue)
  }

  mutating func visit(_ reference: Reference) { found.append(reference) }
}
