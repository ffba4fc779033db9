import Foundation
import MHHSLint
import Testing

@testable import MHHSReports

/// Every format's report of ``ReportFixture``, compared byte for byte with
/// `Golden/report.<format>`. Set `MHHS_UPDATE_GOLDEN=1` to rewrite the golden files.
@Suite struct GoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  @Test("golden report", arguments: ReportFormat.allCases)
  func golden(_ format: ReportFormat) throws {
    let rendered = format.reporter.render(try ReportFixture.report())
    let url = Self.directory.appendingPathComponent("report.\(format.rawValue)")
    if ProcessInfo.processInfo.environment["MHHS_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try Data(rendered.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      rendered == expected, "\(url.lastPathComponent) differs; rerun with MHHS_UPDATE_GOLDEN=1 if intended")
  }

  @Test func fixtureCoversEverySeverityAndBothSuppressions() throws {
    let result = try ReportFixture.result()
    for severity in Severity.allCases {
      #expect(result.count(severity) > 0, "no unsuppressed \(severity) finding")
    }
    #expect(result.findings.contains { $0.suppression?.kind == .exemption })
    #expect(result.findings.contains { $0.suppression?.kind == .baseline })
    #expect(
      result.findings.contains {
        $0.ruleID == Baseline.staleEntryRule.id && $0.location.file == "baseline.json"
      })
  }

  @Test func sameInputSameBytes() throws {
    for format in ReportFormat.allCases {
      #expect(
        format.reporter.render(try ReportFixture.report())
          == format.reporter.render(try ReportFixture.report()))
    }
  }
}
