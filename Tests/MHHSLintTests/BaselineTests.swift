import MHHSCatalogue
import Testing

@testable import MHHSLint

@Suite struct BaselineTests {
  static let asOf = CalendarDate(year: 2024, month: 6, day: 1)

  static func lint(_ files: [String: String], baseline: BaselineFile? = nil) throws -> LintResult {
    let catalogue = try CatalogueLoader.load(
      files: RuleExample.baseFiles.merging(files) { _, own in own }.map {
        CatalogueLoader.File($0.key, $0.value)
      })
    return try Linter().lint(catalogue, options: LintOptions(asOf: asOf, baseline: baseline), today: asOf)
  }

  static let gap = ExampleFile.files(
    ExampleFile.interface("IF-021", #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#))

  @Test func recordsUnsuppressedFindingsSortedAndOnce() throws {
    let result = try Self.lint(Self.gap)
    let baseline = Baseline(recording: result)
    #expect(
      baseline.entries.count == Set(result.findings.filter { !$0.isSuppressed }.map(\.fingerprint)).count)
    #expect(baseline.entries.map(\.rule) == baseline.entries.map(\.rule).sorted())
    #expect(
      baseline.entries.contains { $0.rule == "nfr/missing-error-response-time" && $0.entity == "IF-021" })
  }

  @Test func writesAndReadsBackTheSameBaseline() throws {
    let baseline = Baseline(recording: try Self.lint(Self.gap))
    let text = baseline.json.render()
    let read = try Baseline.parse(Array(text.utf8)).get()
    #expect(read == baseline)
    #expect(read.entries.allSatisfy { $0.position?.column == 5 })
  }

