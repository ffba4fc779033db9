import MHHSCatalogue

/// How to lint: the date exemptions are judged at, the release to check, the rule settings.
public struct LintOptions: Sendable {
  /// The date exemption expiry is judged against; defaults to the release's date, else today.
  public var asOf: CalendarDate?
  public var release: String?
  public var configuration: RuleConfiguration

  public init(asOf: CalendarDate? = nil, release: String? = nil, configuration: RuleConfiguration = .init()) {
    self.asOf = asOf
    self.release = release
    self.configuration = configuration
  }
}

/// Why linting could not run.
public enum LintError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknownRelease(String, known: [String])
  case undatedRelease(String)

  public var description: String {
    switch self {
    case .unknownRelease(let id, let known):
      "unknown release '\(id)'\(NearestName.hint(id, from: known)); the catalogue's releases are "
        + (known.isEmpty ? "none" : known.joined(separator: ", "))
    case .undatedRelease(let id):
      "release '\(id)' has no date in releases.json, so exemption expiry cannot be judged at it; pass --as-of DATE"
    }
  }
}

/// The outcome of a lint run.
public struct LintResult: FindingResult {
  /// Every finding, suppressed ones included, in report order.
  public var findings: [Finding]
  /// The number of entities checked, by kind (within `--release` scope).
  public var entityCounts: [EntityKind: Int]
  public var release: String?
  public var asOf: CalendarDate

  public init(findings: [Finding], entityCounts: [EntityKind: Int], release: String?, asOf: CalendarDate) {
    self.findings = findings
    self.entityCounts = entityCounts
    self.release = release
    self.asOf = asOf
  }

}

/// Runs rules over a catalogue, applies severities, scope and exemptions, and orders the result.
public struct Linter: Sendable {
  public var rules: [any Rule]

  public init(rules: [any Rule] = BuiltinRules.all) {
    self.rules = rules
  }

  public var descriptions: [RuleDescription] { rules.map { $0.description } }

  public func lint(_ catalogue: Catalogue, options: LintOptions = .init(), today: CalendarDate)
    throws(LintError) -> LintResult
  {
    var release: (id: String, rank: Int)?
    var asOf = options.asOf ?? today
    if let id = options.release {
      guard let rank = catalogue.releaseRank(id) else {
        throw .unknownRelease(id, known: catalogue.releases.map(\.id.value))
      }
      release = (id, rank)
      if options.asOf == nil {
        guard let date = catalogue.release(id)?.date?.value else { throw .undatedRelease(id) }
        asOf = date
      }
    }

    let configuration = options.configuration
    let enabled = rules.filter { configuration.isEnabled($0.description) }
    // Exemptions may also name diff rules (an approved breaking change), which lint does not run.
    let known = Set(rules.map { $0.description.id } + BuiltinRules.otherDescriptions.map(\.id))
    let enabledIDs = Set(enabled.map { $0.description.id })

    var raw: [Finding] = []
    var context = RuleContext(ruleID: "", asOf: asOf, release: release)
    context.enabledRuleIDs = enabledIDs
    context.knownRuleIDs = known
    // Rules are independent of each other: run them on all cores, keep their order. The engine's
    // own passes over the catalogue run beside them, last, as they are short.
    let baseContext = context
    let passes = enabled.filter { !$0.runsAfterOtherRules }.map(Pass.rule) + [.exemptions, .scope]
    let results = Parallel.map(passes) { pass -> PassResult in
      switch pass {
      case .rule(let rule):
        var context = baseContext
        context.ruleID = rule.description.id
        return .findings(rule.check(catalogue, context))
      case .exemptions:
        return .exemptions(ExemptionIndex(catalogue, asOf: baseContext.asOf))
      case .scope:
        return .outOfScope(
          baseContext.release == nil
            ? []
            : Set(
              catalogue.interfaces.lazy.filter { !baseContext.inScope($0, in: catalogue) }.map(\.id.value)))
      }
    }
    var exemptions = ExemptionIndex()
    var outOfScope: Set<String> = []
    raw.reserveCapacity(results.reduce(0) { $0 + $1.findingCount })
    for result in results {
      switch result {
      case .findings(let findings): raw += findings
      case .exemptions(let index): exemptions = index
      case .outOfScope(let ids): outOfScope = ids
      }
    }
    // The later rules' findings are kept apart until they have all run, so that appending them
    // does not copy the findings the context still holds.
    context.priorFindings = raw
    var later: [Finding] = []
    for rule in enabled where rule.runsAfterOtherRules {
      context.ruleID = rule.description.id
      later += rule.check(catalogue, context)
    }
    context.priorFindings = []
    raw += later
    raw = FindingLimit.apply(raw)

    let descriptions = Dictionary(uniqueKeysWithValues: rules.map { ($0.description.id, $0.description) })
    var findings = Self.finish(
      raw, descriptions: descriptions, configuration: configuration, exemptions: exemptions,
      outOfScope: outOfScope, prefix: CatalogueLoader.displayPath(catalogue.directory, ""))
    raw = []
    Finding.sortInReportOrder(&findings)

    var counts: [EntityKind: Int] = [:]
    for kind in EntityKind.allCases { counts[kind] = catalogue.count(of: kind) }
    counts[.interface] = catalogue.interfaces.count - outOfScope.count
    return LintResult(findings: findings, entityCounts: counts, release: release?.id, asOf: asOf)
  }

  /// What runs on the cores during ``lint(_:options:today:)``.
  private enum Pass: Sendable {
    case rule(any Rule)
    case exemptions
    /// The interfaces outside `--release` scope.
    case scope
  }

  private enum PassResult: Sendable {
    case findings([Finding])
    case exemptions(ExemptionIndex)
    case outOfScope(Set<String>)

    var findingCount: Int {
      if case .findings(let findings) = self { findings.count } else { 0 }
    }
  }

  /// `file` without the catalogue directory in front, so fingerprints do not depend on where the
  /// catalogue is.
  static func relativePath(_ file: String, in directory: String) -> String {
    relativePath(file, prefix: CatalogueLoader.displayPath(directory, ""))
  }

  static func relativePath(_ file: String, prefix: String) -> String {
    file.utf8.starts(with: prefix.utf8)
      ? String(Substring(file.utf8.dropFirst(prefix.utf8.count))) : file
  }
}
