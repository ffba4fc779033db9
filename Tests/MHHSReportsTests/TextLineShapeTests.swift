import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// The text reporter's line shape and summary, on a hand-made result.
@Suite struct TextLineShapeTests {
  static func report(quiet: FailThreshold? = nil) -> Report {
    let location = SourceLocation(
      file: "catalogue/interfaces/IF-021.json", position: Position(line: 14, column: 3),
      pointer: "/responseTimes")
    let findings = [
      Finding(
        ruleID: "nfr/missing-error-response-time", severity: .error,
        message: "IF-021 has no error-response time",
        entityID: "IF-021", location: location),
      Finding(
        ruleID: "time/missing-time-basis", severity: .warning, message: "IF-021 has no time basis",
        entityID: "IF-021", location: location),
      Finding(
        ruleID: "nfr/missing-response-times", severity: .warning, message: "suppressed one",
        entityID: "IF-021",
        location: location,
        suppression: Suppression(kind: .exemption, reason: "volumes", decision: "DAG31-03")),
    ]
    let result = LintResult(
      findings: findings, entityCounts: [.interface: 1, .dataflow: 2, .nfr: 1, .changeRequest: 0],
      release: nil,
      asOf: CalendarDate(year: 2024, month: 1, day: 1))
    return Report(
      tool: .init(name: "mhhs", version: "0.1.0", informationURI: "https://example.org"),
      catalogue: "catalogue",
      result: result, rules: [], quietThreshold: quiet)
  }

  @Test func linesAndSummary() {
    #expect(
      TextReporter(colour: false).render(Self.report()) == """
        catalogue/interfaces/IF-021.json:14:3: error: IF-021 has no error-response time [nfr/missing-error-response-time]
        catalogue/interfaces/IF-021.json:14:3: warning: IF-021 has no time basis [time/missing-time-basis]
        1 error, 1 warning, 0 info, 1 suppressed (1 interface, 2 D-flows, 1 NFR, 0 change requests)

        """)
  }

  @Test func quietKeepsOnlyFindingsAtTheThreshold() {
    let text = TextReporter(colour: false).render(Self.report(quiet: .severity(.error)))
    #expect(!text.contains("warning: IF-021"))
    #expect(text.contains("error: IF-021"))
    #expect(
      text.hasSuffix(
        "1 error, 1 warning, 0 info, 1 suppressed (1 interface, 2 D-flows, 1 NFR, 0 change requests)\n"))
  }

  @Test func messagesStayOnOneLine() {
    var report = Self.report()
    report.result.findings[0].message = "unknown field `a\ncatalogue/x.json:1:1: error: fake [r/x]\t\u{1}`"
    let text = TextReporter(colour: false).render(report)
    #expect(text.split(separator: "\n").count == 3)
    #expect(text.contains(#"unknown field `a\ncatalogue/x.json:1:1: error: fake [r/x]\t\u0001` [nfr/"#))
    #expect(TextEscaping.line("plain – text") == "plain – text")
    #expect(TextEscaping.line("a\u{2028}b\rc") == #"a\u2028b\rc"#)
  }
}
