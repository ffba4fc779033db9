import Foundation
import Testing

/// `--output` (atomic writes), help and version.
@Suite struct OutputFileTests {
  @Test func writesTheReportToTheFileAndNothingElse() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let stdout = try MHHSBinary.run(["lint", "catalogue", "--format", "json"], in: root)
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
      let result = try MHHSBinary.run(
        ["lint", "catalogue", "--format", "json", "--output", "out/report.json"], in: root)
      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.isEmpty)
      let written = try String(contentsOf: root.appendingPathComponent("out/report.json"), encoding: .utf8)
      #expect(written == stdout.stdout)
      // No temporary files are left beside it.
      #expect(try CLIFixture.listing(root.appendingPathComponent("out")) == ["report.json"])
      #expect(try CLIFixture.listing(root) == ["catalogue", "out"])
    }
  }

  @Test func replacesAnExistingFile() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let target = root.appendingPathComponent("report.txt")
      try Data("old contents that are longer than the new report\n".utf8).write(to: target)
      let result = try MHHSBinary.run(["lint", "catalogue", "--output", "report.txt"], in: root)
      #expect(result.status == 0)
      #expect(
        try String(contentsOf: target, encoding: .utf8)
          == "0 errors, 0 warnings, 0 info, 0 suppressed (1 interface, 0 D-flows, 0 NFRs, 0 change requests)\n"
      )
      #expect(try CLIFixture.listing(root) == ["catalogue", "report.txt"])
    }
  }

  @Test func anUnwritablePathIsExit2AndCreatesNothing() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let result = try MHHSBinary.run(
        ["lint", "catalogue", "--format", "json", "--output", "missing/dir/report.json"], in: root)
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("missing/dir/report.json"), "\(result.stderr)")
      #expect(try CLIFixture.listing(root) == ["catalogue"])
    }
  }

  @Test func aLegalNameOf255BytesIsWritten() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      for name in [
        String(repeating: "r", count: 250) + ".json", String(repeating: "é", count: 125) + ".json",
      ] {
        #expect(name.utf8.count <= 255)
        let result = try MHHSBinary.run(["lint", "catalogue", "--output", name], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLIFixture.listing(root) == ["catalogue", name])
        try FileManager.default.removeItem(at: root.appendingPathComponent(name))
      }
    }
  }

  @Test func anOutputThatIsALinkIsRefusedAndItsTargetKept() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      try Data("keep".utf8).write(to: root.appendingPathComponent("outside.txt"))
      try FileManager.default.createSymbolicLink(
        atPath: root.appendingPathComponent("report.txt").path, withDestinationPath: "outside.txt")
      let result = try MHHSBinary.run(["lint", "catalogue", "--output", "report.txt"], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("cannot write 'report.txt': it is a symbolic link"), "\(result.stderr)")
      #expect(try String(contentsOf: root.appendingPathComponent("outside.txt"), encoding: .utf8) == "keep")
      #expect(try CLIFixture.listing(root) == ["catalogue", "outside.txt", "report.txt"])
    }
  }

  @Test func devStdoutIsTheStandardOutputWhateverItIs() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      // The test's standard output is a regular file: the report is written to it, in place.
      let result = try MHHSBinary.run(["lint", "catalogue", "--output", "/dev/stdout"], in: root)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("0 errors, 0 warnings"), "\(result.stdout)")
    }
  }

  @Test func aDirectoryAsOutputIsExit2AndLeavesItAlone() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--output", "catalogue"], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("directory"))
      #expect(try CLIFixture.listing(root) == ["catalogue"])
      #expect(try CLIFixture.listing(root.appendingPathComponent("catalogue")).contains("catalogue.json"))
      #expect(
        !(try CLIFixture.listing(root.appendingPathComponent("catalogue")).contains { $0.hasSuffix(".tmp") }))
    }
  }
}

