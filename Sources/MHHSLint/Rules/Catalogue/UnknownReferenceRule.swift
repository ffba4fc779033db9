import MHHSCatalogue

public struct UnknownReferenceRule: BuiltinRule {
  public static let locality = RuleLocality.entity
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
    var suggestions = Suggestions(catalogue: catalogue)
    func report(_ entity: some Entity, _ references: [Reference]) {
      // A list of a million unknown ids gives a bounded report: the first ones, then a count.
      let limit = FindingLimit.maximumPerRuleAndEntity
      if references.count > limit, let first = references.dropFirst(limit - 1).first {
        report(entity, Array(references.prefix(limit - 1)))
        findings.append(
          context.finding(
            "\(references.count - limit + 1) more references of \(entity.id.value) name ids that are not in the catalogue; they are not listed",
            entity, at: first.target.position, first.pointer))
        return
      }
      for ref in references {
        let id = ref.target.value
        let what = ref.kind?.displayName ?? "entity"
        var finding = context.finding(
          "\(entity.id.value) `\(ref.field)` names \(what) \(id), which is not in the catalogue\(suggestions.hint(id, ref.kind))",
          entity, at: ref.target.position, ref.pointer)
        if let nearest = suggestions.unambiguous(id, ref.kind) {
          finding.fix = QuickFix(
            "replace \(id) with \(nearest)",
            .replaceString(
              file: finding.location.file, pointer: finding.location.pointer, from: id, to: nearest))
        }
        findings.append(finding)
      }
    }
    // The index of every id pays off over the whole catalogue, not over an edit's few entities.
    var dangling = DanglingReferences(
      catalogue: catalogue, ids: context.focus == nil ? IDIndex(catalogue) : nil)
    func check<E: Entity>(_ entities: [E], _ visit: (E, inout DanglingReferences) -> Void) {
      for entity in entities {
        visit(entity, &dangling)
        guard !dangling.found.isEmpty else { continue }
        report(entity, dangling.found)
        dangling.found.removeAll(keepingCapacity: true)
      }
    }
    check(context.checked(catalogue.interfaces, in: catalogue), References.visit)
    check(context.checked(catalogue.dataflows, in: catalogue), References.visit)
    check(context.checked(catalogue.nfrs, in: catalogue), References.visit)
    check(context.checked(catalogue.changeRequests, in: catalogue), References.visit)
    check(context.checked(catalogue.dataItems, in: catalogue), References.visit)
    check(context.checked(catalogue.blocks, in: catalogue), References.visit)
    return findings
  }
}

/// Collects the references that name no entity of the catalogue.
private struct DanglingReferences: ReferenceVisitor {
  let catalogue: Catalogue
  let ids: IDIndex?
  var found: [Reference] = []

  func wants(_ kind: EntityKind?, _ id: String) -> Bool {
    if let ids { return !ids.contains(id, kind: kind) }
    return !(kind.map { catalogue.contains(id, kind: $0) } ?? (catalogue.kind(of: id) != nil))
  }

  mutating func visit(_ reference: Reference) { found.append(reference) }
}

/// "; did you mean IF-021?" for an unknown id: the nearest id of the kind the reference needs
/// (of any kind when it may name any), remembered for ids met again.
private struct Suggestions {
  let catalogue: Catalogue
  private var candidates: [EntityKind?: [String]] = [:]
  private var hints: [String: String] = [:]

  init(catalogue: Catalogue) { self.catalogue = catalogue }

  mutating func hint(_ id: String, _ kind: EntityKind?) -> String {
    let key = (kind?.rawValue ?? "") + "\u{1F}" + id
    if let known = hints[key] { return known }
    let hint = NearestName.suggest(id, from: pool(kind)).map { "; did you mean \($0)?" } ?? ""
    hints[key] = hint
    return hint
  }

  /// The suggestion for `id` when no other id is as near and it has the same digits: the fix of
  /// the reference. A different number names another entity (IF-012 is not a typo of IF-021, and
  /// may be one the catalogue lacks), so only spelling is fixed: case, separators, letters.
  mutating func unambiguous(_ id: String, _ kind: EntityKind?) -> String? {
    guard !hint(id, kind).isEmpty, let nearest = NearestName.unambiguous(id, from: pool(kind)) else {
      return nil
    }
    return nearest.filter(\.isNumber) == id.filter(\.isNumber) ? nearest : nil
  }

  /// The ids a suggestion is chosen from; none when there are too many to compare with.
  private mutating func pool(_ kind: EntityKind?) -> [String] {
    if let cached = candidates[kind] { return cached }
    let kinds = kind.map { [$0] } ?? EntityKind.allCases
    let count = kinds.reduce(0) { $0 + catalogue.count(of: $1) }
    let pool =
      count > NearestName.maximumCandidates ? [] : kinds.flatMap { Array(catalogue.ids(of: $0).keys) }
    candidates[kind] = pool
    return pool
  }
}
