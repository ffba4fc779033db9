import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// GitLab's Code Quality report: the documented shape, the severity mapping and fingerprints
/// that GitLab can tell apart. (The byte-stable output is ``GoldenTests``' `report.codeclimate`.)
@Suite struct CodeClimateReporterTests {
  static let gitLabSeverities = ["info", "minor", "major", "critical", "blocker"]

  func issues(_ report: Report) throws -> [JSONValue] {
    let parsed = try JSONParser.parse(CodeClimateReporter().render(report)).get()
    return try #require(parsed.elements, "the report is a JSON array")
  }

  @Test func everyUnsuppressedFindingIsAnIssueOfTheDocumentedShape() throws {
    let report = try ReportFixture.report()
    let issues = try issues(report)
    #expect(issues.count == report.activeFindings.count)
    #expect(report.result.findings.count > report.activeFindings.count, "the fixture has suppressed findings")
    for (issue, finding) in zip(issues, report.activeFindings) {
      let keys = Set(try #require(issue.members).map(\.key))
      #expect(keys == ["type", "description", "check_name", "fingerprint", "severity", "location"])
      #expect(issue["type"]?.value.stringValue == "issue")
      #expect(issue["description"]?.value.stringValue == finding.message)
      #expect(issue["check_name"]?.value.stringValue == finding.ruleID)
      #expect(issue["fingerprint"]?.value.stringValue == finding.fingerprint)
      #expect(issue["severity"]?.value.stringValue == CodeClimateReporter.severity(finding.severity))
      let location = try #require(issue["location"]?.value)
      #expect(location["path"]?.value.stringValue == finding.location.file)
      #expect(location["lines"]?.value["begin"]?.value.plain == .int(max(1, finding.location.line)))
    }
  }

  @Test func severitiesMapOntoGitLabsScaleInOrder() {
    let mapped = Severity.allCases.map(CodeClimateReporter.severity)
    #expect(mapped == ["critical", "major", "minor", "info"])
    let ranks = mapped.map { Self.gitLabSeverities.firstIndex(of: $0) ?? -1 }
    #expect(!ranks.contains(-1))
    #expect(ranks == ranks.sorted(by: >), "a more severe finding is never ranked lower")
  }

  @Test func findingsSharingAFingerprintGetDistinctOnes() throws {
    var report = try ReportFixture.report()
    let first = try #require(report.activeFindings.first)
    var twin = first
    twin.message += " (again)"
    report.result.findings = [first, twin, first]
    let fingerprints = try issues(report).map { $0["fingerprint"]?.value.stringValue }
    #expect(fingerprints == [first.fingerprint, first.fingerprint + "-2", first.fingerprint + "-3"])
  }

  @Test func pathsAreRelativeWithForwardSlashes() throws {
    var report = try ReportFixture.report()
    var finding = try #require(report.activeFindings.first)
    finding.location.file = "./catalogue\\interfaces/IF-021.json"
    finding.location.position = Position(line: 0, column: 0)
    report.result.findings = [finding]
    let issue = try #require(try issues(report).first)
    #expect(issue["location"]?.value["path"]?.value.stringValue == "catalogue/interfaces/IF-021.json")
    #expect(issue["location"]?.value["lines"]?.value["begin"]?.value.plain == .int(1))
  }

  @Test func escapingKeepsTheReportJSON() throws {
    let report = ReportFixture.hostileReport()
    let issue = try #require(try issues(report).first)
    #expect(issue["description"]?.value.stringValue == report.activeFindings.first?.message)
    #expect(issue["location"]?.value["path"]?.value.stringValue == "catalogue/interfaces/IF ä,b:c%.json")
  }

  @Test func noFindingsIsAnEmptyArray() throws {
    var report = try ReportFixture.report()
    report.result.findings = []
    #expect(CodeClimateReporter().render(report) == "[]\n")
  }
}
