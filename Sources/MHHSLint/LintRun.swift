import MHHSCatalogue

/// One lint of one catalogue, set up: the rules that run, the context they run in and the
/// pipeline their findings go through. ``Linter`` and ``IncrementalLinter`` differ only in
/// which rules they run again.
struct LintRun {
  /// The rules the configuration enables, in rule order.
  var enabled: [any Rule]
  var context: RuleContext
  var pipeline: FindingPipeline
  var scope: ReleaseScope
  var excluded: Set<String>

  init(_ rules: [any Rule], _ catalogue: Catalogue, options: LintOptions, today: CalendarDate)
    throws(LintError)
  {
    scope = ReleaseScope.wholeCatalogue
    var asOf = options.asOf ?? today
    if let id = options.release {
      guard let releaseScope = ReleaseScope(id, in: catalogue) else {
        throw .unknownRelease(id, known: catalogue.releases.map(\.id.value))
      }
      scope = releaseScope
      if options.asOf == nil {
        guard let date = catalogue.release(id)?.date?.value else { throw .undatedRelease(id) }
        asOf = date
      }
    }
    enabled = rules.filter { options.configuration.isEnabled($0.description) }
    context = RuleContext(ruleID: "", asOf: asOf, scope: scope)
    context.enabledRuleIDs = Set(enabled.map { $0.description.id })
    // Exemptions may also name diff rules (an approved breaking change), which lint does not run.
    context.knownRuleIDs = Set(rules.map { $0.description.id } + BuiltinRules.otherDescriptions.map(\.id))

    excluded = scope.excludedInterfaces(of: catalogue)
    pipeline = FindingPipeline(
      settings: FindingSettings(
        rules: Dictionary(uniqueKeysWithValues: enabled.map { ($0.description.id, $0.description) }),
        configuration: options.configuration, excludedEntities: excluded),
      cataloguePrefixes: [CatalogueLoader.displayPath(catalogue.directory, "")],
      exemptions: ExemptionIndex(catalogue, asOf: asOf), baseline: options.baseline,
      knownRules: context.knownRuleIDs)
  }

  /// The result of the run, from what the rules found.
  func finish(_ collected: [Finding], _ catalogue: Catalogue) -> LintResult {
    let findings = pipeline.run(collected)
    var counts: [EntityKind: Int] = [:]
    for kind in EntityKind.allCases { counts[kind] = catalogue.count(of: kind) }
    counts[.interface] = catalogue.interfaces.count - excluded.count
    return LintResult(
      findings: findings, entityCounts: counts, release: scope.release?.id, asOf: context.asOf)
  }
}
