import MHHSCatalogue

/// A check over a pair of catalogues (old, new) and the differences between them, for `mhhs diff`.
public protocol DiffRule: Sendable {
  static var description: RuleDescription { get }
  func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding]
}

extension DiffRule {
  public var description: RuleDescription { Self.description }
}

/// The built-in diff rules.
public enum DiffRules {
  public static let all: [any DiffRule] = [
    VersionNotBumpedRule(), MissingHistoryRule(), HistoryWithoutReferenceRule(), BreakingChangeRule(),
    VersionDecreasedRule(), SchemaVersionNotBumpedRule(), PayloadBreakingChangeRule(),
  ]
}

/// What a diff rule may know: the two catalogues and the rule it is running as.
public struct DiffContext: Sendable {
  public var ruleID: String
  public var old: Catalogue
  public var new: Catalogue

  public init(ruleID: String, old: Catalogue, new: Catalogue) {
    self.ruleID = ruleID
    self.old = old
    self.new = new
  }

  /// A finding about `change` at `location` (default: the entity in the new catalogue, or in the
  /// old one for a removal). Severity and fingerprint are set by the ``FindingPipeline``.
  public func finding(_ message: String, _ change: EntityChange, at location: SourceLocation? = nil)
    -> Finding
  {
    Finding(
      ruleID: ruleID, severity: .error, message: message, entityID: change.id,
      location: location ?? change.location)
  }

  /// A finding at a field of the new entity (`/version`), or at the entity when it has no such field.
  public func finding(_ message: String, _ change: EntityChange, atNewField pointer: String) -> Finding {
    guard let origin = change.newOrigin else { return finding(message, change) }
    let field = newEntity(change).flatMap { e in EntityFields.fields(of: e).first { $0.pointer == pointer } }
    return finding(message, change, at: field.map { origin.location($0.position, pointer) })
  }

  public func newEntity(_ change: EntityChange) -> (any Entity)? {
    EntityFields.entities(of: change.kind, in: new).first { $0.id.value == change.id }
  }

  public func newVersioned(_ change: EntityChange) -> (any Versioned)? {
    switch change.kind {
    case .interface: new.interface(change.id)
    case .dataflow: new.dataflow(change.id)
    default: nil
    }
  }
}

/// The outcome of `mhhs diff`: the differences and what the diff rules found in them.
public struct DiffResult: FindingResult {
  public var diff: CatalogueDiff
  /// Every finding, suppressed ones included, in report order.
  public var findings: [Finding]
  /// The date exemptions were judged against.
  public var asOf: CalendarDate

  public init(diff: CatalogueDiff, findings: [Finding], asOf: CalendarDate) {
    self.diff = diff
    self.findings = findings
    self.asOf = asOf
  }
}

/// Compares two catalogues, runs the diff rules over the differences and passes their findings
/// through the ``FindingPipeline``.
public struct DiffChecker: Sendable {
  public var rules: [any DiffRule]

  public init(rules: [any DiffRule] = DiffRules.all) {
    self.rules = rules
  }

  public var descriptions: [RuleDescription] { rules.map { type(of: $0).description } }

  /// Problems that hide entities from the comparison — a file that is not JSON, an id declared
  /// twice — are findings too, with the ids `mhhs lint` uses: errors in the new catalogue,
  /// warnings in the old one (history). Schema problems are left to `mhhs lint`. The ruleset's
  /// `configuration` and exemptions apply to the diff rules; the baseline to every finding.
  public func check(
    old: Catalogue, new: Catalogue, asOf: CalendarDate, configuration: RuleConfiguration = .init(),
    baseline: BaselineFile? = nil
  ) -> DiffResult {
    let diff = CatalogueDiff(old: old, new: new)
    let enabled = rules.filter { configuration.isEnabled(type(of: $0).description) }
    let removed = Set(diff.changes.filter { $0.change == .removed }.map(\.id))
    let pipeline = FindingPipeline(
      settings: FindingSettings(
        rules: Dictionary(
          uniqueKeysWithValues: enabled.map { (type(of: $0).description.id, type(of: $0).description) }),
        configuration: configuration),
      cataloguePrefixes: [new, old].map { CatalogueLoader.displayPath($0.directory, "") },
      exemptions: ExemptionIndex(
        old: old, new: new, removed: removed, rules: Set(enabled.map { type(of: $0).description.id }),
        asOf: asOf),
      baseline: baseline,
      knownRules: Set(BuiltinRules.allDescriptions.map(\.id) + configuration.rules.keys))
    return DiffResult(
      diff: diff, findings: pipeline.run(Self.collect(enabled, diff, old: old, new: new)), asOf: asOf)
  }

  /// The collect stage: what `rules` find in `diff`, then the problems that hide entities.
  static func collect(_ rules: [any DiffRule], _ diff: CatalogueDiff, old: Catalogue, new: Catalogue)
    -> [Finding]
  {
    var findings: [Finding] = []
    for rule in rules {
      findings += rule.check(diff, DiffContext(ruleID: type(of: rule).description.id, old: old, new: new))
    }
    findings += issueFindings(new, prefix: "", severity: .error)
    findings += issueFindings(old, prefix: "in the old catalogue: ", severity: .warning)
    return findings
  }

  static func issueFindings(_ catalogue: Catalogue, prefix: String, severity: Severity) -> [Finding] {
    catalogue.issues.filter { $0.kind != .schema }.map { issue in
      Finding(
        ruleID: issue.kind.rawValue, severity: severity, message: prefix + issue.message,
        entityID: issue.entityID, location: issue.location)
    }
  }
}

extension RuleExample {
  /// A diff rule example that fires on `entity` when `old` becomes `new`.
  public static func triggers(
    _ entity: String, _ title: String, old: [String: String], new: [String: String]
  ) -> RuleExample {
    var example = RuleExample(.triggers(entity: entity), title, files: new)
    example.old = old
    return example
  }

  /// A diff rule example that does not fire when `old` becomes `new`.
  public static func passes(_ title: String, old: [String: String], new: [String: String]) -> RuleExample {
    var example = RuleExample(.passes, title, files: new)
    example.old = old
    return example
  }

  /// The old catalogue's files over the base files, for diff examples.
  public var oldCatalogueFiles: [CatalogueLoader.File] {
    RuleExample.baseFiles.merging(old ?? [:]) { _, own in own }.map { CatalogueLoader.File($0.key, $0.value) }
  }
}
