import Foundation
import Testing

/// `mhhs lint` end to end: exit codes, usage errors, the text and JSON reports.
@Suite struct LintExitCodeTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var arguments: [String]
    var status: Int32
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "clean catalogue", files: CLIFixture.clean, arguments: [], status: 0),
    Case(
      name: "clean catalogue, --fail-on hint", files: CLIFixture.clean, arguments: ["--fail-on", "hint"],
      status: 0),
    Case(name: "errors fail by default", files: CLIFixture.mixed, arguments: [], status: 1),
    Case(
      name: "errors, --fail-on error", files: CLIFixture.mixed, arguments: ["--fail-on", "error"], status: 1),
    Case(
      name: "errors, --fail-on never", files: CLIFixture.mixed, arguments: ["--fail-on", "never"], status: 0),
    Case(name: "warnings pass by default", files: CLIFixture.warnings, arguments: [], status: 0),
    Case(
      name: "warnings, --fail-on warning", files: CLIFixture.warnings, arguments: ["--fail-on", "warning"],
      status: 1),
    Case(
      name: "warnings, --fail-on=warning", files: CLIFixture.warnings, arguments: ["--fail-on=warning"],
      status: 1),
    Case(
      name: "warnings, --fail-on info", files: CLIFixture.warnings, arguments: ["--fail-on", "info"],
      status: 1),
    Case(
      name: "warnings, --fail-on never", files: CLIFixture.warnings, arguments: ["--fail-on", "never"],
      status: 0),
    Case(
      name: "info, --fail-on warning", files: CLIFixture.info, arguments: ["--fail-on", "warning"], status: 0),
    Case(name: "info, --fail-on info", files: CLIFixture.info, arguments: ["--fail-on", "info"], status: 1),
    Case(
      name: "a suppressed error does not fail",
      files: [
        "interfaces/IF-001.json": CLIFixture.interface(
          "IF-001", omit: ["responseTimes"],
          #",\#n  "responseTimes": { "success": { "within": "PT24H" } },\#n  "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03" } ]"#
        )
      ],
      arguments: [], status: 0),
    Case(
      name: "invalid JSON is a finding, not a failure to run",
      files: ["interfaces/IF-001.json": "{ \"id\": \"IF-001\", }"], arguments: [], status: 1),
    Case(
      name: "JSON format keeps the exit code", files: CLIFixture.mixed, arguments: ["--format", "json"],
      status: 1),
  ]

  @Test("exit code", arguments: cases)
  func exitCode(_ c: Case) throws {
    try CLIFixture.with(c.files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"] + c.arguments, in: root)
      #expect(result.status == c.status, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
      #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
  }

  struct UsageCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    /// Fragments stderr must contain.
    var messages: [String]
    var testDescription: String { name }
  }

  static let usageCases: [UsageCase] = [
    UsageCase(
      name: "misspelt option", arguments: ["lint", "catalogue", "--fromat", "json"],
      messages: ["unknown option '--fromat'", "did you mean '--format'"]),
    UsageCase(name: "unknown short option", arguments: ["lint", "-x"], messages: ["unknown option '-x'"]),
    UsageCase(
      name: "unknown format value", arguments: ["lint", "catalogue", "--format", "xml"],
      messages: ["'xml'", "--format", "text", "json"]),
    UsageCase(
      name: "unknown fail-on value", arguments: ["lint", "catalogue", "--fail-on=fatal"],
      messages: ["'fatal'", "--fail-on", "never"]),
    UsageCase(
      name: "missing option value", arguments: ["lint", "catalogue", "--format"], messages: ["--format"]),
    UsageCase(
      name: "missing directory", arguments: ["lint", "no-such-catalogue"],
      messages: ["no-such-catalogue", "does not exist"]),
    UsageCase(
      name: "a file instead of a directory", arguments: ["lint", "catalogue/catalogue.json"],
      messages: ["catalogue/catalogue.json", "not a directory"]),
    UsageCase(
      name: "a folder that holds no catalogue", arguments: ["lint", "catalogue/interfaces"],
      messages: ["'catalogue/interfaces' holds no catalogue", "catalogue.json"]),
    UsageCase(
      name: "bad --as-of", arguments: ["lint", "catalogue", "--as-of", "2024-13-01"],
      messages: ["'2024-13-01'", "YYYY-MM-DD"]),
    UsageCase(
      name: "--as-of that is not a date at all", arguments: ["lint", "catalogue", "--as-of=yesterday"],
      messages: ["'yesterday'"]),
    UsageCase(
      name: "unknown release", arguments: ["lint", "catalogue", "--release", "IR77"],
      messages: ["'IR77'", "did you mean `IR7`?", "M5, IR7"]),
    UsageCase(
      name: "two directories", arguments: ["lint", "catalogue", "other"],
      messages: ["one catalogue directory"]),
    UsageCase(
      name: "unknown command", arguments: ["lnt"],
      messages: ["unknown command 'lnt'", "did you mean 'lint'?"]),
    UsageCase(
      name: "flag given a value", arguments: ["lint", "--quiet=yes"], messages: ["'--quiet' takes no value"]),
  ]

  @Test("usage error: exit 2", arguments: usageCases)
  func usageError(_ c: UsageCase) throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let result = try MHHSBinary.run(c.arguments, in: root)
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      for message in c.messages {
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
      }
    }
  }

  @Test func aHigherCatalogueFormatIsExit2() throws {
    try CLIFixture.with(["catalogue.json": #"{ "format": 2, "name": "Future" }"#]) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"], in: root)
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("format 2"), "\(result.stderr)")
    }
  }

  @Test func anUndatedReleaseWithoutAsOfIsExit2() throws {
    let releases =
      #"{ "releases": [ { "id": "M5", "name": "Baseline", "date": "2022-10-31" }, { "id": "IR8", "name": "IR8" } ] }"#
    try CLIFixture.with(CLIFixture.clean.merging(["releases.json": releases]) { _, new in new }) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--release", "IR8"], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("--as-of"), "\(result.stderr)")
      let dated = try MHHSBinary.run(
        ["lint", "catalogue", "--release", "IR8", "--as-of", "2024-06-01"], in: root)
      #expect(dated.status == 0, "\(dated.stderr)")
    }
  }

  @Test func optionsBeforeOrAfterTheDirectory() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let after = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      let before = try MHHSBinary.run(["lint", "--format=json", "catalogue"], in: root)
      #expect(after.status == 1)
      #expect(after.stdout == before.stdout)
      #expect(after.stdout.hasPrefix("{"))
    }
  }

  @Test func theDirectoryDefaultsToCatalogue() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let implicit = try MHHSBinary.run(["lint"], in: root)
      let explicit = try MHHSBinary.run(["lint", "catalogue"], in: root)
      #expect(implicit.status == 1)
      #expect(implicit.stdout == explicit.stdout)
    }
  }
}

