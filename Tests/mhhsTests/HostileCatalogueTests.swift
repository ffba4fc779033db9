import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `mhhs lint` on catalogues a hostile pull request could produce: every run ends in exit 0, 1
/// or 2 within seconds, reports what it met with file, line and column, and writes nothing.
/// Large inputs are generated here at run time, never committed.
@Suite(.serialized) struct HostileCatalogueTests {
  /// A temporary catalogue with one valid interface, removed afterwards.
  final class Scratch {
    let root: URL
    let catalogue: URL

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "mhhs-hostile-\(UUID().uuidString)")
      catalogue = root.appendingPathComponent("catalogue")
      for folder in ["interfaces", "dataflows", "nfrs", "change-requests"] {
        try FileManager.default.createDirectory(
          at: catalogue.appendingPathComponent(folder), withIntermediateDirectories: true)
      }
      try write("catalogue.json", #"{ "format": 1, "name": "Hostile" }"#)
      try write(
        "roles.json",
        #"{ "roles": [ { "id": "SDS", "name": "Smart" }, { "id": "SUP", "name": "Supplier" } ] }"#)
      try write(
        "interfaces/IF-001.json",
        #"{ "id": "IF-001", "name": "Valid", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#
      )
    }

    deinit {
      chmodAll(root)
      try? FileManager.default.removeItem(at: root)
    }

    func path(_ relative: String) -> String { catalogue.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
      try Data(text.utf8).write(to: catalogue.appendingPathComponent(relative))
    }

    /// Every path under the root with its size and modification time, to prove nothing was written.
    func snapshot() -> [String] {
      var result: [String] = []
      let enumerator = FileManager.default.enumerator(atPath: root.path)
      while let relative = enumerator?.nextObject() as? String {
        var info = stat()
        lstat(root.appendingPathComponent(relative).path, &info)
        result.append("\(relative) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
      }
      return result.sorted()
    }

    private func chmodAll(_ url: URL) {
      let enumerator = FileManager.default.enumerator(atPath: url.path)
      while let relative = enumerator?.nextObject() as? String {
        chmod(url.appendingPathComponent(relative).path, 0o755)
      }
    }
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    var findings: [[String: Any]]
  }

  /// Runs `mhhs lint` on the scratch catalogue with the JSON report on stdout; fails the test
  /// (and kills the process) if it runs longer than `limit` seconds.
  func lint(_ scratch: Scratch, limit: Double = 60) throws -> Run {
    let before = scratch.snapshot()
    let out = scratch.root.appendingPathComponent("stdout")
    let err = scratch.root.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    let process = Process()
    process.executableURL = MHHSBinary.url
    process.arguments = ["lint", scratch.catalogue.path, "--format", "json"]
    process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    while process.isRunning && Date().timeIntervalSince(start) < limit { usleep(10_000) }
    let seconds = Date().timeIntervalSince(start)
    if process.isRunning {
      process.terminate()
      Issue.record("mhhs lint did not finish within \(limit) s")
    }
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    let stdout = String(decoding: try Data(contentsOf: out), as: UTF8.self)
    try FileManager.default.removeItem(at: out)
    let stderr = String(decoding: try Data(contentsOf: err), as: UTF8.self)
    try FileManager.default.removeItem(at: err)
    #expect(scratch.snapshot() == before, "mhhs lint changed files under the catalogue")
    #expect(process.terminationReason == .exit, "mhhs lint crashed: \(stderr)")
    #expect([0, 1, 2].contains(process.terminationStatus), "exit \(process.terminationStatus): \(stderr)")
    var findings: [[String: Any]] = []
    if process.terminationStatus != 2 {
      let report = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
      findings = report?["findings"] as? [[String: Any]] ?? []
    }
    return Run(
      status: process.terminationStatus, stdout: stdout, stderr: stderr, seconds: seconds, findings: findings)
  }

  /// The finding about `file` whose message contains `text`, checked for a usable location.
  @discardableResult
  func expectFinding(_ run: Run, file: String, containing text: String, line: Int = 1, column: Int = 1)
    -> [String: Any]?
  {
    let match = run.findings.first {
      ($0["file"] as? String)?.hasSuffix("/" + file) == true
        && ($0["message"] as? String)?.contains(text) == true
    }
    #expect(
      match != nil,
      "no finding on \(file) containing “\(text)”; got \(run.findings.map { "\($0["file"] ?? ""): \($0["message"] ?? "")" })"
    )
    if let match {
      #expect(match["line"] as? Int == line)
      #expect(match["column"] as? Int == column)
    }
    return match
  }

  @Test func aDirectoryNamedLikeAJSONFile() throws {
    let scratch = try Scratch()
    try FileManager.default.createDirectory(
      atPath: scratch.path("interfaces/IF-009.json"), withIntermediateDirectories: false)
    let run = try lint(scratch)
    #expect(run.status == 1)
    expectFinding(run, file: "interfaces/IF-009.json", containing: "is a directory")
  }

