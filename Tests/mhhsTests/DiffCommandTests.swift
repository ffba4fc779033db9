import Foundation
import Testing

/// A scratch directory holding catalogues, optionally a git repository, removed afterwards.
private final class Workspace {
  let root: URL
  /// The TMPDIR given to `mhhs`, to check that it leaves nothing behind.
  let tmp: URL

  init() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-diff-test-\(UUID().uuidString)")
    root = base.appendingPathComponent("work")
    tmp = base.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

  /// Writes `files` (paths inside the catalogue) into `directory`, over the base files.
  func write(_ files: [String: String], to directory: String = "catalogue") throws {
    for (path, text) in Fixture.base.merging(files, uniquingKeysWith: { _, own in own }) {
      let url = root.appendingPathComponent(directory).appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  func remove(_ path: String) throws {
    try FileManager.default.removeItem(at: root.appendingPathComponent(path))
  }

  /// Runs git with a fixed identity and no signing, whatever the machine's configuration.
  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "git", "-c", "user.name=mhhs tests", "-c", "user.email=tests@example.invalid", "-c",
        "commit.gpgsign=false",
        "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main",
      ] + arguments
    process.currentDirectoryURL = root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    return String(decoding: data, as: UTF8.self)
  }

  /// Commits one file at `path` on branch `branch` with `git fast-import`, which takes paths no
  /// file system could hold.
  func commitFile(at path: String, on branch: String) throws {
    let stream = root.deletingLastPathComponent().appendingPathComponent("fast-import.txt")
    try Data(
      "commit refs/heads/\(branch)\ncommitter t <t@example.invalid> 0 +0000\ndata 1\nm\nM 100644 inline \(path)\ndata 2\n{}\n\n"
        .utf8
    ).write(to: stream)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "fast-import", "--quiet"]
    process.currentDirectoryURL = root
    process.standardInput = try FileHandle(forReadingFrom: stream)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git fast-import failed")
  }

  func commitAll(_ message: String) throws {
    try git(["add", "-A"])
    try git(["commit", "-q", "-m", message])
  }

  func mhhs(_ arguments: [String]) throws -> MHHSBinary.Output {
    try MHHSBinary.run(
      ["diff"] + arguments, in: root,
      environment: ["TMPDIR": tmp.path, "GIT_CEILING_DIRECTORIES": root.deletingLastPathComponent().path])
  }

  /// Whatever `mhhs` left in its temporary directory.
  var leftovers: [String] { (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? [] }
}