@Suite struct TextReportTests {
  /// `file:line:col: severity: message [rule]`.
  static func isFindingLine(_ line: Substring) -> Bool {
    line.wholeMatch(
      of: /[^:\s][^:]*:[1-9][0-9]*:[1-9][0-9]*: (error|warning|info|hint): .+ \[[a-z]+\/[a-z0-9-]+\]/)
      != nil
  }

  @Test func linesAndSummary() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"], in: root)
      #expect(result.status == 1)
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.last == "", "the report ends with a newline")
      let body = lines.dropLast()
      #expect(body.count >= 4)
      for line in body.dropLast() { #expect(Self.isFindingLine(line), "\(line)") }
      #expect(
        body.contains(
          "catalogue/interfaces/IF-021.json:10:3: error: IF-021 has no error-response time; add responseTimes.error.within (DAG31-03) [nfr/missing-error-response-time]"
        ), "\(result.stdout)")
      // The exempted finding on IF-022 is not listed, but counted as suppressed.
      #expect(
        !body.contains {
          $0.hasPrefix("catalogue/interfaces/IF-022.json") && $0.contains("nfr/missing-error-response-time")
        })
      let summary = String(body.last!)
      #expect(
        summary.wholeMatch(
          of:
            /[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ info, (?:[0-9]+ hints?, )?[0-9]+ suppressed \(3 interfaces, 1 D-flow, 0 NFRs, 0 change requests\)/
        ) != nil, "\(summary)")
      #expect(summary.contains("1 suppressed"))
      let errors = body.dropLast().filter { $0.contains(": error: ") }.count
      let warnings = body.dropLast().filter { $0.contains(": warning: ") }.count
      #expect(
        summary.hasPrefix(
          "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "))
    }
  }

  @Test func linesPointAtTheValue() throws {
    let files = [
      "interfaces/IF-001.json": CLIFixture.interface(
        "IF-001", omit: ["timeBasis"], #",\#n  "timeBasis": "local""#)
    ]
    try CLIFixture.with(files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"], in: root)
      #expect(result.status == 1)
      // `"timeBasis": "local"` is on line 11, its value at column 16.
      #expect(
        result.stdout.contains(
          "catalogue/interfaces/IF-001.json:11:16: error: `timeBasis` is \"local\", which is not one of `utc`, `clock` [catalogue/schema]"
        ), "\(result.stdout)")
    }
  }

  @Test func dataQuotedInAMessageCannotBreakTheLineShape() throws {
    let files = [
      "interfaces/IF-001.json": CLIFixture.interface(
        "IF-001", #",\#n  "a\nfake.json:1:1: error: injected [x/y]": 1"#)
    ]
    try CLIFixture.with(files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"], in: root)
      #expect(result.status == 1)
      let lines = result.stdout.split(separator: "\n")
      #expect(lines.count == 2, "\(result.stdout)")
      #expect(Self.isFindingLine(lines[0]))
      #expect(lines[0].contains(#"unknown field `a\nfake.json"#))
    }
  }

  @Test func cleanCatalogueSaysSoInOneLine() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"], in: root)
      #expect(
        result.stdout
          == "0 errors, 0 warnings, 0 info, 0 suppressed (1 interface, 0 D-flows, 0 NFRs, 0 change requests)\n"
      )
    }
  }

  @Test func quietListsOnlyFindingsAtTheThreshold() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let full = try MHHSBinary.run(["lint", "catalogue"], in: root).stdout
      let quiet = try MHHSBinary.run(["lint", "catalogue", "--quiet"], in: root)
      #expect(quiet.status == 1)
      let lines = quiet.stdout.split(separator: "\n")
      #expect(lines.dropLast().allSatisfy { $0.contains(": error: ") })
      #expect(full.contains(": warning: "))
      #expect(!quiet.stdout.contains(": warning: "))
      #expect(!quiet.stdout.contains(": info: "))
      // Same summary either way.
      #expect(lines.last == full.split(separator: "\n").last)
      let quietWarnings = try MHHSBinary.run(["lint", "catalogue", "-q", "--fail-on", "warning"], in: root)
      #expect(quietWarnings.stdout.contains(": warning: "))
      #expect(!quietWarnings.stdout.contains(": info: "))
    }
  }

  @Test func noColourWithoutATerminal() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let result = try MHHSBinary.run(["lint", "catalogue"], in: root, environment: ["NO_COLOR": ""])
      #expect(!result.stdout.contains("\u{1B}["))
    }
  }
}