  @Test func aLinkToEtcPasswdIsReportedAndNotRead() throws {
    let scratch = try Scratch()
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("interfaces/IF-008.json"), withDestinationPath: "/etc/passwd")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("roles.json.bak"), withDestinationPath: "/etc/passwd")
    let run = try lint(scratch)
    #expect(run.status == 1)
    expectFinding(run, file: "interfaces/IF-008.json", containing: "outside the catalogue")
    #expect(!run.stdout.contains("root:"), "the content of /etc/passwd leaked into the report")
  }

  @Test func aLinkedFolderOutsideTheCatalogueIsNotRead() throws {
    let scratch = try Scratch()
    let outside = scratch.root.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data(#"{ "id": "D0001", "oops": true }"#.utf8).write(to: outside.appendingPathComponent("D0001.json"))
    try FileManager.default.removeItem(atPath: scratch.path("dataflows"))
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("dataflows"), withDestinationPath: outside.path)
    let run = try lint(scratch)
    expectFinding(run, file: "dataflows", containing: "outside the catalogue")
    #expect(!run.stdout.contains("oops"))
  }

  @Test func aLinkInsideTheCatalogueIsFollowed() throws {
    let scratch = try Scratch()
    try FileManager.default.createDirectory(atPath: scratch.path("shared"), withIntermediateDirectories: true)
    try scratch.write(
      "shared/IF-002.json",
      #"{ "id": "IF-002", "name": "Linked", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUPX"] }"#
    )
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("interfaces/IF-002.json"), withDestinationPath: "../shared/IF-002.json")
    let run = try lint(scratch)
    #expect(run.status == 1)
    expectFinding(run, file: "interfaces/IF-002.json", containing: "SUPX", column: 119)
    #expect(!run.findings.contains { ($0["message"] as? String)?.contains("outside") == true })
  }

  @Test func aPipeNamedLikeAJSONFileDoesNotHang() throws {
    let scratch = try Scratch()
    #expect(mkfifo(scratch.path("interfaces/IF-007.json"), 0o644) == 0)
    #expect(mkfifo(scratch.path("catalogue.json.fifo"), 0o644) == 0)
    let run = try lint(scratch, limit: 20)
    #expect(run.seconds < 20)
    expectFinding(run, file: "interfaces/IF-007.json", containing: "not a regular file")
  }

  @Test func anUnreadableFile() throws {
    let scratch = try Scratch()
    try scratch.write("interfaces/IF-006.json", #"{ "id": "IF-006" }"#)
    chmod(scratch.path("interfaces/IF-006.json"), 0)
    let run = try lint(scratch)
    #expect(run.status == 1)
    if geteuid() == 0 {
      // Root reads the file regardless of its mode (the test suite usually runs as root in
      // containers), so the file is read and its missing fields reported.
      expectFinding(run, file: "interfaces/IF-006.json", containing: "missing required field")
    } else {
      expectFinding(run, file: "interfaces/IF-006.json", containing: "cannot be read")
    }
  }

  @Test func outputToDevNullLeavesTheDevice() throws {
    let scratch = try Scratch()
    let result = try MHHSBinary.run([
      "lint", scratch.catalogue.path, "--format", "json", "--output", "/dev/null",
    ])
    #expect([0, 1].contains(result.status), "\(result.stderr)")
    var info = stat()
    #expect(stat("/dev/null", &info) == 0)
    #expect((info.st_mode & S_IFMT) == S_IFCHR, "--output /dev/null replaced the device")
  }

  @Test func aCatalogueThatIsAFile() throws {
    let scratch = try Scratch()
    try FileManager.default.removeItem(at: scratch.catalogue)
    try Data("{}".utf8).write(to: scratch.catalogue)
    let run = try lint(scratch)
    #expect(run.status == 2)
    #expect(run.stderr.contains("is not a directory"))
  }

  @Test func aTwentyMegabyteString() throws {
    let scratch = try Scratch()
    try scratch.write(
      "interfaces/IF-005.json",
      #"{ "id": "IF-005", "name": ""# + String(repeating: "x", count: 20_000_000)
        + #"", "version": "1.0", "status": "live", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#)
    let run = try lint(scratch)
    #expect(run.status == 1)
    expectFinding(run, file: "interfaces/IF-005.json", containing: "\"live\"", column: 20_000_059)
    #expect(run.stdout.utf8.count < 1_000_000)
  }

  @Test func aMillionUnknownRoles() throws {
    let scratch = try Scratch()
    let roles = Array(repeating: #""XX""#, count: 1_000_000).joined(separator: ",")
    try scratch.write(
      "interfaces/IF-004.json",
      #"{ "id": "IF-004", "name": "Many", "version": "1.0", "status": "active", "transport": "dip", "from": ["#
        + roles + #"], "to": ["SUP"] }"#)
    let run = try lint(scratch)
    #expect(run.status == 1)
    expectFinding(run, file: "interfaces/IF-004.json", containing: "names role XX", column: 102)
    expectFinding(run, file: "interfaces/IF-004.json", containing: "999001 more references", column: 5_097)
    #expect(run.findings.count < 1_100)
  }

  @Test func deepNestingAndGarbage() throws {
    let scratch = try Scratch()
    try scratch.write("interfaces/IF-003.json", String(repeating: "[", count: 100_000))
    try scratch.write("dataflows/D0001.json", "{} trailing")
    try scratch.write("nfrs/E2E1.json", "")
    try scratch.write("change-requests/CR001.json", "\u{FEFF}// comment\n{}")
    let run = try lint(scratch)
    #expect(run.status == 1)
    expectFinding(run, file: "interfaces/IF-003.json", containing: "nesting deeper than", column: 257)
    expectFinding(run, file: "dataflows/D0001.json", containing: "unexpected content", column: 4)
    expectFinding(run, file: "nfrs/E2E1.json", containing: "unexpected end of input")
    expectFinding(run, file: "change-requests/CR001.json", containing: "byte order mark")
    expectFinding(run, file: "change-requests/CR001.json", containing: "comments are not allowed")
  }
}
