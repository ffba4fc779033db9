import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// Findings' fixes in the JSON report (`fix`) and in SARIF (`fixes`): present exactly on the
/// findings that carry one, and a SARIF replacement changes the file as `mhhs lint --fix` does.
@Suite struct FixReportTests {
  /// A misspelt field after non-ASCII text on its line (columns count code points), a misspelt
  /// enum value, a role in lower case, and a file named after another id.
  static let planted = """
    { "id": "IF-001", "name": "Überprüfung – “quoted”", "respnseTimes": { "acknowledgement": { "within": "PT6S" }, "error": { "within": "PT6S" } },
      "version": "1.0", "status": "activ", "transport": "dip", "from": ["sds"], "to": ["SUP"],
      "timeBasis": "utc", "codeDraftingName": "Example data" }
    """
  static let file = "interfaces/IF-009.json"

  static func report() throws -> Report {
    let files = RuleExample.baseFiles.merging([file: planted]) { _, own in own }
    let catalogue = try CatalogueLoader.load(files: files.map { CatalogueLoader.File($0.key, $0.value) })
    let asOf = CalendarDate(year: 2024, month: 6, day: 1)
    let linter = Linter(rules: BuiltinRules.all)
    let result = try linter.lint(catalogue, options: LintOptions(asOf: asOf), today: asOf)
    return Report(
      tool: .init(name: "mhhs", version: "0.1.0", informationURI: "https://example.org/mhhs"),
      catalogue: "catalogue", result: result, rules: linter.descriptions)
  }

  @Test("the JSON report gives each fix after the finding's other keys, in a fixed order")
  func jsonFix() throws {
    let report = try Self.report()
    let findings = try #require(
      JSONParser.parse(JSONReporter().render(report)).get()["findings"]?.value.elements)
    var fixes: [[String: String]] = []
    for finding in findings {
      let members = try #require(finding.members)
      guard let fix = finding["fix"]?.value else { continue }
      #expect(members.last?.key == "fix")
      let keys = try #require(fix.members).map(\.key)
      #expect(keys == ["title", "kind", "file", "pointer", "from", "to"])
      var values: [String: String] = [:]
      for member in try #require(fix.members) { values[member.key] = member.value.stringValue }
      fixes.append(values)
    }
    let expected: [[String: String]] = [
      ["kind": "renameKey", "pointer": "/respnseTimes", "from": "respnseTimes", "to": "responseTimes"],
      ["kind": "replaceString", "pointer": "/status", "from": "activ", "to": "active"],
      ["kind": "replaceString", "pointer": "/from/0", "from": "sds", "to": "SDS"],
      ["kind": "renameFile", "pointer": "", "from": "IF-009.json", "to": "IF-001.json"],
    ]
    #expect(
      Set(fixes.map { $0.filter { $0.key != "title" && $0.key != "file" } }) == Set(expected), "\(fixes)")
    #expect(fixes.allSatisfy { $0["file"] == "catalogue/" + Self.file && $0["title"]?.isEmpty == false })
    let withFix = report.result.findings.filter { $0.fix != nil }.count
    #expect(withFix == expected.count)
    #expect(findings.count > withFix, "findings without a fix have no `fix` key")
  }

  @Test("SARIF fixes replace exactly the strings --fix rewrites; a file rename has none")
  func sarifFixes() throws {
    let report = try Self.report()
    let sarif = try JSONParser.parse(SARIFReporter().render(report)).get()
    let results = try #require(sarif["runs"]?.value.elements?.first?["results"]?.value.elements)
    #expect(results.count == report.result.findings.count)
    var lines = Self.planted.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array(String($0).unicodeScalars)
    }
    var replacements: [(line: Int, start: Int, end: Int, text: String)] = []
    for (result, finding) in zip(results, report.result.findings) {
      let fixes = result["fixes"]?.value.elements
      switch finding.fix?.edit {
      case nil, .renameFile?:
        #expect(fixes == nil, "\(finding.ruleID): \(finding.message)")
      case .renameKey?, .replaceString?:
        let fix = try #require(fixes?.first)
        #expect(fixes?.count == 1)
        #expect(fix["description"]?.value["text"]?.value.stringValue == finding.fix?.title)
        let change = try #require(fix["artifactChanges"]?.value.elements?.first)
        #expect(change["artifactLocation"]?.value["uri"]?.value.stringValue == "catalogue/" + Self.file)
        let replacement = try #require(change["replacements"]?.value.elements?.first)
        let region = try #require(replacement["deletedRegion"]?.value)
        func int(_ key: String) throws -> Int {
          guard case .number(let text) = try #require(region[key]?.value.storage) else { return -1 }
          return try #require(Int(text))
        }
        #expect(try int("startLine") == int("endLine"))
        let text = try #require(replacement["insertedContent"]?.value["text"]?.value.stringValue)
        replacements.append((try int("startLine"), try int("startColumn"), try int("endColumn"), text))
      }
    }
    #expect(replacements.count == 3)
    // Applied from the end of each line, so that earlier columns still hold.
    for r in replacements.sorted(by: { ($0.line, $0.start) > ($1.line, $1.start) }) {
      lines[r.line - 1].replaceSubrange((r.start - 1)..<(r.end - 1), with: r.text.unicodeScalars)
    }
    let applied = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    let edits = report.result.findings.compactMap(\.fix?.edit)
    let expected = try JSONTextEdits.apply(edits, to: Array(Self.planted.utf8)).get()
    #expect(applied == String(decoding: expected, as: UTF8.self))
    #expect(applied.contains(#""responseTimes": {"#) && applied.contains(#""status": "active""#))
  }
}
