import MHHSCatalogue
import MHHSLint

/// Words shared by the CI and document formats (SARIF, JUnit, GitHub, Markdown, HTML).
extension Wording {
  /// The title of a lint report.
  public static let reportTitle = "mhhs lint report"

  /// "error", "warning", "info", "hint".
  public static func name(_ severity: Severity) -> String { severity.rawValue }

  /// A column or card heading: "Errors", "Warnings", "Info", "Hints".
  public static func heading(_ severity: Severity) -> String {
    switch severity {
    case .error: "Errors"
    case .warning: "Warnings"
    case .info: "Info"
    case .hint: "Hints"
    }
  }

  /// A column heading for a kind of entity: "Interfaces", "D-flows", "NFRs", "Change requests".
  public static func heading(_ kind: EntityKind) -> String {
    switch kind {
    case .interface: "Interfaces"
    case .dataflow: "D-flows"
    case .nfr: "NFRs"
    case .changeRequest: "Change requests"
    case .release: "Releases"
    case .role: "Roles"
    case .dataType: "Data types"
    case .dataItem: "Data items"
    case .block: "Blocks"
    }
  }

  public static let suppressedHeading = "Suppressed"
  public static let findingsHeading = "Findings"
  public static let suppressedFindingsHeading = "Suppressed findings"
  public static let rulesHeading = "Rules"
  public static let entitiesCheckedHeading = "Entities checked"
  public static let noFindings = "No unsuppressed findings."
  public static let noSuppressedFindings = "No suppressed findings."
  /// The heading of findings about a file that has no readable entity id.
  public static let noEntity = "Files without a readable id"
  /// The name of the passing test case of a rule that found nothing.
  public static let ruleFoundNothing = "no findings"

  /// "23 rules with no findings".
  public static func rulesWithoutFindings(_ n: Int) -> String {
    plural(n, "rule", "rules") + " with no findings"
  }

  /// "catalogue/interfaces/IF-021.json:14:3".
  public static func location(_ finding: Finding) -> String {
    "\(finding.location.file):\(finding.location.line):\(finding.location.column)"
  }

  /// "catalogue/interfaces/IF-021.json:14:3: error: IF-021 has no error-response time [nfr/…]",
  /// the line of the text format.
  public static func line(_ finding: Finding) -> String {
    "\(location(finding)): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]"
  }

  /// "58 interfaces, 12 D-flows, 3 NFRs, 9 change requests".
  public static func entityCounts(_ result: LintResult) -> String {
    countedKinds(result).map { count(result.entityCounts[$0] ?? 0, $0) }.joined(separator: ", ")
  }

  /// "Checked: 58 interfaces, 12 D-flows, 3 NFRs, 9 change requests."
  public static func checked(_ result: LintResult) -> String {
    "Checked: \(entityCounts(result))."
  }

  /// "Catalogue catalogue, release IR7, exemptions judged as of 2024-01-31."
  public static func scope(_ report: Report) -> String {
    let release = report.result.release.map { "release \($0)" } ?? "all releases"
    return "Catalogue \(report.catalogue), \(release), exemptions judged as of \(report.result.asOf)."
  }

  /// "Default severity: error."
  public static func defaultSeverity(_ rule: RuleDescription) -> String {
    "Default severity: \(rule.defaultSeverity.rawValue)."
  }

  /// "Sources: DAG31-03, CR036." or "" when there are none.
  public static func sources(_ rule: RuleDescription) -> String {
    rule.sources.isEmpty ? "" : "Sources: \(rule.sources.joined(separator: ", "))."
  }

  /// "2 findings, 1 suppressed" for a rule or an entity.
  public static func findingCount(active: Int, suppressed: Int) -> String {
    let base = plural(active, "finding", "findings")
    return suppressed == 0 ? base : "\(base), \(suppressed) suppressed"
  }
}
