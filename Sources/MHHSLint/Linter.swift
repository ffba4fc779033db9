import MHHSCatalogue

/// How to lint: the date exemptions are judged at, the release to check, the rule settings and
/// the baseline.
public struct LintOptions: Sendable {
  /// The date exemption expiry is judged against; defaults to the release's date, else today.
  public var asOf: CalendarDate?
  public var release: String?
  public var configuration: RuleConfiguration
  /// Findings recorded there are suppressed; its entries that match nothing are findings.
  public var baseline: BaselineFile?

  public init(
    asOf: CalendarDate? = nil, release: String? = nil, configuration: RuleConfiguration = .init(),
    baseline: BaselineFile? = nil
  ) {
    self.asOf = asOf
    self.release = release
    self.configuration = configuration
    self.baseline = baseline
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

/// Runs rules over a catalogue and passes their findings through the ``FindingPipeline``.
public struct Linter: Sendable {
  public var rules: [any Rule]

  public init(rules: [any Rule] = BuiltinRules.all) {
    self.rules = rules
  }

  public var descriptions: [RuleDescription] { rules.map { $0.description } }

  public func lint(_ catalogue: Catalogue, options: LintOptions = .init(), today: CalendarDate)
    throws(LintError) -> LintResult
  {
    let run = try LintRun(rules, catalogue, options: options, today: today)
    return run.finish(Self.collect(run.enabled, catalogue, run.context), catalogue)
  }

  /// The collect stage: what `rules` find, as they made it. Rules are independent of each
  /// other, so they run on all cores (results in rule order); rules that judge the others'
  /// findings run after them.
  static func collect(_ rules: [any Rule], _ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    let results = Parallel.map(rules.filter { !$0.runsAfterOtherRules }) { rule in
      var context = context
      context.ruleID = rule.description.id
      return rule.check(catalogue, context)
    }
    return collectLater(rules, catalogue, context, after: results)
  }

  /// What the rules that judge the others' findings find, added to those findings (`earlier`,
  /// by rule).
  static func collectLater(
    _ rules: [any Rule], _ catalogue: Catalogue, _ context: RuleContext, after earlier: [[Finding]]
  ) -> [Finding] {
    var findings: [Finding] = []
    findings.reserveCapacity(earlier.reduce(0) { $0 + $1.count })
    for result in earlier { findings += result }
    // The later rules' findings are kept apart until they have all run, so that appending them
    // does not copy the findings the context still holds.
    var context = context
    context.priorFindings = findings
    var later: [Finding] = []
    for rule in rules where rule.runsAfterOtherRules {
      context.ruleID = rule.description.id
      later += rule.check(catalogue, context)
    }
    context.priorFindings = []
    findings += later
    return findings
  }
}