private enum Fixture {
  static let base: [String: String] = [
    "catalogue.json": #"{ "format": 1, "name": "Test catalogue" }"#,
    "roles.json": #"""
    { "roles": [
      { "id": "SDS", "name": "Smart Data Service" },
      { "id": "SUP", "name": "Supplier" },
      { "id": "LSS", "name": "Load Shaping Service" }
    ] }
    """#,
    "releases.json": #"""
    { "releases": [
      { "id": "M5", "name": "Physical design baseline", "date": "2022-10-31" },
      { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" }
    ] }
    """#,
    "change-requests/CR036.json":
      #"{ "id": "CR036", "title": "Use of Clock Midnight for Appointments and Reads", "status": "approved", "release": "IR7" }"#,
  ]

  static let history10 =
    #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" } ]"#
  static let history11 =
    #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" }, { "version": "1.1", "release": "IR7", "changes": ["CR036"], "summary": "LSS receives it" } ]"#

  static func interface(
    id: String = "IF-021", version: String = "1.0", to: String = #"["SUP"]"#,
    events: String = #"["ActivePower", "ReactivePower"]"#,
    _ extra: String = history10
  ) -> [String: String] {
    [
      "interfaces/\(id).json": """
      {
        "id": "\(id)",
        "name": "UTC Settlement Period Consumption Data",
        "version": "\(version)",
        "status": "active",
        "transport": "dip",
        "from": ["SDS"],
        "to": \(to),
        "events": \(events),
        "schemaVersion": "011",
        "responseTimes": { "error": { "within": "PT6S" } }\(extra)
      }
      """
    ]
  }
}

@Suite struct DiffCommandTests {
  @Test func gitHeadInAFreshRepositoryMatchesTheWorkingTree() throws {
    let w = try Workspace()
    try w.write(Fixture.interface())
    try w.git(["init", "-q"])
    try w.commitAll("catalogue")
    let result = try w.mhhs(["git:HEAD:catalogue", "catalogue"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("No changes from git:HEAD:catalogue to catalogue."))
    #expect(
      result.stdout.hasSuffix("0 errors, 0 warnings, 0 info, 0 suppressed\n0 added, 0 removed, 0 changed\n"))
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")
    #expect(try w.git(["status", "--porcelain"]).isEmpty)
  }

  @Test func releaseViewAgainstATag() throws {
    let w = try Workspace()
    try w.write(Fixture.interface())
    try w.git(["init", "-q"])
    try w.commitAll("IR7")
    try w.git(["tag", "ir7-tag"])
    // A proper bump with history: must pass.
    try w.write(Fixture.interface(version: "1.1", to: #"["SUP", "LSS"]"#, Fixture.history11))
    let proper = try w.mhhs(["git:ir7-tag:catalogue", "catalogue"])
    #expect(proper.status == 0, "\(proper.stdout)\(proper.stderr)")
    #expect(
      proper.stdout.contains(
        "changed interface IF-021 \"UTC Settlement Period Consumption Data\" (version 1.0 → 1.1)"))
    #expect(proper.stdout.contains("      to: added LSS\n"))
    #expect(proper.stdout.contains("      history: 1.1 (IR7; CR036): LSS receives it\n"))
    #expect(proper.stdout.hasSuffix("0 added, 0 removed, 1 changed\n"))
    // The default PATH is catalogue.
    let short = try w.mhhs(["git:ir7-tag", "catalogue"])
    #expect(short.status == 0)
    #expect(short.stdout.contains("changed interface IF-021"))
    // A content change without a bump fails, and names the old catalogue by its ref.
    try w.write(Fixture.interface(to: #"["SUP", "LSS"]"#))
    let unbumped = try w.mhhs(["git:ir7-tag:catalogue", "catalogue"])
    #expect(unbumped.status == 1)
    #expect(
      unbumped.stdout.contains(
        "catalogue/interfaces/IF-021.json:4:3: error: IF-021 changed `to` but its version is still 1.0; bump it to 2.0 (the change is breaking) and add a history entry citing the CR or DIN [diff/version-not-bumped]"
      ), "\(unbumped.stdout)")
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")
    #expect(try w.git(["status", "--porcelain"]) == " M catalogue/interfaces/IF-021.json\n")
  }

  @Test func twoRefsAndARemovedInterface() throws {
    let w = try Workspace()
    try w.write(Fixture.interface().merging(Fixture.interface(id: "IF-165")) { a, _ in a })
    try w.git(["init", "-q"])
    try w.commitAll("IR7")
    try w.git(["tag", "IR7"])
    try w.remove("catalogue/interfaces/IF-165.json")
    try w.commitAll("drop IF-165")
    let result = try w.mhhs(["git:IR7:catalogue", "git:HEAD:catalogue"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "git:IR7:catalogue/interfaces/IF-165.json:1:1: warning: interface IF-165 was removed; withdraw it instead"
      ))
    #expect(result.stdout.contains("  removed interface IF-165"))
    let strict = try w.mhhs(["git:IR7:catalogue", "git:HEAD:catalogue", "--fail-on", "warning"])
    #expect(strict.status == 1)
  }

  /// The CI formats annotate the checkout's files: a removed interface's finding is placed at
  /// the path its file had, not in `git:IR7:catalogue/…`.
  @Test func ciFormatsLocateFindingsInTheNewCataloguesFiles() throws {
    let w = try Workspace()
    try w.write(Fixture.interface().merging(Fixture.interface(id: "IF-165")) { a, _ in a })
    try w.git(["init", "-q"])
    try w.commitAll("IR7")
    try w.git(["tag", "IR7"])
    try w.remove("catalogue/interfaces/IF-165.json")
    try w.write(Fixture.interface(to: #"["SUP", "LSS"]"#))
    let github = try w.mhhs(["git:IR7", "catalogue", "--format", "github"])
    #expect(github.status == 1, "\(github.stderr)")
    #expect(
      github.stdout.split(separator: "\n").sorted() == [
        "::error file=catalogue/interfaces/IF-021.json,line=4,col=3,title=diff/version-not-bumped::IF-021 changed `to` but its version is still 1.0; bump it to 2.0 (the change is breaking) and add a history entry citing the CR or DIN",
        "::warning file=catalogue/interfaces/IF-021.json,line=8,col=3,title=diff/breaking-change::IF-021 changed `to`: added LSS; acceptable only as a new major version (2.0) whose history entry cites the approving CR or DIN",
        "::warning file=catalogue/interfaces/IF-165.json,line=1,col=1,title=diff/breaking-change::interface IF-165 was removed; withdraw it instead: keep its file with `status` `withdrawn` and `withdrawnIn` the release, so earlier releases keep their record",
      ])
    let quality = try w.mhhs(["git:IR7", "catalogue", "--format", "codeclimate", "--fail-on", "never"])
    #expect(quality.status == 0)
    let issues = try #require(
      try JSONSerialization.jsonObject(with: Data(quality.stdout.utf8)) as? [[String: Any]])
    #expect(
      issues.map { $0["check_name"] as? String } == [
        "diff/version-not-bumped", "diff/breaking-change", "diff/breaking-change",
      ])
    #expect(issues.map { $0["severity"] as? String } == ["critical", "major", "major"])
    #expect(
      issues.map { ($0["location"] as? [String: Any])?["path"] as? String } == [
        "catalogue/interfaces/IF-021.json", "catalogue/interfaces/IF-021.json",
        "catalogue/interfaces/IF-165.json",
      ])
  }

  @Test func anUnknownRefIsExit2WithGitsReason() throws {
    let w = try Workspace()
    try w.write(Fixture.interface())
    try w.git(["init", "-q"])
    try w.commitAll("catalogue")
    let result = try w.mhhs(["git:no-such-ref:catalogue", "catalogue"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no-such-ref"))
    #expect(result.stderr.contains("fatal: not a valid object name: no-such-ref"), "\(result.stderr)")
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")

    let missingPath = try w.mhhs(["git:HEAD:nowhere", "catalogue"])
    #expect(missingPath.status == 2)
    #expect(missingPath.stderr.contains("nowhere"), "\(missingPath.stderr)")
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")
  }

  @Test func aTreeNestedTooDeepIsExit2AndLeavesNothingBehind() throws {
    let w = try Workspace()
    try w.write(Fixture.interface())
    try w.git(["init", "-q"])
    try w.commitAll("catalogue")
    try w.commitFile(at: "catalogue/" + String(repeating: "a/", count: 2_100) + "x.json", on: "deep")
    let result = try w.mhhs(["git:deep:catalogue", "catalogue"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "cannot read 'git:deep:catalogue': its tree nests folders 2101 deep ('catalogue/a/…'); mhhs reads trees at most 64 folders deep"
      ), "\(result.stderr)")
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")
  }

  @Test func aTreeWhosePathsNoFileSystemHoldsIsExit2AndLeavesNothingBehind() throws {
    let w = try Workspace()
    try w.write(Fixture.interface())
    try w.git(["init", "-q"])
    try w.commitAll("catalogue")
    // 20 folders of 254 bytes: within the depth bound, but longer than PATH_MAX, so that tar
    // stops half way (at 4,090 bytes below the scratch copy) and leaves paths too long to name.
    let folder = String(repeating: "f", count: 254) + "/"
    try w.commitFile(at: "catalogue/" + String(repeating: folder, count: 20) + "x.json", on: "long")
    let result = try w.mhhs(["git:long:catalogue", "catalogue"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot unpack 'git:long:catalogue'"), "\(result.stderr.prefix(500))")
    #expect(result.stderr.count < 1_000)
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")
  }

  @Test func outsideAGitRepositoryIsExit2() throws {
    let w = try Workspace()
    try w.write(Fixture.interface())
    let result = try w.mhhs(["git:HEAD", "catalogue"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("not a git repository"), "\(result.stderr)")
    #expect(w.leftovers.isEmpty, "left behind: \(w.leftovers)")
  }

  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var old: [String: String]
    var new: [String: String]
    var status: Int32
    var expected: String
    var testDescription: String { name }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "content changed without a bump", old: Fixture.interface(),
      new: Fixture.interface(to: #"["SUP", "LSS"]"#), status: 1, expected: "[diff/version-not-bumped]"),
    Scenario(
      name: "a bump without history", old: Fixture.interface(),
      new: Fixture.interface(version: "1.1", to: #"["SUP", "LSS"]"#), status: 1,
      expected: "error: IF-021 is now version 1.1 (was 1.0) but no history entry records 1.1"),
    Scenario(
      name: "a proper bump with history", old: Fixture.interface(),
      new: Fixture.interface(version: "1.1", to: #"["SUP", "LSS"]"#, Fixture.history11), status: 0,
      expected: "0 errors, 1 warning, 0 info, 0 suppressed"),
    Scenario(
      name: "a removed interface",
      old: Fixture.interface().merging(Fixture.interface(id: "IF-165")) { a, _ in a },
      new: Fixture.interface(), status: 0, expected: "warning: interface IF-165 was removed"),
    Scenario(
      name: "a slower response time", old: Fixture.interface(),
      new: Fixture.interface(version: "2.0", Fixture.history11.replacing(#""1.1""#, with: #""2.0""#))
        .mapValues {
          $0.replacing("PT6S", with: "PT10S")
        }, status: 0, expected: "warning: IF-021's error response time got longer: PT6S → PT10S"),
    Scenario(
      name: "a version that went down", old: Fixture.interface(version: "1.1", Fixture.history11),
      new: Fixture.interface(), status: 1,
      expected: "error: IF-021's version went down from 1.1 to 1.0; versions only go up"),
    Scenario(
      name: "events removed and schemaVersion changed",
      old: Fixture.interface(),
      new: Fixture.interface(
        version: "2.0", events: #"["ActivePower"]"#, Fixture.history11.replacing(#""1.1""#, with: #""2.0""#)
      )
      .mapValues { $0.replacing(#""011""#, with: #""012""#) }, status: 0,
      expected: "warning: IF-021 no longer carries event ReactivePower; recorded as version 2.0 under CR036"),
  ]

  @Test("judged pairs of directories", arguments: scenarios)
  func scenario(_ s: Scenario) throws {
    let w = try Workspace()
    try w.write(s.old, to: "old")
    try w.write(s.new, to: "new")
    let result = try w.mhhs(["old", "new"])
    #expect(result.status == s.status, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains(s.expected), "\(result.stdout)")
    #expect(result.stderr.isEmpty)
  }

  @Test func theRulesetBesideNewAndABaselineApplyToDiffFindings() throws {
    let w = try Workspace()
    try w.write(Fixture.interface(), to: "old")
    try w.write(Fixture.interface(to: #"["SUP", "LSS"]"#), to: "new")
    let plain = try w.mhhs(["old", "new"])
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("error: IF-021 changed `to` but its version is still 1.0"))
    #expect(plain.stdout.contains("[diff/breaking-change]"))

    // rules/recommended.json next to NEW is the default ruleset, as for lint.
    try w.write(
      [
        "recommended.json":
          #"{ "extends": ["recommended"], "rules": { "diff/version-not-bumped": "off", "diff/breaking-change": "error" } }"#
      ],
      to: "rules")
    let configured = try w.mhhs(["old", "new"])
    #expect(configured.status == 1)
    #expect(!configured.stdout.contains("diff/version-not-bumped"))
    let lines = configured.stdout.split(separator: "\n")
    #expect(lines.contains { $0.contains(": error: ") && $0.hasSuffix("[diff/breaking-change]") })
    #expect(!lines.contains { $0.contains(": warning: ") && $0.hasSuffix("[diff/breaking-change]") })
    let explicit = try w.mhhs(["old", "new", "--ruleset", "rules/recommended.json", "--fail-on", "warning"])
    #expect(explicit.stdout == (try w.mhhs(["old", "new", "--fail-on", "warning"])).stdout)

    // A baseline written by diff suppresses the same findings, and exits 0.
    let written = try w.mhhs(["old", "new", "--write-baseline", "diff-baseline.json"])
    #expect(written.status == 0)
    #expect(written.stderr.hasPrefix("mhhs: wrote diff-baseline.json: "))
    let baselined = try w.mhhs(["old", "new", "--baseline", "diff-baseline.json"])
    #expect(baselined.status == 0, "\(baselined.stdout)")
    #expect(baselined.stdout.contains("0 errors, 0 warnings, 0 info, "))
    #expect(!baselined.stdout.contains(" 0 suppressed"))
    #expect(!baselined.stdout.contains("baseline/stale-entry"))
  }

  @Test func jsonReportCarriesFindingsAndStructuredChanges() throws {
    let w = try Workspace()
    try w.write(Fixture.interface(), to: "old")
    try w.write(
      Fixture.interface(events: #"["ActivePower"]"#).mapValues { $0.replacing(#""011""#, with: #""012""#) },
      to: "new")
    let result = try w.mhhs(["old", "new", "--format=json"])
    #expect(result.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["old"] as? String == "old")
    let summary = try #require(document["summary"] as? [String: Int])
    #expect(summary["error"] == 1)
    #expect(summary["changed"] == 1)
    let findings = try #require(document["findings"] as? [[String: Any]])
    #expect(
      Set(findings.first?.keys.map { $0 } ?? []) == [
        "rule", "severity", "message", "entity", "file", "line", "column", "pointer", "fingerprint",
        "suppressed",
        "suppression",
      ])
    let changes = try #require(document["changes"] as? [[String: Any]])
    #expect(changes.count == 1)
    #expect(changes.first?["kind"] as? String == "interface")
    #expect(changes.first?["entity"] as? String == "IF-021")
    #expect(changes.first?["change"] as? String == "changed")
    let fields = try #require(changes.first?["fields"] as? [[String: Any]])
    #expect(fields.map { $0["pointer"] as? String } == ["/events", "/schemaVersion"])
    #expect(fields.first?["removed"] as? [String] == ["ReactivePower"])
    #expect(fields.last?["old"] as? String == "011")
    #expect(fields.last?["new"] as? String == "012")
  }

  @Test func anAddedInterfaceShowsItsEventsAndSchemaVersionAndSourcesAreCounted() throws {
    let w = try Workspace()
    try w.write(Fixture.interface(#", "sources": ["DIP API 2.0.1"]"#), to: "old")
    var new = Fixture.interface(#", "sources": ["DIP API 2.1.0"]"#)
    new.merge(Fixture.interface(id: "IF-050", events: #"["ReactivePower"]"#)) { a, _ in a }
    try w.write(new, to: "new")
    let text = try w.mhhs(["old", "new"])
    #expect(
      text.stdout.contains(
        "  added interface IF-050 \"UTC Settlement Period Consumption Data\" (version 1.0)\n"))
    #expect(text.stdout.contains("      events: ReactivePower\n      schemaVersion: 011\n"), "\(text.stdout)")
    #expect(
      text.stdout.contains("  1 entity changed only its `sources` (provenance): 1 interface\n"),
      "\(text.stdout)")
    #expect(!text.stdout.contains("diff/version-not-bumped"), "a sources-only change needs no new version")
    let json = try w.mhhs(["old", "new", "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let changes = try #require(document["changes"] as? [[String: Any]])
    let added = try #require(changes.first { $0["entity"] as? String == "IF-050" })
    let fields = try #require(added["fields"] as? [[String: Any]])
    #expect(fields.first { $0["pointer"] as? String == "/events" }?["new"] as? [String] == ["ReactivePower"])
    let sources = try #require(
      (changes.first { $0["entity"] as? String == "IF-021" }?["fields"] as? [[String: Any]])?.first)
    #expect(sources["removed"] as? [String] == ["DIP API 2.0.1"])
  }

  @Test func markdownChangeLogToAFile() throws {
    let w = try Workspace()
    try w.write(Fixture.interface(), to: "old")
    try w.write(Fixture.interface(version: "1.1", to: #"["SUP", "LSS"]"#, Fixture.history11), to: "new")
    let result = try w.mhhs(["--format", "markdown", "old", "new", "--output", "changes.md"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let text = try String(contentsOf: w.root.appendingPathComponent("changes.md"), encoding: .utf8)
    #expect(text.hasPrefix("# Catalogue changes: old → new\n"))
    #expect(text.contains("## Interfaces\n"))
    #expect(
      text.contains(
        "- 1.1 (IR7): LSS receives it. Cites **CR036** (Use of Clock Midnight for Appointments and Reads)."))
  }

  /// An interface name with CR LF and Markdown in it stays inside its heading and list item in
  /// the change log, and on its line in the text report.
  @Test func aNameWithCRLFStaysInItsHeadingAndListItem() throws {
    let w = try Workspace()
    try w.write(Fixture.interface(), to: "old")
    let hostile = #"Name\r\n# Heading\n- item\r\n<b>x</b>"#
    let changed = try #require(Fixture.interface()["interfaces/IF-021.json"])
      .replacing(#""UTC Settlement Period Consumption Data""#, with: "\"\(hostile)\"")
      .replacing(#""summary": "Baselined""#, with: #""summary": "Baselined\r\n- fake item""#)
    try w.write(["interfaces/IF-021.json": changed], to: "new")

    let markdown = try w.mhhs(["--format", "markdown", "old", "new", "--fail-on", "never"])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    let lines = markdown.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(!markdown.stdout.unicodeScalars.contains("\r"))
    #expect(!lines.contains { $0.hasPrefix("# Heading") || $0.hasPrefix("- item") || $0.hasPrefix("- fake") })
    #expect(lines.contains("### IF-021 Name  \\# Heading - item  &lt;b&gt;x&lt;/b&gt;"), "\(markdown.stdout)")
    #expect(
      lines.contains(
        "- `name`: `UTC Settlement Period Consumption Data` → `Name  # Heading - item  <b>x</b>`"))

    let text = try w.mhhs(["old", "new", "--fail-on", "never"])
    #expect(
      text.stdout.contains(#"  changed interface IF-021 "Name\r\n# Heading\n- item\r\n<b>x</b>""#),
      "\(text.stdout)")
    #expect(!text.stdout.unicodeScalars.contains("\r"))
  }

  @Test func usageErrors() throws {
    let w = try Workspace()
    let one = try w.mhhs(["catalogue"])
    #expect(one.status == 2)
    #expect(one.stderr.contains("diff takes two catalogues, OLD and NEW, got 1"))
    let missing = try w.mhhs(["nowhere", "elsewhere"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("catalogue directory 'nowhere' does not exist"))
    try FileManager.default.createDirectory(
      at: w.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
    try w.write(Fixture.interface())
    let empty = try w.mhhs(["empty", "catalogue"])
    #expect(empty.status == 2)
    #expect(empty.stderr.contains("'empty' holds no catalogue"))
    let format = try w.mhhs(["a", "b", "--format", "html"])
    #expect(format.status == 2)
    #expect(format.stderr.contains("'html' is not a valid value for '--format'"))
  }
}
