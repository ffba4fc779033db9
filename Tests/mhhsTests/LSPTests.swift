import Foundation
import Testing

/// `mhhs lsp` driven over its standard input and output, as an editor drives it.
@Suite struct LSPTests {
  /// A catalogue with planted mistakes: an unknown field, an unknown role, a missing response
  /// time, an exempted finding and a clean file.
  static let planted = CLIFixture.mixed.merging([
    "interfaces/IF-030.json": CLIFixture.interface("IF-030", #",\#n  "responeTimes": {}"#),
    "interfaces/IF-031.json": CLIFixture.interface("IF-031").replacingOccurrences(
      of: #""to": ["SUP"]"#, with: #""to": ["XYZ"]"#),
    "interfaces/IF-001.json": CLIFixture.interface("IF-001"),
  ]) { _, new in new }

  /// (file under the catalogue, line, rule, severity, message) of each unsuppressed finding of
  /// `mhhs lint --format json`.
  static func lintFindings(_ catalogue: URL, _ arguments: [String] = []) throws -> Set<String> {
    let run = try MHHSBinary.run(
      ["lint", catalogue.path, "--format", "json", "--fail-on", "never"] + arguments)
    let report = try ReportJSON.object(run.stdout)
    let findings = try #require(report["findings"] as? [[String: Any]])
    let prefix = catalogue.path + "/"
    let severities = ["error": 1, "warning": 2, "info": 3, "hint": 4]
    return Set(
      findings.filter { $0["suppressed"] as? Bool == false }.map { f in
        let file = String((f["file"] as! String).dropFirst(prefix.count))
        return
          "\(file):\(f["line"] as! Int):\(f["rule"] as! String):\(severities[f["severity"] as! String]!):\(f["message"] as! String)"
      })
  }

  /// The same tuples from the diagnostics last published for each file.
  static func serverFindings(_ transcript: LSPSession.Transcript, _ catalogue: URL) -> Set<String> {
    let prefix = LSPSession.uri(catalogue) + "/"
    var result = Set<String>()
    for (uri, diagnostics) in transcript.latest {
      for d in diagnostics {
        let line = ((d["range"] as! [String: Any])["start"] as! [String: Any])["line"] as! Int
        result.insert(
          "\(uri.dropFirst(prefix.count)):\(line + 1):\(d["code"] as! String):\(d["severity"] as! Int):\(d["message"] as! String)"
        )
      }
    }
    return result
  }

  @Test func diagnosticsEqualTheLintReportForTheWholeCatalogue() throws {
    try CLIFixture.with(Self.planted) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      var session = LSPSession()
      session.initialize(root: root)  // a repository opened whole: root/catalogue/catalogue.json
      session.finish()
      let transcript = try session.run()
      #expect(!transcript.timedOut)
      #expect(transcript.status == 0)
      let expected = try Self.lintFindings(catalogue)
      #expect(expected.contains { $0.hasPrefix("interfaces/IF-030.json") })
      #expect(expected.contains { $0.hasPrefix("interfaces/IF-031.json") })
      #expect(Self.serverFindings(transcript, catalogue) == expected)
      // Nothing published for the clean file, nor the exempted finding of IF-022.
      #expect(
        transcript.latest[LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-001.json"))] == nil)
    }
  }

  @Test func aBaselineAndAReleaseFromInitializationOptionsAreThoseOfLint() throws {
    try CLIFixture.with(Self.planted) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let baseline = root.appendingPathComponent("baseline.json")
      // Record IF-030's findings only, by writing the baseline before IF-031 exists.
      _ = try MHHSBinary.run(["lint", catalogue.path, "--write-baseline", baseline.path])
      try Data(
        CLIFixture.interface("IF-032").replacingOccurrences(of: #""SUP""#, with: #""ABC""#).utf8
      ).write(to: catalogue.appendingPathComponent("interfaces/IF-032.json"))
      var session = LSPSession()
      session.initialize(root: catalogue, options: ["baseline": "../baseline.json", "release": "IR7"])
      session.finish()
      let transcript = try session.run()
      let expected = try Self.lintFindings(catalogue, ["--baseline", baseline.path, "--release", "IR7"])
      #expect(!expected.isEmpty)
      #expect(expected.allSatisfy { $0.hasPrefix("interfaces/IF-032.json") })
      #expect(Self.serverFindings(transcript, catalogue) == expected)
    }
  }

  @Test func anEditReachesClosedFilesAndClearsThemWhenFixed() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let roles = catalogue.appendingPathComponent("roles.json")
      let interface = LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-001.json"))
      var session = LSPSession()
      session.initialize(root: root)
      session.open(roles)
      // Rename SUP to SUX in the unsaved buffer: IF-001, never opened, now names an unknown role.
      let line0 = try String(contentsOf: roles, encoding: .utf8)
      let column = try #require(line0.range(of: "\"SUP\"")).lowerBound.utf16Offset(in: line0) + 1
      let range: [String: Any] = [
        "start": ["line": 0, "character": column + 2], "end": ["line": 0, "character": column + 3],
      ]
      session.change(roles, version: 2, [["range": range, "text": "X"]])
      session.change(
        roles, version: 3,
        [
          [
            "range": [
              "start": ["line": 0, "character": column + 2], "end": ["line": 0, "character": column + 3],
            ], "text": "P",
          ]
        ])
      session.finish()
      let transcript = try session.run()
      let forInterface = transcript.published.filter { $0.uri == interface }
      #expect(forInterface.count == 2)
      #expect(
        forInterface.first?.diagnostics.contains { $0["code"] as? String == "catalogue/unknown-reference" }
          == true)
      #expect(forInterface.last?.diagnostics.isEmpty == true)
      #expect(forInterface.first?.version == nil)
    }
  }

  /// An unknown field after an en dash and an astral character on the same line.
  @Test(
    arguments: [
      (["utf-32", "utf-16"], "utf-32", 0), (["utf-8", "utf-16"], "utf-8", 5), (nil, "utf-16", 1),
    ] as [([String]?, String, Int)])
  func positionsFollowTheNegotiatedEncoding(_ offered: [String]?, _ chosen: String, _ extra: Int) throws {
    let line = #"{ "id": "IF-001", "name": "A – 😀", "statuss": "x", "#
    let text = line + #""name2": 1 }"#
    try CLIFixture.with(["interfaces/IF-001.json": text]) { root in
      var session = LSPSession()
      let initialize = 1
      session.initialize(root: root, encodings: offered)
      session.finish()
      let transcript = try session.run()
      let capabilities =
        (transcript.response(initialize)?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
      #expect(capabilities?["positionEncoding"] as? String == chosen)
      let uri = LSPSession.uri(root.appendingPathComponent("catalogue/interfaces/IF-001.json"))
      let diagnostic = try #require(
        transcript.latest[uri]?.first { ($0["message"] as? String)?.contains("statuss") == true })
      let range = try #require(diagnostic["range"] as? [String: [String: Int]])
      // In scalars, `"statuss"` starts at offset 37: the en dash is 3 bytes and 1 UTF-16 unit,
      // the astral character 4 bytes and 2 UTF-16 units.
      let scalars = line.unicodeScalars.distance(
        from: line.unicodeScalars.startIndex, to: line.range(of: "\"statuss\"")!.lowerBound)
      #expect(range["start"] == ["line": 0, "character": scalars + extra])
      #expect(range["end"] == ["line": 0, "character": scalars + extra + 9])
    }
  }

  @Test func incrementalEditsCountInTheNegotiatedEncoding() throws {
    let text =
      #"{ "id": "IF-001", "name": "😀 – x", "statuss": "active", "version": "1.0", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#
    try CLIFixture.with(["interfaces/IF-001.json": text]) { root in
      let file = root.appendingPathComponent("catalogue/interfaces/IF-001.json")
      var session = LSPSession()
      session.initialize(root: root)  // utf-16
      session.open(file)
      // Delete the second `s` of `statuss`: UTF-16 offset counts the emoji as 2.
      let scalars = text.unicodeScalars.distance(
        from: text.unicodeScalars.startIndex, to: text.range(of: "statuss")!.lowerBound)
      let start = scalars + 1 + 6  // emoji is one scalar, two UTF-16 units
      session.change(
        file, version: 2,
        [
          [
            "range": [
              "start": ["line": 0, "character": start], "end": ["line": 0, "character": start + 1],
            ], "text": "",
          ]
        ])
      session.finish()
      let transcript = try session.run()
      let last = try #require(transcript.published.last { $0.uri == LSPSession.uri(file) })
      #expect(last.version == 2)
      #expect(!last.diagnostics.contains { $0["code"] as? String == "catalogue/schema" })
    }
  }

  @Test func aSingleOpenedFileFindsItsCatalogueByWalkingUp() throws {
    try CLIFixture.with(Self.planted) { root in
      let file = root.appendingPathComponent("catalogue/interfaces/IF-031.json")
      var session = LSPSession()
      session.initialize(root: nil)
      session.open(file)
      session.finish()
      let transcript = try session.run()
      #expect(transcript.latest[LSPSession.uri(file)]?.isEmpty == false)
      #expect(transcript.latest.count > 1)  // closed files too
    }
  }

  @Test func hostileFramingIsAnsweredNeverFatal() throws {
    var session = LSPSession()
    let early = session.request("textDocument/hover")
    session.raw(Array("Content-Type: x\r\n\r\n".utf8))  // no Content-Length
    session.raw(Array("Content-Length: nine\r\n\r\n".utf8))
    session.raw(Array("Content-Length: 5\r\n\r\n{bad}".utf8))
    session.raw(Array("Content-Length: 999999999999\r\n\r\n".utf8) + Array(repeating: 0x20, count: 100))
    var after = LSPSession()
    after.initialize(root: nil)
    let unknown = after.request("mhhs/nothing")
    after.finish()
    let transcript = try session.run()
    #expect(!transcript.timedOut)
    #expect((transcript.response(early)?["error"] as? [String: Any])?["code"] as? Int == -32002)
    let errors = transcript.messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
    #expect(errors == [-32002, -32600, -32600, -32700])
    #expect(transcript.status == 1)  // end of input inside the huge body, without shutdown

    var whole = LSPSession()
    whole.raw(Array("Content-Length: 5\r\n\r\n{bad}".utf8))
    whole.raw(after.input)
    let second = try whole.run()
    #expect(!second.timedOut)
    #expect(second.status == 0)
    #expect((second.response(unknown)?["error"] as? [String: Any])?["code"] as? Int == -32601)
  }

  @Test func truncatedBodyAndEndOfInputStopTheServer() throws {
    var session = LSPSession()
    session.raw(Array("Content-Length: 100\r\n\r\n{\"jsonrpc\":".utf8))
    let transcript = try session.run()
    #expect(!transcript.timedOut)
    #expect(transcript.status == 1)
    #expect(transcript.messages.isEmpty)
  }
}