  @Test func suppressesMatchesAndReportsStaleEntriesAtTheirPosition() throws {
    let result = try Self.lint(Self.gap)
    var baseline = Baseline(recording: result)
    baseline.entries.append(
      .init(
        rule: "nfr/missing-error-response-time", entity: "IF-999", pointer: "/a",
        fingerprint: "ffffffffffffffff",
        position: Position(line: 40, column: 5)))
    baseline.entries.append(
      .init(
        rule: "nfr/missing-error-response-time", entity: "IF-999", pointer: "/a",
        fingerprint: "ffffffffffffffff",
        position: Position(line: 46, column: 5)))
    let applied = try Self.lint(Self.gap, baseline: BaselineFile(baseline, path: "base.json"))
    let others = applied.findings.filter { $0.ruleID != Baseline.staleEntryRule.id }
    #expect(others.allSatisfy { $0.isSuppressed })
    #expect(applied.findings.contains { $0.suppression?.kind == .baseline })
    let stale = applied.findings.filter { $0.ruleID == Baseline.staleEntryRule.id }
    #expect(stale.count == 1, "reported once")
    #expect(
      stale.first?.location
        == SourceLocation(
          file: "base.json", position: Position(line: 40, column: 5),
          pointer: "/findings/\(baseline.entries.count - 2)"))
    #expect(stale.first?.severity == .info)
    #expect(stale.first?.isSuppressed == false)
    #expect(applied.count(.info) == 1)
  }

  @Test func newFindingsStayUnsuppressed() throws {
    let baseline = Baseline(recording: try Self.lint(Self.gap))
    let more = Self.gap.merging(
      ExampleFile.files(
        ExampleFile.interface("IF-022", #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#))
    ) { _, b in b }
    let applied = try Self.lint(more, baseline: BaselineFile(baseline, path: "b.json"))
    #expect(
      applied.findings.contains { $0.entityID == "IF-022" && !$0.isSuppressed && $0.severity == .error })
    #expect(applied.fails(at: .severity(.error)))
    #expect(!applied.findings.contains { $0.ruleID == Baseline.staleEntryRule.id })
  }

  @Test func entriesForRulesThatDidNotRunAreNotStale() throws {
    let result = try Self.lint([:])
    let baseline = Baseline(entries: [
      .init(rule: "nfr/missing-error-response-time", entity: "IF-021", pointer: "", fingerprint: "1")
    ])
    #expect(
      baseline.apply(to: result.findings, file: "b", scope: .init(ranRules: [])).count
        == result.findings.count)
    #expect(
      baseline.apply(to: result.findings, file: "b", scope: .init(skippedEntities: ["IF-021"])).count
        == result.findings.count)
    #expect(baseline.apply(to: result.findings, file: "b").count == result.findings.count + 1)
  }

  @Test func entriesForRulesThatDoNotExistAreStaleAndSaySo() throws {
    let catalogue = try CatalogueLoader.load(
      files: RuleExample.baseFiles.map { CatalogueLoader.File($0.key, $0.value) })
    var options = LintOptions(
      asOf: Self.asOf, configuration: RuleConfiguration(rules: ["design/dtn-outlier": .off]))
    let baseline = Baseline(entries: [
      .init(
        rule: "nfr/missing-respons-times", entity: "IF-021", pointer: "", fingerprint: "1",
        position: Position(line: 3, column: 5)),
      .init(rule: "design/dtn-outlier", entity: "IF-021", pointer: "", fingerprint: "2"),
      .init(rule: Baseline.staleEntryRule.id, entity: nil, pointer: "", fingerprint: "3"),
    ])
    options.baseline = BaselineFile(baseline, path: "b.json")
    let applied = try Linter().lint(catalogue, options: options, today: Self.asOf)
    let stale = applied.findings.filter { $0.ruleID == Baseline.staleEntryRule.id }
    #expect(
      stale.map(\.message).sorted() == [
        "baseline entry for baseline/stale-entry matches no finding; remove it from the baseline (or rewrite it with --write-baseline)",
        "baseline entry for nfr/missing-respons-times on IF-021 names a rule that does not exist (none is built in or defined by the ruleset; did you mean `nfr/missing-response-times`?); remove it from the baseline (or rewrite it with --write-baseline)",
      ])
    #expect(
      stale.contains { $0.location.position == Position(line: 3, column: 5) && $0.entityID == "IF-021" })
  }

  /// A file that has not shown `"format": 1` is not quoted back: `--baseline` may name any file.
  @Test(arguments: [
    "Zq:$6$secret:19000\n", #"{ "Zqtoken": "x" }"#, #"{ "format": "Zq" }"#, #"{ "Zq": 1, "Zq": 2 }"#,
    "[ \u{7F}Zq ]",
  ])
  func aFileThatIsNotABaselineIsNotQuoted(_ text: String) {
    switch Baseline.parse(Array(text.utf8)) {
    case .success: Issue.record("accepted \(text)")
    case .failure(let error):
      #expect(!error.message.contains("Z") && !error.message.contains("7F"), "\(error.message)")
    }
  }

  @Test(arguments: [
    ("", 1, 1),
    ("{}", 1, 1),
    (#"{ "format": "1", "findings": [] }"#, 1, 13),
    (#"{ "format": 1, "findings": {} }"#, 1, 28),
    (#"{ "format": 1, "findings": [ { "rule": 1, "pointer": "", "fingerprint": "a" } ] }"#, 1, 40),
    (#"{ "format": 1, "findings": [ { "rule": "r", "pointer": "", "fingerprint": "" } ] }"#, 1, 75),
    (
      "{ \"format\": 1,\n \"findings\": [\n  { \"rule\": \"r\", \"pointer\": \"\", \"fingerprint\": \"a\", \"extra\": 1 } ] }",
      3, 53
    ),
  ])
  func invalidBaselinesSayWhere(_ text: String, _ line: Int, _ column: Int) {
    switch Baseline.parse(Array(text.utf8)) {
    case .success: Issue.record("accepted \(text)")
    case .failure(let error):
      #expect(error.position == Position(line: line, column: column), "\(error.message)")
    }
  }
}
