import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `mhhs lint --write-baseline` and `--baseline`, run as CI runs them, on a catalogue written
/// for the test; and output paths that cannot be written.
@Suite struct BaselineCLITests {
  static func interface(_ id: String, errorTime: Bool) -> String {
    let times =
      errorTime
      ? #"{ "acknowledgement": { "within": "PT6S" }, "error": { "within": "PT6S" } }"#
      : #"{ "acknowledgement": { "within": "PT6S" } }"#
    return """
      { "id": "\(id)", "name": "Example interface", "version": "1.0", "status": "active", "transport": "dip",
        "from": ["SDS"], "to": ["SUP"], "timeBasis": "utc", "codeDraftingName": "Example",
        "responseTimes": \(times) }
      """
  }

  /// A scratch directory holding `catalogue/` with IF-021 (no error-response time) and IF-030.
  final class Scratch {
    let root: URL
    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "mhhs-baseline-\(UUID().uuidString)")
      try write("catalogue/catalogue.json", #"{ "format": 1, "name": "Test" }"#)
      try write(
        "catalogue/roles.json",
        #"{ "roles": [ { "id": "SDS", "name": "Smart Data Service" }, { "id": "SUP", "name": "Supplier" } ] }"#
      )
      try write(
        "catalogue/releases.json",
        #"{ "releases": [ { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" } ] }"#)
      try write("catalogue/interfaces/IF-021.json", BaselineCLITests.interface("IF-021", errorTime: false))
      try write("catalogue/interfaces/IF-030.json", BaselineCLITests.interface("IF-030", errorTime: true))
    }
    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
      try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func run(_ arguments: [String]) throws -> MHHSBinary.Output {
      try MHHSBinary.run(arguments + ["--as-of", "2024-06-01"], in: root)
    }

    func entries() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    }
  }

  @Test func roundTrip() throws {
    let s = try Scratch()
    let before = try s.run(["lint", "catalogue"])
    #expect(before.status == 1)
    #expect(before.stdout.contains("IF-021 has no error-response time"))

    let written = try s.run(["lint", "catalogue", "--write-baseline", "baseline.json"])
    #expect(written.status == 0, "\(written.stderr)")
    let baseline = try s.read("baseline.json")
    #expect(baseline.hasPrefix("{\n  \"format\": 1,\n  \"findings\": [\n"))
    #expect(baseline.contains(#""rule": "nfr/missing-error-response-time""#))
    #expect(baseline.contains(#""entity": "IF-021""#))
    #expect(baseline.contains(#""pointer": "/responseTimes""#))
    #expect(baseline.contains(#""fingerprint": ""#))
    // Writing again gives the same bytes (sorted, stable).
    #expect(try s.run(["lint", "catalogue", "--write-baseline", "baseline.json"]).status == 0)
    #expect(try s.read("baseline.json") == baseline)

    let gated = try s.run(["lint", "catalogue", "--baseline", "baseline.json"])
    #expect(gated.status == 0, "\(gated.stdout)\(gated.stderr)")
    #expect(gated.stdout.contains("0 errors"))
    #expect(!gated.stdout.contains("IF-021 has no error-response time"))
    let json = try s.run(["lint", "catalogue", "--baseline", "baseline.json", "--format", "json"])
    #expect(json.stdout.contains(#""kind": "baseline""#))

    // A new gap fails despite the baseline.
    try s.write("catalogue/interfaces/IF-022.json", Self.interface("IF-022", errorTime: false))
    let newGap = try s.run(["lint", "catalogue", "--baseline", "baseline.json"])
    #expect(newGap.status == 1)
    #expect(newGap.stdout.contains("catalogue/interfaces/IF-022.json"))
    #expect(newGap.stdout.contains("error: IF-022 has no error-response time"))
    #expect(!newGap.stdout.contains("error: IF-021"))
    try FileManager.default.removeItem(at: s.root.appendingPathComponent("catalogue/interfaces/IF-022.json"))

    // A fixed gap leaves a stale entry, reported once, at the entry in the baseline.
    try s.write("catalogue/interfaces/IF-021.json", Self.interface("IF-021", errorTime: true))
    let fixed = try s.run(["lint", "catalogue", "--baseline", "baseline.json"])
    #expect(fixed.status == 0)
    let lines = baseline.split(separator: "\n", omittingEmptySubsequences: false)
    let entityLine = try #require(lines.firstIndex { $0.contains(#""entity": "IF-021""#) && true })
    let ruleLine = entityLine - 1
    #expect(lines[ruleLine].contains("nfr/missing-error-response-time"))
    let expected =
      "baseline.json:\(ruleLine):5: info: baseline entry for nfr/missing-error-response-time on IF-021"
    #expect(fixed.stdout.contains(expected), "\(fixed.stdout)")
    #expect(fixed.stdout.components(separatedBy: "[baseline/stale-entry]").count == 2)
    #expect(try s.run(["lint", "catalogue", "--baseline", "baseline.json", "--fail-on", "info"]).status == 1)
    let sarif = try s.run(["lint", "catalogue", "--baseline", "baseline.json", "--format", "sarif"])
    #expect(sarif.stdout.contains(#""id": "baseline/stale-entry""#))
  }

  @Test(arguments: [
    ("{ \"format\": 1, \"findings\": [ ", "baseline.json:1:30: invalid baseline: unexpected end of input"),
    ("[]", "baseline.json:1:1: invalid baseline: a baseline is an object"),
    (
      "{ \"format\": 2, \"findings\": [] }",
      "baseline.json:1:13: invalid baseline: unsupported baseline format 2"
    ),
    ("{ \"findings\": [] }", "baseline.json:1:1: invalid baseline: a baseline needs \"format\""),
    (
      "{ \"format\": 1,\n  \"findings\": [ { \"rule\": \"x\", \"pointer\": \"\" } ] }",
      "baseline.json:2:17: invalid baseline: a baseline entry needs \"fingerprint\""
    ),
    (
      "{ \"format\": 1, \"findings\": [], \"finding\": [] }",
      "baseline.json:1:32: invalid baseline: unknown field \"finding\" in a baseline; did you mean `findings`?"
    ),
  ])
  func invalidBaselineIsExit2(_ contents: String, _ message: String) throws {
    let s = try Scratch()
    try s.write("baseline.json", contents)
    let result = try s.run(["lint", "catalogue", "--baseline", "baseline.json"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func anEntryForARuleThatDoesNotExistIsReportedNotIgnored() throws {
    let s = try Scratch()
    try s.write(
      "baseline.json",
      "{ \"format\": 1, \"findings\": [\n  { \"rule\": \"nfr/no-such-rule\", \"entity\": \"IF-021\", \"pointer\": \"\", \"fingerprint\": \"0123456789abcdef\" } ] }"
    )
    let result = try s.run(["lint", "catalogue", "--baseline", "baseline.json", "--fail-on", "never"])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "baseline.json:2:3: info: baseline entry for nfr/no-such-rule on IF-021 names a rule that does not exist"
      ), "\(result.stdout)")
  }

  @Test func missingBaselineIsExit2() throws {
    let s = try Scratch()
    let result = try s.run(["lint", "catalogue", "--baseline", "nowhere.json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read baseline 'nowhere.json'"))
  }

  @Test func aBaselineThatIsAFIFOIsExit2WithoutWaiting() throws {
    let s = try Scratch()
    #expect(mkfifo(s.root.appendingPathComponent("baseline.json").path, 0o644) == 0)
    let result = try MHHSBinary.run(
      ["lint", "catalogue", "--baseline", "baseline.json"], in: s.root, timeLimit: 30)
    #expect(!result.timedOut, "--baseline on a FIFO blocked")
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "cannot read baseline 'baseline.json': it is a FIFO (named pipe), not a regular file"),
      "\(result.stderr)")
  }

  @Test func aBaselineOverItsCapIsExit2() throws {
    let s = try Scratch()
    try s.write("baseline.json", "")
    // Sparse: 64 MiB and one byte that take no room on disk.
    #expect(truncate(s.root.appendingPathComponent("baseline.json").path, (64 << 20) + 1) == 0)
    let result = try s.run(["lint", "catalogue", "--baseline", "baseline.json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("a baseline may hold at most 64 MiB"), "\(result.stderr)")
  }

  @Test func writeBaselineRefusesALinkAndLeavesItsTargetAlone() throws {
    let s = try Scratch()
    try s.write("outside.json", "keep")
    try FileManager.default.createSymbolicLink(
      atPath: s.root.appendingPathComponent("baseline.json").path, withDestinationPath: "outside.json")
    let before = try s.entries()
    let result = try s.run(["lint", "catalogue", "--write-baseline", "baseline.json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot write 'baseline.json': it is a symbolic link"), "\(result.stderr)")
    #expect(try s.read("outside.json") == "keep")
    #expect(try s.entries() == before)
  }

  @Test(arguments: ["text", "json", "sarif", "junit", "github", "markdown", "html"])
  func unwritableOutputIsExit2AndLeavesNothing(_ format: String) throws {
    let s = try Scratch()
    try s.write("blocker", "a file, not a directory")
    let before = try s.entries()
    for path in ["blocker/report.out", "missing/report.out", "catalogue", "blocker/"] {
      let result = try s.run(["lint", "catalogue", "--format", format, "--output", path])
      #expect(result.status == 2, "\(path)")
      #expect(result.stderr.contains("cannot write"), "\(result.stderr)")
      #expect(try s.entries() == before)
      #expect(try s.read("blocker") == "a file, not a directory")
    }
    let written = try s.run([
      "lint", "catalogue", "--format", format, "--output", "report.out", "--fail-on", "never",
    ])
    #expect(written.status == 0)
    #expect(try s.entries() == (before + ["report.out"]).sorted())
  }

  @Test func unwritableBaselineIsExit2() throws {
    let s = try Scratch()
    let result = try s.run(["lint", "catalogue", "--write-baseline", "missing/baseline.json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot write 'missing/baseline.json'"))
  }
}
