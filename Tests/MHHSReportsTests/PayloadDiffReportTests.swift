import Foundation
import MHHSCatalogue
import Testing

@testable import MHHSLint
@testable import MHHSReports

/// How the diff reports show a data type change that reaches many interfaces: one entry with
/// the side it breaks and the interfaces grouped by path, not one paragraph per interface.
struct PayloadDiffReportTests {
  /// Twelve interfaces carry S1 → DI-995 → DT-995; DT-995 gains a pattern.
  static func report() throws -> DiffReport {
    let ids = (1...12).map { "IF-" + String(100 + $0) }
    func files(_ type: (String, String)) -> [CatalogueLoader.File] {
      let all = RuleExample.baseFiles.merging(
        PayloadDiffExampleFile.files(type).merging(
          Dictionary(uniqueKeysWithValues: ids.map { PayloadDiffExampleFile.interface($0) })
        ) { _, own in own }
      ) { _, own in own }
      return all.map { CatalogueLoader.File($0.key, $0.value) }
    }
    let old = try CatalogueLoader.load(files: files(PayloadDiffExampleFile.dataType()), directory: "old")
    let new = try CatalogueLoader.load(
      files: files(PayloadDiffExampleFile.dataType(#""maxLength": 200, "pattern": "^S-.+$""#)),
      directory: "new")
    let result = DiffChecker().check(old: old, new: new, asOf: CalendarDate(year: 2024, month: 6, day: 1))
    return DiffReport(
      tool: .init(name: "mhhs", version: "0.1.0", informationURI: "https://example.invalid"), old: "old",
      new: "new", result: result)
  }

  @Test func markdownReadsAsOneEntry() throws {
    let out = DiffMarkdownReporter().render(try Self.report())
    #expect(out.components(separatedBy: "### ").count == 2, "\(out)")
    #expect(out.contains("\nBreaks **senders**: `pattern`.\n"))
    let reaches = "<details><summary>Reaches 14 interfaces via S1 → DI-995 → DT-995</summary>"
    #expect(out.contains(reaches), "\(out)")
    let folded = "- **error** ×14 (`diff/schema-version-not-bumped`): IF-001, IF-002, IF-101"
    #expect(out.contains(folded), "\(out)")
  }

  @Test func textGroupsTheInterfacesAndWrapsLongLists() throws {
    let out = DiffTextReporter().render(try Self.report())
    #expect(out.contains("      breaks senders: `pattern`\n"))
    // 14 interfaces do not fit on the path's line: they wrap below it, none lost.
    #expect(
      out.contains("      reaches 14 interfaces via S1 → DI-995 → DT-995:\n          IF-001, IF-002, IF-101,")
    )
    let lines = out.split(separator: "\n").filter { $0.hasPrefix("          IF-") }
    #expect(lines.allSatisfy { $0.count <= DiffTextReporter.width }, "\(lines)")
    #expect(lines.joined(separator: " ").split(separator: " ").count == 14)
    #expect(out.components(separatedBy: "[diff/schema-version-not-bumped]").count == 15)
  }

  @Test func jsonCarriesReachesAndBreaks() throws {
    let out = DiffJSONReporter().render(try Self.report())
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let changes = try #require(json["changes"] as? [[String: Any]])
    let dt = try #require(changes.first { $0["entity"] as? String == "DT-995" })
    let reaches = try #require(dt["reaches"] as? [[String: Any]])
    #expect(reaches.count == 14)
    let first = try #require(reaches.first)
    #expect(first["interface"] as? String == "IF-001")
    #expect(first["via"] as? [String] == ["S1", "DI-995", "DT-995"])
    let breaks = try #require(dt["breaks"] as? [[String: Any]])
    let sides = breaks.compactMap { $0["side"] as? String }
    #expect(sides == ["senders"])
    let fields = try #require(dt["fields"] as? [[String: Any]])
    #expect(fields.first?["field"] as? String == "pattern")
  }
}