@Suite struct JSONReportTests {
  @Test func shapeAsDocumented() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      #expect(result.status == 1)
      #expect(result.stderr.isEmpty)
      let text = result.stdout
      #expect(text.hasSuffix("}\n"))
      #expect(ReportJSON.keys(text, indent: 2) == ["tool", "catalogue", "release", "summary", "findings"])
      #expect(
        ReportJSON.keys(text, indent: 4) == [
          "name", "version", "error", "warning", "info", "hint", "suppressed", "entities",
        ])
      let findingKeys = [
        "rule", "severity", "message", "entity", "file", "line", "column", "pointer", "fingerprint",
        "suppressed",
        "suppression",
      ]

      let report = try ReportJSON.object(text)
      let tool = try #require(report["tool"] as? [String: Any])
      #expect(tool["name"] as? String == "mhhs")
      #expect(tool["version"] as? String == "0.1.0")
      #expect(report["catalogue"] as? String == "catalogue")
      #expect(report["release"] is NSNull)
      let summary = try #require(report["summary"] as? [String: Any])
      let entities = try #require(summary["entities"] as? [String: Int])
      #expect(entities == ["interface": 3, "dataflow": 1, "nfr": 0, "changeRequest": 0])
      let findings = try #require(report["findings"] as? [[String: Any]])
      #expect(!findings.isEmpty)
      for f in findings {
        #expect(Set(f.keys) == Set(findingKeys))
        #expect((f["line"] as? Int ?? 0) >= 1)
        #expect((f["column"] as? Int ?? 0) >= 1)
        #expect((f["fingerprint"] as? String)?.isEmpty == false)
        #expect((f["file"] as? String)?.hasPrefix("catalogue/") == true)
        #expect(f["suppressed"] as? Bool == !(f["suppression"] is NSNull))
      }
      // The keys of every finding are written in the documented order.
      let level6 = ReportJSON.keys(text, indent: 6)
      #expect(Array(level6.prefix(4)) == ["interface", "dataflow", "nfr", "changeRequest"])
      let perFinding = Array(level6.dropFirst(4))
      #expect(perFinding.count == findings.count * findingKeys.count)
      for start in stride(from: 0, to: perFinding.count, by: findingKeys.count) {
        #expect(Array(perFinding[start..<start + findingKeys.count]) == findingKeys)
      }

      // Summary counts equal the findings.
      for severity in ["error", "warning", "info", "hint"] {
        let counted = findings.filter {
          $0["severity"] as? String == severity && $0["suppressed"] as? Bool == false
        }
        #expect(summary[severity] as? Int == counted.count, "\(severity)")
      }
      let suppressed = findings.filter { $0["suppressed"] as? Bool == true }
      #expect(summary["suppressed"] as? Int == suppressed.count)
      #expect(suppressed.count == 1)

      // The exempted finding carries its suppression.
      let exempted = try #require(suppressed.first)
      #expect(exempted["rule"] as? String == "nfr/missing-error-response-time")
      #expect(exempted["entity"] as? String == "IF-022")
      let suppression = try #require(exempted["suppression"] as? [String: Any])
      #expect(suppression["kind"] as? String == "exemption")
      #expect(suppression["reason"] as? String == "Excluded owing to volumes")
      #expect(suppression["decision"] as? String == "DAG31-03")
      #expect(ReportJSON.keys(text, indent: 8) == ["kind", "reason", "decision"])

      // IF-021's gap is there, unsuppressed.
      #expect(
        findings.contains {
          $0["rule"] as? String == "nfr/missing-error-response-time" && $0["entity"] as? String == "IF-021"
            && $0["suppressed"] as? Bool == false
            && $0["file"] as? String == "catalogue/interfaces/IF-021.json"
        })
    }
  }

  @Test func findingsAreSortedByFileLineColumnRule() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let text = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root).stdout
      let findings = try #require(try ReportJSON.object(text)["findings"] as? [[String: Any]])
      let keys = findings.map {
        (
          $0["file"] as? String ?? "", $0["line"] as? Int ?? 0, $0["column"] as? Int ?? 0,
          $0["rule"] as? String ?? ""
        )
      }
      for (a, b) in zip(keys, keys.dropFirst()) {
        #expect(a.0 < b.0 || (a.0 == b.0 && (a.1, a.2, a.3) <= (b.1, b.2, b.3)), "\(a) before \(b)")
      }
    }
  }

  @Test func messagesWithQuotesAndLineBreaksAreValidJSON() throws {
    let files = [
      "interfaces/IF-001.json": CLIFixture.interface("IF-001", #",\#n  "say \"hi\"\n\\ \u2028": 1"#)
    ]
    try CLIFixture.with(files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      let findings = try #require(try ReportJSON.object(result.stdout)["findings"] as? [[String: Any]])
      let schema = try #require(findings.first { $0["rule"] as? String == "catalogue/schema" })
      #expect(schema["message"] as? String == "unknown field `say \"hi\"\n\\ \u{2028}` in an interface")
    }
  }

  @Test func byteIdenticalAcrossRuns() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let first = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      let second = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      #expect(!first.stdout.isEmpty)
      #expect(Array(first.stdout.utf8) == Array(second.stdout.utf8))
    }
  }

  @Test func releaseIsNamedInTheReport() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let result = try MHHSBinary.run(
        ["lint", "catalogue", "--format", "json", "--release", "IR7"], in: root)
      #expect(result.status == 1)
      #expect(try ReportJSON.object(result.stdout)["release"] as? String == "IR7")
    }
  }

  @Test func aFileWithNoReadableIdHasANullEntity() throws {
    try CLIFixture.with(["interfaces/IF-001.json": "{ \"id\": \"IF-001\", }"]) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      let findings = try #require(try ReportJSON.object(result.stdout)["findings"] as? [[String: Any]])
      let invalid = try #require(findings.first { $0["rule"] as? String == "catalogue/invalid-json" })
      #expect(invalid["entity"] is NSNull)
      #expect(invalid["line"] as? Int == 1)
      #expect(invalid["column"] as? Int == 19)
    }
  }

  @Test func fingerprintsSurviveReformatting() throws {
    func fingerprints(_ text: String) throws -> [String] {
      let findings = try #require(try ReportJSON.object(text)["findings"] as? [[String: Any]])
      return findings.compactMap { $0["fingerprint"] as? String }.sorted()
    }
    let original = CLIFixture.interface("IF-001", omit: ["timeBasis", "codeDraftingName"])
    let oneLine = original.replacingOccurrences(of: "\n", with: " ")
    let a = try CLIFixture.with(["interfaces/IF-001.json": original]) {
      try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: $0).stdout
    }
    let b = try CLIFixture.with(["interfaces/IF-001.json": "\n\n" + oneLine]) {
      try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: $0).stdout
    }
    #expect(try fingerprints(a).count == 2)
    #expect(try fingerprints(a) == fingerprints(b))
    #expect(a != b, "lines differ")
  }
}
