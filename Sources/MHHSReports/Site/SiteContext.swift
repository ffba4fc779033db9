import MHHSCatalogue
import MHHSLint

/// What every page of a site reads: the input, the links turned round, the findings by entity
/// and the rules by id. Built once; pages are then made one at a time from it.
struct SiteContext: Sendable {
  var input: SiteInput
  var links: SiteLinks
  var entityLinks: EntityLinks
  /// The blocks' fields drawn once for every interface's payload tree.
  var payloadBlocks: PreparedBlocks
  /// The header every entity's page shares (``SitePage/chrome(at:scripts:input:)``).
  var entityPageChrome: String
  var rules: [String: RuleDescription] = [:]
  private var findingsByEntity: [String: [Finding]] = [:]
  /// "0 errors, 2 warnings, …", counted once for the footer of every page.
  var findingSummary: String

  init(_ input: SiteInput) {
    self.input = input
    links = SiteLinks(input.catalogue)
    entityLinks = EntityLinks(input.catalogue)
    payloadBlocks = PreparedBlocks(input.catalogue)
    entityPageChrome = SitePage.chrome(at: .entity(.interface, "page"), scripts: [], input: input)
    findingSummary = Wording.findingSummary(input.result)
    for rule in input.rules { rules[rule.id] = rule }
    for finding in input.result.findings {
      if let id = finding.entityID { findingsByEntity[id, default: []].append(finding) }
    }
  }

  var catalogue: Catalogue { input.catalogue }

  /// The findings on `entity`: those naming its id, and, when entities of other kinds share
  /// the id, only those in its file.
  func findings(for entity: some Entity) -> [Finding] {
    let all = findingsByEntity[entity.id.value] ?? []
    let kinds = EntityKind.allCases.filter { catalogue.contains(entity.id.value, kind: $0) }.count
    guard kinds > 1 else { return all }
    return all.filter { $0.location.file == entity.origin.file }
  }

  /// The anchor of a finding on its entity's page (`f-` and its fingerprint).
  static func anchor(of finding: Finding) -> String { "f-" + finding.fingerprint }
}
