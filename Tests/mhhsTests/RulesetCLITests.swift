import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `mhhs lint --ruleset`, `mhhs rules` and `mhhs explain`, run as a user would, on the fixture
/// project in Fixtures/rulesets (a catalogue with rules/ beside it).
@Suite struct RulesetCLITests {
  static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/rulesets")

  static func run(_ arguments: [String]) throws -> MHHSBinary.Output {
    try MHHSBinary.run(arguments, in: project)
  }

  /// `rule entity severity` for each finding line of a text report.
  static func findings(_ stdout: String) -> Set<String> {
    Set(
      stdout.split(separator: "\n").compactMap { line -> String? in
        guard let open = line.lastIndex(of: "["), line.hasSuffix("]") else { return nil }
        let rule = line[line.index(after: open)..<line.index(before: line.endIndex)]
        let parts = line.split(separator: ": ", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        let entity = parts[2].split(separator: " ").first ?? ""
        return "\(rule) \(entity) \(parts[1])"
      })
  }

  @Test func aRulesetThatIsAFIFOSaysSo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("team.json").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let result = try MHHSBinary.run(
      ["lint", "catalogue", "--ruleset", fifo], in: Self.project, timeLimit: 30)
    #expect(!result.timedOut)
    #expect(result.status == 2)
    #expect(result.stderr.contains("it is a FIFO (named pipe), not a regular file"), "\(result.stderr)")
  }

