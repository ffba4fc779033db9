import Foundation
import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// A small catalogue whose report has findings of every severity, one suppressed by an
/// exemption, one by a baseline, and one stale baseline entry. Dates are fixed, so the reports
/// are byte-stable.
enum ReportFixture {
  static let asOf = CalendarDate(year: 2024, month: 6, day: 1)
  static let baselineFile = "baseline.json"

  static let files: [String: String] = RuleExample.baseFiles.merging([
    "interfaces/IF-021.json": """
    {
      "id": "IF-021",
      "name": "UTC Settlement Period Consumption Data",
      "version": "1.0",
      "status": "active",
      "transport": "dip",
      "from": ["SDS"],
      "to": ["SUP"],
      "responseTimes": { "acknowledgement": { "within": "PT6S" } },
      "codeDraftingName": "UTC Period Level Consumption Data"
    }
    """,
    "interfaces/IF-031.json": """
    {
      "id": "IF-031",
      "name": "Consumption Data for Settlement – Überprüfung",
      "version": "1.0",
      "status": "active",
      "transport": "file",
      "from": ["SDS"],
      "to": ["SUP"],
      "responseTimes": { "acknowledgement": { "within": "PT30M" } },
      "codeDraftingName": "Consumption Data"
    }
    """,
    "interfaces/IF-165.json": """
    {
      "id": "IF-165",
      "name": "Meter Technical Details",
      "version": "1.0",
      "status": "active",
      "transport": "file",
      "from": ["SDS"],
      "to": ["SUP"],
      "timeBasis": "utc",
      "exemptions": [
        { "rule": "nfr/missing-response-times", "reason": "volumes too low to measure; see \\"DAG-DEC83\\" & <notes>", "decision": "DAG-DEC83" }
      ]
    }
    """,
  ]) { _, own in own }

  /// IF-165's missing code-drafting name is a hint here, so every severity appears.
  static let configuration = RuleConfiguration(
    overrides: [.init(entities: ["IF-165"], rules: ["term/missing-code-drafting-name": .severity(.hint)])])

  /// The rules the fixture runs: the ones it triggers and two that find nothing, so rules
  /// added to the built-in set elsewhere do not change the golden files.
  static let ruleIDs: Set<String> = [
    "catalogue/invalid-json", "catalogue/schema", "nfr/missing-error-response-time",
    "nfr/missing-response-times",
    "time/missing-time-basis", "term/missing-code-drafting-name",
  ]

  static var linter: Linter { Linter(rules: BuiltinRules.all.filter { ruleIDs.contains($0.description.id) }) }

  static func result() throws -> LintResult {
    let catalogue = try CatalogueLoader.load(files: files.map { CatalogueLoader.File($0.key, $0.value) })
    let plain = try linter.lint(
      catalogue, options: LintOptions(asOf: asOf, configuration: configuration), today: asOf)
    let timeBasis = try #require(plain.findings.first { $0.ruleID == "time/missing-time-basis" })
    let baseline = Baseline(entries: [
      Baseline.Entry(
        rule: timeBasis.ruleID, entity: timeBasis.entityID, pointer: timeBasis.location.pointer,
        fingerprint: timeBasis.fingerprint, position: Position(line: 4, column: 5)),
      Baseline.Entry(
        rule: "nfr/missing-error-response-time", entity: "IF-099", pointer: "/responseTimes",
        fingerprint: "0123456789abcdef", position: Position(line: 10, column: 5)),
    ])
    return try linter.lint(
      catalogue,
      options: LintOptions(
        asOf: asOf, configuration: configuration, baseline: BaselineFile(baseline, path: baselineFile)),
      today: asOf)
  }

  static func report() throws -> Report {
    Report(
      tool: .init(
        name: "mhhs", version: "0.1.0", informationURI: "https://github.com/mhhs-catalogue/mhhs-catalogue"),
      catalogue: "catalogue", result: try result(),
      rules: linter.descriptions + [Baseline.staleEntryRule])
  }

  /// A report with one finding whose every text needs escaping in some format.
  static func hostileReport(suppressed: Bool = false) -> Report {
    let message =
      "IF-ÄÖ \"quoted\" <b>bold</b> & 'single' 100% done: a, b\nsecond line\r\u{1}end | *x* _y_ `z` [l](u)"
    let finding = Finding(
      ruleID: "local/odd-rule", severity: .error, message: message, entityID: "IF-Ω<&>",
      location: SourceLocation(
        file: "catalogue/interfaces/IF ä,b:c%.json", position: Position(line: 3, column: 7), pointer: "/name"),
      fingerprint: "00000000000000aa",
      suppression: suppressed
        ? Suppression(kind: .exemption, reason: "because \"x\" < y & z\n%: ,", decision: "DAG<1>") : nil)
    let rule = RuleDescription(
      id: "local/odd-rule", summary: "Summary with <tags> & \"quotes\" | pipe",
      rationale: "Rationale: 50% of <script>alert(1)</script>", sources: ["CR<1>"], defaultSeverity: .warning,
      examples: [])
    return Report(
      tool: .init(name: "mhhs", version: "0.1.0", informationURI: "https://example.org/mhhs"),
      catalogue: "cat <&>",
      result: LintResult(findings: [finding], entityCounts: [.interface: 1], release: nil, asOf: asOf),
      rules: [rule])
  }
}
