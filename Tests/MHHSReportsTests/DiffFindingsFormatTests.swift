import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// `mhhs diff --format github|sarif|junit|codeclimate`: the diff's findings through the lint
/// reporters, placed in the new catalogue's files.
@Suite struct DiffFindingsFormatTests {
  static let findingsFormats: [(DiffFormat, ReportFormat)] = [
    (.github, .github), (.sarif, .sarif), (.junit, .junit), (.codeclimate, .codeclimate),
  ]

  func report() throws -> DiffReport {
    var report = try DiffReportGoldenTests.report()
    report.rules = DiffChecker().descriptions
    return report
  }

  @Test(arguments: findingsFormats)
  func aFindingsFormatIsTheLintReporterOnTheDiffsFindings(_ diff: DiffFormat, _ lint: ReportFormat) throws {
    let report = try report()
    let rendered = diff.reporter.render(report)
    #expect(rendered == lint.reporter.render(Report(findingsOf: report)))
    #expect(rendered == diff.reporter.render(report), "the same diff gives the same bytes")
    #expect(rendered.utf8.elementsEqual(diff.reporter.renderBytes(report)))
  }

  @Test func everyDiffFormatHasAReporter() {
    #expect(
      DiffFormat.allCases.map(\.rawValue) == [
        "text", "json", "markdown", "github", "sarif", "junit", "codeclimate",
      ])
  }

  @Test func findingsInTheOldCatalogueArePlacedWhereTheFileWasInTheNewOne() throws {
    let report = try report()
    let removed = try #require(
      report.result.findings.first { $0.location.file.hasPrefix("git:IR7:catalogue/") },
      "the fixture removes an interface")
    let converted = Report(findingsOf: report)
    #expect(converted.result.findings.count == report.result.findings.count)
    #expect(converted.result.findings.allSatisfy { $0.location.file.hasPrefix("catalogue/") })
    let moved = try #require(converted.result.findings.first { $0.fingerprint == removed.fingerprint })
    #expect(moved.location.file == "catalogue/" + removed.location.file.dropFirst("git:IR7:catalogue/".count))
    #expect(moved.location.position == removed.location.position)
    #expect(converted.command == "diff git:IR7:catalogue catalogue")
    #expect(converted.rules.map(\.id) == DiffChecker().descriptions.map(\.id))
  }

  @Test func githubAnnotatesTheNewCataloguesFiles() throws {
    let report = try report()
    let lines = DiffFormat.github.reporter.render(report).split(separator: "\n")
    #expect(lines.count == report.activeFindings.count)
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(line.hasPrefix("::error file=catalogue/") || line.hasPrefix("::warning file=catalogue/"))
    }
  }

  @Test func sarifListsTheDiffRulesAndIndexesEveryResult() throws {
    let report = try report()
    let log = try JSONParser.parse(DiffFormat.sarif.reporter.render(report)).get()
    let run = try #require(log["runs"]?.value.elements?.first)
    let rules = try #require(run["tool"]?.value["driver"]?.value["rules"]?.value.elements)
    let ids = rules.compactMap { $0["id"]?.value.stringValue }
    #expect(Array(ids.prefix(report.rules.count)) == report.rules.map(\.id))
    let results = try #require(run["results"]?.value.elements)
    #expect(results.count == report.result.findings.count)
    for result in results {
      let id = try #require(result["ruleId"]?.value.stringValue)
      guard case .number(let text) = try #require(result["ruleIndex"]?.value.storage), let index = Int(text)
      else {
        Issue.record("ruleIndex is not an integer")
        continue
      }
      #expect(ids.indices.contains(index) && ids[index] == id)
      let uri = result["locations"]?.value.elements?.first?["physicalLocation"]?.value["artifactLocation"]?
        .value[
          "uri"]?.value.stringValue
      #expect(uri?.hasPrefix("catalogue/") == true, "\(uri ?? "no uri")")
    }
  }

  @Test func junitNamesTheDiffAndCountsItsFindings() throws {
    let report = try report()
    let xml = DiffFormat.junit.reporter.render(report)
    #expect(xml.contains("<testsuites name=\"mhhs diff git:IR7:catalogue catalogue\""))
    let failures = report.activeFindings.count
    #expect(xml.contains("failures=\"\(failures)\""))
    for rule in report.rules { #expect(xml.contains("<testsuite name=\"\(rule.id)\"")) }
  }
}