  @Test func lintUsesTheRulesetBesideTheCatalogueByDefault() throws {
    let result = try Self.run(["lint", "catalogue"])
    #expect(result.status == 1)
    // rules/recommended.json turns nfr/missing-response-times off.
    #expect(
      Self.findings(result.stdout) == [
        "time/missing-time-basis IF-001 warning", "time/missing-time-basis IF-061 warning",
        "nfr/missing-error-response-time IF-002 error",
      ])
  }

  @Test func aTeamRulesetRaisesTurnsOffOverridesAndDefinesRules() throws {
    let result = try Self.run(["lint", "catalogue", "--ruleset", "rules/team.json"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      Self.findings(result.stdout) == [
        // raised from warning; IF-061 is off by the IF-06* override
        "time/missing-time-basis IF-001 error",
        // back on through "extends": ["all"]
        "nfr/missing-response-times IF-002 warning",
        // nfr/missing-error-response-time is off: IF-002 is not reported for it
        "local/dip-interface-needs-process IF-001 warning",
        "local/removed-flow-cites-decision D0001 error",
      ])
    #expect(
      result.stdout.contains(
        "catalogue/dataflows/D0001.json:7:65: error: D0001 (Example flow) cites DAG31-03 in mhhs.decision, not a DAG decision [local/removed-flow-cites-decision]"
      ))
  }

  @Test func definedRulesAppearInTheJSONReport() throws {
    let result = try Self.run(["lint", "catalogue", "--ruleset", "rules/team.json", "--format", "json"])
    #expect(result.status == 1)
    #expect(result.stdout.contains(#""rule": "local/dip-interface-needs-process""#))
  }

  @Test(arguments: [
    (
      "rules/broken/cycle-a.json",
      "mhhs: error: rules/broken/cycle-b.json:2:15: `extends` makes a cycle: rules/broken/cycle-a.json → rules/broken/cycle-b.json → rules/broken/cycle-a.json; remove one of these `extends` entries\n"
    ),
    (
      "rules/broken/bad-severity.json",
      "mhhs: error: rules/broken/bad-severity.json:4:32: `critical` is not a severity; write one of error, warning, info, hint, off\n"
    ),
    (
      "rules/broken/unknown-rule.json",
      "mhhs: error: rules/broken/unknown-rule.json:3:5: unknown rule `nfr/missing-eror-response-time`; did you mean `nfr/missing-error-response-time`? `mhhs rules` lists the rule ids (rules of your own are defined under `define` with ids starting `local/`)\n"
    ),
  ])
  func aBrokenRulesetIsExit2WithFileAndLine(_ ruleset: String, _ message: String) throws {
    for command in [["lint", "catalogue"], ["rules"], ["explain", "cr/after-freeze"]] {
      let result = try Self.run(command + ["--ruleset", ruleset])
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr == message)
      #expect(result.stdout.isEmpty)
    }
  }

  @Test func rulesJSONListsEveryRuleWithItsDocumentation() throws {
    let result = try Self.run(["rules", "--format", "json"])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let rules = try #require(document["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    for id in [
      "catalogue/invalid-json", "catalogue/schema", "catalogue/duplicate-id", "catalogue/file-name",
      "catalogue/id-format", "catalogue/unknown-reference", "nfr/missing-error-response-time",
      "nfr/missing-response-times", "nfr/response-time-mismatch", "nfr/exemption-without-decision",
      "nfr/exemption-expired", "nfr/unused-exemption", "dflow/missing-disposition",
      "dflow/removed-without-replacement", "dflow/retained-without-rationale", "dflow/new-dtc-flow",
      "dflow/replacement-not-dip", "dflow/mapping-asymmetric", "design/dtn-outlier",
      "cr/approved-without-release", "cr/cites-rejected", "cr/after-freeze", "version/format",
      "version/history-mismatch", "version/change-without-reference", "time/missing-time-basis",
      "term/missing-code-drafting-name", "diff/version-not-bumped", "diff/missing-history",
      "diff/breaking-change", "diff/version-decreased", "baseline/stale-entry",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
    for rule in rules {
      #expect((rule["summary"] as? String)?.isEmpty == false)
      #expect((rule["rationale"] as? String)?.isEmpty == false)
      #expect((rule["examples"] as? [[String: Any]])?.isEmpty == false)
    }
    // The fixture's rules/recommended.json is the default ruleset here.
    let off = rules.first { $0["id"] as? String == "nfr/missing-response-times" }
    #expect(off?["severity"] as? String == "off")
    #expect(off?["defaultSeverity"] as? String == "warning")
  }

  @Test func rulesListsDefinedRulesWithTheirSeverity() throws {
    let result = try Self.run(["rules", "--ruleset", "rules/team.json"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("local/removed-flow-cites-decision ") && $0.contains(" error ") })
    #expect(lines.contains { $0.hasPrefix("nfr/missing-error-response-time ") && $0.contains(" off ") })
    #expect(lines.contains { $0.hasPrefix("time/missing-time-basis ") && $0.hasSuffix("(IF-06*: off)") })
  }

  @Test func explainCitesTheRulesSource() throws {
    let result = try Self.run(["explain", "nfr/missing-error-response-time"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("DAG31-03"))
    #expect(result.stdout.contains("Default severity: error"))
    #expect(result.stdout.contains("Triggers on IF-021"))
    #expect(result.stdout.contains("Passes: "))
  }

  @Test func explainSuggestsTheRuleMeant() throws {
    let result = try Self.run(["explain", "nfr/missing-eror-response-time"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "mhhs: error: unknown rule 'nfr/missing-eror-response-time'; did you mean 'nfr/missing-error-response-time'? 'mhhs rules' lists every rule\n"
    )
  }

  @Test func explainExplainsDefinedRulesWithTheirRuleset() throws {
    let result = try Self.run([
      "explain", "local/dip-interface-needs-process", "--ruleset", "rules/team.json",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Defined in: rules/team.json:"))
    #expect(result.stdout.contains("Checks: every interface with transport = dip: `process` is present"))
    let without = try Self.run(["explain", "local/dip-interface-needs-process"])
    #expect(without.status == 2)
    #expect(without.stderr.contains("need --ruleset FILE"))
  }

  /// A defined rule's summary with CR LF and Markdown in it keeps its one row of the rule
  /// reference table, and its one line of `mhhs rules`.
  @Test func aSummaryWithCRLFKeepsItsRow() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let ruleset = directory.appendingPathComponent("crlf.json")
    try Data(
      #"""
      { "define": [ { "id": "local/crlf", "summary": "Line one\r\n| fake | row |\r\n# Heading\u2028- item\u0085`code\r\nspan`",
        "severity": "warning", "rationale": "Why\r\n# not", "sources": ["S\r\n- x"],
        "given": { "kind": "interface" }, "then": { "field": "name", "check": "pattern", "pattern": "^a`\r\n# b$" } } ] }
      """#.utf8
    ).write(to: ruleset)

    let markdown = try Self.run(["rules", "--ruleset", ruleset.path, "--format", "markdown"])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    let lines = markdown.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(!lines.contains { $0.hasPrefix("# Heading") || $0.hasPrefix("- item") || $0.hasPrefix("| fake") })
    #expect(!lines.contains { $0.hasPrefix("# not") || $0.hasPrefix("- x") || $0.hasPrefix("# b") })
    #expect(!markdown.stdout.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{85}" })
    let header = try #require(lines.firstIndex(of: "| rule | severity | default | summary |"))
    let rows = lines[(header + 2)...].prefix { !$0.isEmpty }
    let text = try Self.run(["rules", "--ruleset", ruleset.path])
    #expect(rows.count == text.stdout.split(separator: "\n").count - 1)
    let row = try #require(rows.first { $0.hasPrefix("| `local/crlf` |") })
    #expect(
      row
        == "| `local/crlf` | warning | warning | Line one  \\| fake \\| row \\|  \\# Heading - item `code  span` |"
    )
    #expect(
      text.stdout.contains(#"local/crlf"#)
        && text.stdout.contains(#"Line one\r\n| fake | row |\r\n# Heading\u2028- item\u0085`code\r\nspan`"#))
  }
}
