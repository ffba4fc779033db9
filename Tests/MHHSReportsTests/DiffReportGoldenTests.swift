import Foundation
import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// The diff reports of one fixed pair of catalogues, compared byte for byte with the files in
/// Golden/. Refresh them with `MHHS_UPDATE_GOLDEN=1 swift test --filter DiffReportGoldenTests`.
struct DiffReportGoldenTests {
  static let base: [String: String] = [
    "catalogue.json": #"{ "format": 1, "name": "Golden" }"#,
    "roles.json": #"""
    { "roles": [
      { "id": "SDS", "name": "Smart Data Service" },
      { "id": "SUP", "name": "Supplier" },
      { "id": "LSS", "name": "Load Shaping Service" },
      { "id": "LDSO", "name": "Licensed Distribution System Operator" }
    ] }
    """#,
    "releases.json": #"""
    { "releases": [
      { "id": "M5", "name": "Physical design baseline", "date": "2022-10-31" },
      { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" }
    ] }
    """#,
    "change-requests/CR034.json": #"""
    { "id": "CR034", "title": "Delay to Elexon Level 4 validation response – NFR (1009)", "status": "approved",
      "decision": "DAG-DEC83", "release": "IR7", "affects": ["E2E1009"] }
    """#,
    "change-requests/CR036.json": #"""
    { "id": "CR036", "title": "Use of Clock Midnight for Appointments and Reads", "status": "approved", "release": "IR7" }
    """#,
    "nfrs/E2E1009.json": #"{ "id": "E2E1009", "title": "Validation response time", "responseTime": "PT6S" }"#,
    "dataflows/D0379.json": #"""
    { "id": "D0379", "version": "001", "name": "Half Hourly Advances UTC", "ownership": "MRA",
      "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" } }
    """#,
    "interfaces/IF-021.json": #"""
    {
      "id": "IF-021",
      "name": "UTC Settlement Period Consumption Data",
      "version": "1.0",
      "status": "active",
      "transport": "dip",
      "from": ["SDS"],
      "to": ["LSS", "SUP", "LDSO"],
      "events": ["ActivePower", "ReactivePower"],
      "schemaVersion": "011",
      "responseTimes": { "error": { "within": "PT6S", "nfr": "E2E1009" } },
      "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" } ]
    }
    """#,
    "interfaces/IF-165.json": #"""
    { "id": "IF-165", "name": "P0210 TUoS Reporting", "version": "1.0", "status": "active", "transport": "file",
      "from": ["SDS"], "to": ["SUP"] }
    """#,
  ]

  static let changed: [String: String] = [
    "interfaces/IF-021.json": #"""
    {
      "id": "IF-021",
      "name": "UTC Settlement Period Consumption Data (Active Power)",
      "version": "2.0",
      "status": "active",
      "transport": "dip",
      "from": ["SDS"],
      "to": ["SUP", "LSS", "LDSO"],
      "events": ["ActivePower"],
      "schemaVersion": "012",
      "responseTimes": { "error": { "within": "PT6S", "nfr": "E2E1009" } },
      "history": [
        { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" },
        { "version": "2.0", "release": "IR7", "changes": ["DIN-922", "CR036"], "summary": "Reactive power moved to its own interface | see IF-050" }
      ]
    }
    """#,
    "interfaces/IF-050.json": #"""
    { "id": "IF-050", "name": "Reactive Power Data", "version": "1.0", "status": "active", "transport": "dip",
      "from": ["SDS"], "to": ["SUP"], "events": ["ReactivePower"], "schemaVersion": "001",
      "history": [ { "version": "1.0", "release": "IR7", "changes": ["DIN-922"], "summary": "New interface" } ] }
    """#,
    "interfaces/IF-165.json": "",
    "nfrs/E2E1009.json":
      #"{ "id": "E2E1009", "title": "Validation response time", "responseTime": "PT10S" }"#,
    "dataflows/D0379.json": #"""
    { "id": "D0379", "version": "001", "name": "Half Hourly Advances UTC", "ownership": "MRA",
      "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "removed", "replacedBy": ["IF-021"] } }
    """#,
  ]

  static func report() throws -> DiffReport {
    func load(_ files: [String: String], _ directory: String) throws -> Catalogue {
      try CatalogueLoader.load(
        files: files.filter { !$0.value.isEmpty }.map { CatalogueLoader.File($0.key, $0.value) },
        directory: directory)
    }
    let old = try load(base, "git:IR7:catalogue")
    let new = try load(base.merging(changed) { _, new in new }, "catalogue")
    let result = DiffChecker().check(old: old, new: new, asOf: CalendarDate(year: 2024, month: 2, day: 1))
    return DiffReport(
      tool: .init(name: "mhhs", version: "0.1.0", informationURI: "https://example.invalid"),
      old: "git:IR7:catalogue", new: "catalogue", result: result)
  }

  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent(
      "Golden")

  @Test(
    "diff report matches its golden file",
    arguments: [
      (DiffFormat.markdown, "diff-changelog.md"), (.text, "diff-report.txt"), (.json, "diff-report.json"),
    ])
  func golden(_ format: DiffFormat, _ name: String) throws {
    let rendered = format.reporter.render(try Self.report())
    let url = Self.goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["MHHS_UPDATE_GOLDEN"] == "1" {
      try Data(rendered.utf8).write(to: url)
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(rendered == golden, "\(name) differs; run with MHHS_UPDATE_GOLDEN=1 to refresh it after checking")
  }

  @Test func sameInputSameBytes() throws {
    for format in DiffFormat.allCases {
      #expect(format.reporter.render(try Self.report()) == format.reporter.render(try Self.report()))
    }
  }

  @Test func markdownCitesTheNewHistoryAndEscapesMarkup() throws {
    let text = DiffMarkdownReporter().render(try Self.report())
    #expect(text.contains("Cites **DIN-922**, **CR036** (Use of Clock Midnight for Appointments and Reads)."))
    #expect(text.contains(#"Reactive power moved to its own interface \| see IF-050"#))
    // Values are code spans, so a pattern or a name with Markdown in it reads as written.
    #expect(text.contains("- `events`: removed `ReactivePower`\n"))
    #expect(text.contains("- `schemaVersion`: `011` → `012`\n"))
    #expect(text.contains("## D-flows\n"))
  }
}
