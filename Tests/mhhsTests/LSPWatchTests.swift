import Foundation
import Testing

/// `mhhs lsp` keeping its diagnostics true to the disk and to the client's configuration: it
/// watches the catalogue, the ruleset and the baseline itself unless the client offers to, and
/// pulls the `mhhs` configuration section when the client answers `workspace/configuration`.
/// The server looks at the disk every 50 ms here (`pollInterval`), so no test waits long.
@Suite struct LSPWatchTests {
  static var fast: [String: Any] { ["pollInterval": 50] }
  static var watchingClient: [String: Any] {
    ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true, "relativePatternSupport": true]]]
  }
  static var configuringClient: [String: Any] { ["workspace": ["configuration": true]] }

  static func codes(_ diagnostics: [[String: Any]]?) -> [String]? {
    diagnostics?.map { $0["code"] as? String ?? "" }
  }

  static func write(_ text: String, to file: URL, atomically: Bool = false) throws {
    try Data(text.utf8).write(to: file, options: atomically ? [.atomic] : [])
  }

  @Test func aClosedFileChangedAddedOrDeletedOnDiskIsPublishedAgain() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let interface = catalogue.appendingPathComponent("interfaces/IF-001.json")
      let added = catalogue.appendingPathComponent("interfaces/IF-002.json")
      let server = try LSPLiveSession()
      server.initialize(root: root, options: Self.fast)
      let started = server.settle()
      #expect(
        started.contains {
          (($0["params"] as? [String: Any])?["message"] as? String)?.contains("on disk") == true
        })
      // Written in place: only the file's own time and size change.
      try Self.write(
        CLIFixture.interface("IF-001").replacingOccurrences(of: "SUP", with: "XYZ"), to: interface)
      let unknown = { (diagnostics: [[String: Any]]) in
        Self.codes(diagnostics)?.contains("catalogue/unknown-reference") == true
      }
      #expect(server.diagnostics(for: interface, where: unknown) != nil)
      // Saved as editors do, by moving a new file over it: clean again.
      try Self.write(CLIFixture.interface("IF-001"), to: interface, atomically: true)
      #expect(server.diagnostics(for: interface)?.isEmpty == true)
      try Self.write(CLIFixture.interface("IF-002").replacingOccurrences(of: "SUP", with: "ABC"), to: added)
      #expect(server.diagnostics(for: added, where: unknown) != nil)
      try FileManager.default.removeItem(at: added)
      #expect(server.diagnostics(for: added)?.isEmpty == true)
      #expect(server.finish() == 0)
    }
  }

  @Test func aNewRulesetOrAnEditedBaselineIsPublishedAgain() throws {
    try CLIFixture.with(LSPTests.planted) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let unknownRole = catalogue.appendingPathComponent("interfaces/IF-031.json")
      let baseline = root.appendingPathComponent("baseline.json")
      // A baseline that records nothing of this catalogue: that of a clean one.
      try CLIFixture.with(CLIFixture.clean) { clean in
        _ = try MHHSBinary.run(
          ["lint", clean.appendingPathComponent("catalogue").path, "--write-baseline", baseline.path])
      }
      let server = try LSPLiveSession()
      server.initialize(root: root, options: Self.fast.merging(["baseline": "baseline.json"]) { a, _ in a })
      #expect(
        Self.codes(server.diagnostics(for: unknownRole))?.contains("catalogue/unknown-reference") == true)
      server.settle()
      // The catalogue's default ruleset (../rules/recommended.json) appears, turning the rule off.
      let rules = root.appendingPathComponent("rules")
      try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
      try Self.write(
        #"{ "extends": ["recommended"], "rules": { "catalogue/unknown-reference": "off" } }"#,
        to: rules.appendingPathComponent("recommended.json"))
      let afterRuleset = try #require(server.diagnostics(for: unknownRole))
      #expect(!Self.codes(afterRuleset)!.contains("catalogue/unknown-reference"))
      // The baseline now records every finding: nothing is left to show.
      let interfaceWithFindings = catalogue.appendingPathComponent("interfaces/IF-030.json")
      #expect(try LSPTests.lintFindings(catalogue).contains { $0.hasPrefix("interfaces/IF-030.json") })
      _ = try MHHSBinary.run(["lint", catalogue.path, "--write-baseline", baseline.path])
      #expect(server.diagnostics(for: interfaceWithFindings)?.isEmpty == true)
      #expect(server.finish() == 0)
    }
  }

  @Test func aClientThatWatchesIsAskedToAndTheServerDoesNotLookItself() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let interface = catalogue.appendingPathComponent("interfaces/IF-001.json")
      _ = try MHHSBinary.run(
        ["lint", catalogue.path, "--write-baseline", root.appendingPathComponent("baseline.json").path])
      let server = try LSPLiveSession()
      server.initialize(
        root: root, capabilities: Self.watchingClient,
        options: Self.fast.merging(["baseline": "baseline.json"]) { a, _ in a })
      let registration = try #require(server.serverRequest("client/registerCapability"))
      let registrations = (registration["params"] as? [String: Any])?["registrations"] as? [[String: Any]]
      #expect(registrations?.first?["method"] as? String == "workspace/didChangeWatchedFiles")
      let watchers =
        (registrations?.first?["registerOptions"] as? [String: Any])?["watchers"] as? [[String: Any]] ?? []
      let patterns = watchers.compactMap { $0["globPattern"] as? [String: String] }
      #expect(
        patterns == [
          ["baseUri": LSPSession.uri(catalogue), "pattern": "**/*.json"],
          ["baseUri": LSPSession.uri(root.appendingPathComponent("rules")), "pattern": "recommended.json"],
          ["baseUri": LSPSession.uri(root), "pattern": "baseline.json"],
        ])
      server.respond(to: registration, result: NSNull())
      let started = server.settle()
      try Self.write(
        CLIFixture.interface("IF-001").replacingOccurrences(of: "SUP", with: "XYZ"), to: interface)
      Thread.sleep(forTimeInterval: 0.5)  // ten looks at the disk, were the server looking
      let meanwhile = server.settle()
      #expect(!meanwhile.contains { $0["method"] as? String == "textDocument/publishDiagnostics" })
      // The client's response was taken as one: no error, no log of a fallback.
      #expect(!(started + meanwhile).contains { $0["error"] != nil })
      #expect(!(started + meanwhile).contains { $0["method"] as? String == "window/logMessage" })
      server.notify(
        "workspace/didChangeWatchedFiles", ["changes": [["uri": LSPSession.uri(interface), "type": 2]]])
      #expect(Self.codes(server.diagnostics(for: interface))?.contains("catalogue/unknown-reference") == true)
      // Another ruleset: the old registration ends, and one for the new file replaces it.
      server.notify("workspace/didChangeConfiguration", ["settings": ["mhhs": ["ruleset": "team.json"]]])
      let ended = try #require(server.serverRequest("client/unregisterCapability"))
      let ids = ((ended["params"] as? [String: Any])?["unregisterations"] as? [[String: Any]])?.map {
        $0["id"] as? String
      }
      #expect(ids == [registrations?.first?["id"] as? String])
      let again = try #require(server.serverRequest("client/registerCapability"))
      let renewed = (again["params"] as? [String: Any])?["registrations"] as? [[String: Any]]
      let newWatchers =
        (renewed?.first?["registerOptions"] as? [String: Any])?["watchers"] as? [[String: Any]] ?? []
      #expect(
        newWatchers.compactMap { $0["globPattern"] as? [String: String] }.contains([
          "baseUri": LSPSession.uri(root), "pattern": "team.json",
        ]))
      #expect(server.finish() == 0)
    }
  }

  @Test func aClientThatRefusesToWatchLeavesTheServerWatching() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let interface = root.appendingPathComponent("catalogue/interfaces/IF-001.json")
      let server = try LSPLiveSession()
      server.initialize(root: root, capabilities: Self.watchingClient, options: Self.fast)
      let registration = try #require(server.serverRequest("client/registerCapability"))
      server.respond(to: registration, errorCode: -32601, message: "no dynamic registration here")
      server.settle()
      try Self.write(
        CLIFixture.interface("IF-001").replacingOccurrences(of: "SUP", with: "XYZ"), to: interface)
      #expect(Self.codes(server.diagnostics(for: interface))?.contains("catalogue/unknown-reference") == true)
      #expect(server.finish() == 0)
    }
  }

  @Test func configurationIsPulledAtStartAndAfterANullChange() throws {
    try CLIFixture.with(LSPTests.planted) { root in
      let unknownRole = root.appendingPathComponent("catalogue/interfaces/IF-031.json")
      let rules = root.appendingPathComponent("rules")
      try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
      try Self.write(
        #"{ "extends": ["recommended"], "rules": { "catalogue/unknown-reference": "off" } }"#,
        to: rules.appendingPathComponent("quiet.json"))
      let server = try LSPLiveSession()
      server.initialize(root: root, capabilities: Self.configuringClient, options: Self.fast)
      let first = try #require(server.serverRequest("workspace/configuration"))
      let items = (first["params"] as? [String: Any])?["items"] as? [[String: String]]
      #expect(items == [["scopeUri": LSPSession.uri(root), "section": "mhhs"]])
      #expect(
        Self.codes(server.diagnostics(for: unknownRole))?.contains("catalogue/unknown-reference") == true)
      // The client's answer names a ruleset: the server checks again with it.
      server.respond(to: first, result: [["ruleset": "rules/quiet.json"]])
      let quiet = try #require(server.diagnostics(for: unknownRole))
      #expect(!Self.codes(quiet)!.contains("catalogue/unknown-reference"))
      // A change without an `mhhs` section: the server asks again; the section is gone now.
      server.notify("workspace/didChangeConfiguration", ["settings": NSNull()])
      let second = try #require(server.serverRequest("workspace/configuration"))
      server.respond(to: second, result: [NSNull()])
      #expect(
        Self.codes(server.diagnostics(for: unknownRole))?.contains("catalogue/unknown-reference") == true)
      // Settings pushed in an `mhhs` section are used as they come.
      server.notify(
        "workspace/didChangeConfiguration", ["settings": ["mhhs": ["ruleset": "rules/quiet.json"]]])
      #expect(!Self.codes(server.diagnostics(for: unknownRole))!.contains("catalogue/unknown-reference"))
      #expect(!server.settle().contains { $0["error"] != nil })
      #expect(server.finish() == 0)
    }
  }

  /// Responses are matched to the server's requests by id: one to nothing it asked is dropped,
  /// never answered with an error.
  @Test func responsesToUnknownRequestsAreDroppedSilently() throws {
    var session = LSPSession()
    session.initialize(root: nil)
    session.send(["id": 999, "result": NSNull()])
    session.send(["id": "abc", "error": ["code": -32601, "message": "no"]])
    session.send(["id": 7])  // neither request nor response
    session.finish()
    let transcript = try session.run()
    #expect(transcript.status == 0)
    let errors = transcript.messages.compactMap { $0["error"] as? [String: Any] }
    #expect(errors.count == 1)
    #expect(transcript.messages.first { $0["error"] != nil }?["id"] as? Int == 7)
  }
}