@Suite struct HelpTests {
  @Test func helpListsTheCommands() throws {
    let result = try MHHSBinary.run(["help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Usage: mhhs COMMAND"))
    #expect(result.stdout.contains("  lint "))
    #expect(result.stdout.contains("  help "))
    #expect(result.stdout.contains("--version"))
    #expect(result.stderr.isEmpty)
  }

  @Test func helpForLintListsItsOptions() throws {
    let result = try MHHSBinary.run(["help", "lint"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Usage: mhhs lint [DIR]"))
    for option in [
      "--format FORMAT", "--output FILE", "--fail-on SEVERITY", "--release ID", "--as-of DATE", "--quiet",
      "--help",
    ] {
      #expect(result.stdout.contains(option), "\(option)")
    }
    #expect(result.stdout.contains("text|json"))
    #expect(result.stdout.contains("error|warning|info|hint|never"))
  }

  struct HelpCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var lintHelp: Bool
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let helpCases = [
    HelpCase(arguments: ["-h"], lintHelp: false),
    HelpCase(arguments: ["--help"], lintHelp: false),
    HelpCase(arguments: ["lint", "-h"], lintHelp: true),
    HelpCase(arguments: ["lint", "--help"], lintHelp: true),
    HelpCase(arguments: ["lint", "catalogue", "--format", "json", "-h"], lintHelp: true),
    HelpCase(arguments: ["lint", "--help", "no-such-directory"], lintHelp: true),
    HelpCase(arguments: ["help", "--help"], lintHelp: false),
  ]

  @Test("-h anywhere prints help", arguments: helpCases)
  func helpAnywhere(_ c: HelpCase) throws {
    let result = try MHHSBinary.run(c.arguments)
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(c.lintHelp ? "Usage: mhhs lint" : "") && result.stdout.contains("Usage: mhhs"))
    if c.lintHelp { #expect(result.stdout.contains("--fail-on")) }
    #expect(result.stderr.isEmpty)
  }

  @Test func helpForAnUnknownCommandIsAUsageError() throws {
    let result = try MHHSBinary.run(["help", "lnit"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("'lnit'"))
  }

  @Test func versionAnywhereItIsDocumented() throws {
    let result = try MHHSBinary.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.wholeMatch(of: /mhhs [0-9]+\.[0-9]+\.[0-9]+ \(catalogue format [0-9]+\)\n/) != nil)
    #expect(result.stderr.isEmpty)
  }
}

/// The shipped catalogue, from the repository (part of the package, so a fresh clone has it).
@Suite struct ShippedCatalogueTests {
  @Test func if021HasNoErrorResponseTime() throws {
    let catalogue = CLIFixture.packageRoot.appendingPathComponent("catalogue")
    #expect(FileManager.default.fileExists(atPath: catalogue.appendingPathComponent("catalogue.json").path))
    let result = try MHHSBinary.run(["lint", catalogue.path, "--format", "json", "--fail-on", "never"])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try ReportJSON.object(result.stdout)
    let findings = try #require(report["findings"] as? [[String: Any]])
    let gap = try #require(
      findings.first {
        $0["rule"] as? String == "nfr/missing-error-response-time" && $0["entity"] as? String == "IF-021"
      }, "IF-021 must show the DAG31-03 gap")
    #expect(gap["suppressed"] as? Bool == false)
    #expect(gap["severity"] as? String == "error")
    #expect((gap["file"] as? String)?.hasSuffix("catalogue/interfaces/IF-021.json") == true)
    #expect((gap["message"] as? String)?.contains("DAG31-03") == true)
  }

  @Test func lintingTheShippedCatalogueFromThePackageRoot() throws {
    let result = try MHHSBinary.run(["lint"], in: CLIFixture.packageRoot)
    #expect(result.status == 1)
    #expect(
      result.stdout.split(separator: "\n").contains {
        $0.hasPrefix("catalogue/interfaces/IF-021.json:") && $0.contains(": error: ")
          && $0.hasSuffix("[nfr/missing-error-response-time]")
      }, "\(result.stdout)")
  }
}
