import Foundation
import Testing

/// `mhhs lsp` answering requests about ids and positions: definition, references, rename,
/// symbols, hover, completion and code actions, each driven over standard input and output.
@Suite struct LSPNavigationTests {
  /// IF-001 names SDS after an en dash and an astral character on the same line; CR001
  /// affects IF-001; IF-002 names SDS too.
  static let line = #"{ "id": "IF-001", "name": "A – 😀", "from": ["SDS"], "to": ["SUP"], "#
  static let files: [String: String] = [
    "interfaces/IF-001.json": line
      + #""version": "1.0", "status": "active", "transport": "dip", "introducedIn": "IR7" }"# + "\n",
    "interfaces/IF-002.json": CLIFixture.interface("IF-002"),
    "change-requests/CR001.json":
      #"{ "id": "CR001", "title": "Change – one", "status": "approved", "release": "IR7", "affects": ["IF-001"] }"#,
  ]

  /// The character offset of `needle` (plus `plus` scalars) in `text`, counted in `encoding`.
  static func character(of needle: String, in text: String, plus: Int = 0, _ encoding: String = "utf-16")
    -> Int
  {
    let index = text.range(of: needle)!.lowerBound
    let prefix = text[..<index].unicodeScalars.map { $0 } + needle.unicodeScalars.prefix(plus)
    return prefix.reduce(0) { total, scalar in
      total + (encoding == "utf-16" ? UTF16.width(scalar) : encoding == "utf-8" ? UTF8.width(scalar) : 1)
    }
  }

  static func at(_ uri: String, _ line: Int, _ character: Int) -> [String: Any] {
    ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
  }

  static func result(_ transcript: LSPSession.Transcript, _ id: Int) -> Any? {
    transcript.response(id)?["result"]
  }

  static func range(_ value: Any?) -> [String: [String: Int]]? { value as? [String: [String: Int]] }

  @Test(arguments: ["utf-16", "utf-32", "utf-8"])
  func definitionReferencesAndHoverAfterAnEnDashAndAnAstralCharacter(_ encoding: String) throws {
    try CLIFixture.with(Self.files) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let uri = LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-001.json"))
      let roles = LSPSession.uri(catalogue.appendingPathComponent("roles.json"))
      var session = LSPSession()
      session.initialize(root: root, encodings: encoding == "utf-16" ? nil : [encoding])
      let sds = Self.at(uri, 0, Self.character(of: "\"SDS\"", in: Self.line, plus: 2, encoding))
      let definition = session.request("textDocument/definition", sds)
      var withDeclaration = sds
      withDeclaration["context"] = ["includeDeclaration": true]
      let references = session.request("textDocument/references", withDeclaration)
      let hover = session.request("textDocument/hover", sds)
      let idHover = session.request(
        "textDocument/hover", Self.at(uri, 0, Self.character(of: "IF-001", in: Self.line, plus: 1, encoding)))
      let onName = session.request(
        "textDocument/definition",
        Self.at(uri, 0, Self.character(of: "A – ", in: Self.line, plus: 1, encoding)))
      session.finish()
      let transcript = try session.run()
      #expect(transcript.status == 0)

      let location = try #require(Self.result(transcript, definition) as? [String: Any])
      #expect(location["uri"] as? String == roles)
      let rolesText = CLIFixture.base["roles.json"]!
      let start = Self.character(of: "\"SDS\"", in: rolesText, encoding)
      #expect(
        Self.range(location["range"]) == [
          "start": ["line": 0, "character": start], "end": ["line": 0, "character": start + 5],
        ])

      let found = try #require(Self.result(transcript, references) as? [[String: Any]])
      #expect(
        Set(found.compactMap { $0["uri"] as? String })
          == [roles, uri, LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-002.json"))])
      let inIF001 = try #require(found.first { $0["uri"] as? String == uri })
      let sdsStart = Self.character(of: "\"SDS\"", in: Self.line, encoding)
      #expect(Self.range(inIF001["range"])?["start"] == ["line": 0, "character": sdsStart])

      let card = try #require(
        ((Self.result(transcript, hover) as? [String: Any])?["contents"] as? [String: Any])?["value"]
          as? String)
      #expect(card.contains("**SDS**") && card.contains("Smart Data Service"))
      let idCard = try #require(
        ((Self.result(transcript, idHover) as? [String: Any])?["contents"] as? [String: Any])?["value"]
          as? String)
      #expect(idCard.contains("SDS (Smart Data Service) → SUP (Supplier)"))
      #expect(idCard.contains("affected by CR001 (Change – one)"))
      #expect(idCard.contains("introduced in IR7"))
      #expect(transcript.response(onName)?["result"] is NSNull)
    }
  }

  @Test func renameIsOneWorkspaceEditWithTheFileRenameWhenTheClientCanRenameFiles() throws {
    try CLIFixture.with(Self.files) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let uri = LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-001.json"))
      let cr = LSPSession.uri(catalogue.appendingPathComponent("change-requests/CR001.json"))
      var session = LSPSession()
      session.request(
        "initialize",
        [
          "rootUri": LSPSession.uri(root),
          "capabilities": [
            "workspace": [
              "workspaceEdit": ["documentChanges": true, "resourceOperations": ["create", "rename"]]
            ]
          ],
        ])
      session.notify("initialized")
      var position = Self.at(uri, 0, Self.character(of: "IF-001", in: Self.line, plus: 2))
      let prepare = session.request("textDocument/prepareRename", position)
      position["newName"] = "IF-009"
      let rename = session.request("textDocument/rename", position)
      position["newName"] = "not an id"
      let invalid = session.request("textDocument/rename", position)
      position["newName"] = "IF-002"
      let taken = session.request("textDocument/rename", position)
      let nothing = session.request(
        "textDocument/prepareRename", Self.at(uri, 0, Self.character(of: "\"name\"", in: Self.line, plus: 2)))
      session.finish()
      let transcript = try session.run()

      let prepared = try #require(Self.result(transcript, prepare) as? [String: Any])
      #expect(prepared["placeholder"] as? String == "IF-001")
      let start = Self.character(of: "\"IF-001\"", in: Self.line)
      #expect(
        Self.range(prepared["range"]) == [
          "start": ["line": 0, "character": start], "end": ["line": 0, "character": start + 8],
        ])

      let edit = try #require(Self.result(transcript, rename) as? [String: Any])
      let changes = try #require(edit["documentChanges"] as? [[String: Any]])
      #expect(changes.count == 3)
      let edited = changes.dropLast().compactMap { ($0["textDocument"] as? [String: Any])?["uri"] as? String }
      #expect(Set(edited) == [uri, cr])
      for change in changes.dropLast() {
        let edits = try #require(change["edits"] as? [[String: Any]])
        #expect(edits.map { $0["newText"] as? String } == ["\"IF-009\""])
      }
      let last = try #require(changes.last)
      #expect(last["kind"] as? String == "rename")
      #expect(last["oldUri"] as? String == uri)
      #expect(
        last["newUri"] as? String
          == LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-009.json")))

      #expect((transcript.response(invalid)?["error"] as? [String: Any])?["code"] as? Int == -32602)
      #expect((transcript.response(taken)?["error"] as? [String: Any])?["code"] as? Int == -32602)
      #expect(transcript.response(nothing)?["result"] is NSNull)
      // The server never writes to the workspace itself.
      #expect(
        FileManager.default.fileExists(
          atPath: catalogue.appendingPathComponent("interfaces/IF-001.json").path))
    }
  }

  @Test func withoutFileRenamesRenameSendsTextEditsAndSaysSo() throws {
    try CLIFixture.with(Self.files) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let uri = LSPSession.uri(catalogue.appendingPathComponent("interfaces/IF-001.json"))
      var session = LSPSession()
      session.initialize(root: root)
      var position = Self.at(uri, 0, Self.character(of: "IF-001", in: Self.line, plus: 2))
      position["newName"] = "IF-009"
      let rename = session.request("textDocument/rename", position)
      session.finish()
      let transcript = try session.run()
      let edit = try #require(Self.result(transcript, rename) as? [String: Any])
      let changes = try #require(edit["changes"] as? [String: [[String: Any]]])
      #expect(changes.keys.count == 2)
      #expect(changes[uri]?.first?["newText"] as? String == "\"IF-009\"")
      let shown = transcript.messages.compactMap { message -> String? in
        guard message["method"] as? String == "window/showMessage" else { return nil }
        return (message["params"] as? [String: Any])?["message"] as? String
      }
      #expect(shown.contains { $0.contains("interfaces/IF-001.json to interfaces/IF-009.json") })
    }
  }

  @Test func completionOffersIdsByKindFieldNamesAndEnumValues() throws {
    let typing =
      #"{ "id": "IF-001", "name": "A – 😀", "from": ["S"], "status": "a", "introducedIn": "", "#
    try CLIFixture.with(Self.files) { root in
      let file = root.appendingPathComponent("catalogue/interfaces/IF-001.json")
      let uri = LSPSession.uri(file)
      var session = LSPSession()
      session.initialize(root: root)
      session.notify(
        "textDocument/didOpen",
        ["textDocument": ["uri": uri, "languageId": "json", "version": 1, "text": typing + "\n\"ver\n}"]])
      let roles = session.request(
        "textDocument/completion", Self.at(uri, 0, Self.character(of: "\"S\"", in: typing, plus: 2)))
      let status = session.request(
        "textDocument/completion", Self.at(uri, 0, Self.character(of: "\"a\"", in: typing, plus: 2)))
      let release = session.request(
        "textDocument/completion", Self.at(uri, 0, Self.character(of: "\"\", ", in: typing, plus: 1)))
      let key = session.request("textDocument/completion", Self.at(uri, 1, 4))
      session.finish()
      let transcript = try session.run()
      func items(_ id: Int) -> [[String: Any]] {
        (Self.result(transcript, id) as? [String: Any])?["items"] as? [[String: Any]] ?? []
      }
      #expect(Set(items(roles).compactMap { $0["label"] as? String }) == ["SDS", "SUP"])
      let sds = try #require(items(roles).first { $0["label"] as? String == "SDS" })
      let edit = try #require(sds["textEdit"] as? [String: Any])
      #expect(edit["newText"] as? String == "\"SDS\"")
      let start = Self.character(of: "\"S\"", in: typing)
      #expect(
        Self.range(edit["range"]) == [
          "start": ["line": 0, "character": start], "end": ["line": 0, "character": start + 3],
        ])
      #expect(Set(items(status).compactMap { $0["label"] as? String }) == ["draft", "active", "withdrawn"])
      #expect(Set(items(release).compactMap { $0["label"] as? String }) == ["M5", "IR7"])
      let keys = items(key).compactMap { $0["label"] as? String }
      #expect(keys.contains("version") && keys.contains("history"))
      #expect(!keys.contains("status") && !keys.contains("from"))  // already present
      let version = try #require(items(key).first { $0["label"] as? String == "version" })
      #expect((version["textEdit"] as? [String: Any])?["newText"] as? String == "\"version\": ")
    }
  }

  @Test func quickFixesExemptionsAndBaselineEntriesAreCodeActions() throws {
    let files = Self.files.merging([
      "interfaces/IF-002.json": CLIFixture.interface("IF-002").replacingOccurrences(
        of: "\"status\"", with: "\"statuss\""
      )
      .replacingOccurrences(of: "[\"SUP\"]", with: "[\"SUQ\"]")
    ]) { _, new in new }
    try CLIFixture.with(files) { root in
      let text = files["interfaces/IF-002.json"]!
      let lines = text.components(separatedBy: "\n")
      let uri = LSPSession.uri(root.appendingPathComponent("catalogue/interfaces/IF-002.json"))
      try Data(#"{ "format": 1, "findings": [] }"#.utf8).write(
        to: root.appendingPathComponent("baseline.json"))
      var session = LSPSession()
      session.initialize(root: root, options: ["baseline": "baseline.json"])
      func actions(at needle: String) -> Int {
        let line = lines.firstIndex { $0.contains(needle) }!
        let character = Self.character(of: needle, in: lines[line], plus: 1)
        let position = ["line": line, "character": character]
        return session.request(
          "textDocument/codeAction",
          [
            "textDocument": ["uri": uri], "range": ["start": position, "end": position],
            "context": ["diagnostics": []],
          ])
      }
      let field = actions(at: "\"statuss\"")
      let role = actions(at: "\"SUQ\"")
      let hover = session.request(
        "textDocument/hover",
        Self.at(uri, lines.firstIndex { $0.contains("statuss") }!, 4))
      session.finish()
      let transcript = try session.run()

      let published = try #require(transcript.latest[uri])
      let fixData = published.compactMap { (($0["data"] as? [String: Any])?["fix"] as? [String: Any]) }
      #expect(fixData.contains { $0["renameKey"] as? String == uri && $0["to"] as? String == "status" })

      let fieldActions = try #require(Self.result(transcript, field) as? [[String: Any]])
      let rename = try #require(
        fieldActions.first { ($0["title"] as? String)?.contains("rename field") == true })
      let edits = ((rename["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[uri]
      #expect(edits?.map { $0["newText"] as? String } == ["\"status\""])
      let line = lines.firstIndex { $0.contains("statuss") }!
      let start = Self.character(of: "\"statuss\"", in: lines[line])
      #expect(
        Self.range(edits?.first?["range"]) == [
          "start": ["line": line, "character": start], "end": ["line": line, "character": start + 9],
        ])
      #expect(rename["isPreferred"] as? Bool == true)
      let exempt = try #require(
        fieldActions.first { ($0["title"] as? String)?.hasPrefix("exempt IF-002") == true })
      let exemptText =
        ((exempt["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[uri]?.first?[
          "newText"] as? String
      #expect(exemptText?.contains(#""exemptions": [{ "rule": "catalogue/schema", "reason": "" }]"#) == true)
      let baseline = try #require(
        fieldActions.first { ($0["title"] as? String)?.hasPrefix("add to the baseline") == true })
      let baselineEdit = ((baseline["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[
        LSPSession.uri(root.appendingPathComponent("baseline.json"))]
      #expect((baselineEdit?.first?["newText"] as? String)?.contains(#""entity": "IF-002""#) == true)
      #expect(baselineEdit?.count == 1)

      let roleActions = try #require(Self.result(transcript, role) as? [[String: Any]])
      let replace = try #require(roleActions.first { $0["title"] as? String == "replace SUQ with SUP" })
      let replaceEdits = ((replace["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[uri]
      #expect(replaceEdits?.map { $0["newText"] as? String } == ["\"SUP\""])

      let hoverText =
        ((Self.result(transcript, hover) as? [String: Any])?["contents"] as? [String: Any])?["value"]
        as? String
      #expect(hoverText?.contains("**catalogue/schema**") == true)
    }
  }

  @Test func documentAndWorkspaceSymbols() throws {
    try CLIFixture.with(Self.files) { root in
      let catalogue = root.appendingPathComponent("catalogue")
      let uri = LSPSession.uri(catalogue.appendingPathComponent("roles.json"))
      var session = LSPSession()
      session.initialize(root: root)
      let document = session.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
      let workspace = session.request("workspace/symbol", ["query": "if-00"])
      let byName = session.request("workspace/symbol", ["query": "supplier"])
      session.finish()
      let transcript = try session.run()
      let symbols = try #require(Self.result(transcript, document) as? [[String: Any]])
      #expect(symbols.map { $0["name"] as? String } == ["roles"])
      let roles = try #require(symbols.first?["children"] as? [[String: Any]])
      #expect(roles.map { $0["name"] as? String } == ["SDS", "SUP"])
      #expect(roles.map { $0["detail"] as? String } == ["Smart Data Service", "Supplier"])
      let found = try #require(Self.result(transcript, workspace) as? [[String: Any]])
      #expect(found.map { $0["name"] as? String } == ["IF-001 — A – 😀", "IF-002 — Example"])
      let named = try #require(Self.result(transcript, byName) as? [[String: Any]])
      #expect(named.map { $0["name"] as? String } == ["SUP — Supplier"])
    }
  }

  @Test func hostileRequestsAreAnsweredWithNullOrAnError() throws {
    try CLIFixture.with(Self.files) { root in
      let uri = LSPSession.uri(root.appendingPathComponent("catalogue/interfaces/IF-001.json"))
      var session = LSPSession()
      session.initialize(root: root)
      var nulls: [Int] = []
      var answered: [Int] = []
      for method in [
        "textDocument/definition", "textDocument/references", "textDocument/hover", "textDocument/completion",
        "textDocument/prepareRename",
      ] {
        nulls.append(session.request(method, Self.at(uri, 999, 0)))
        nulls.append(session.request(method, Self.at(uri, -1, -5)))
        nulls.append(session.request(method, Self.at("file:///etc/passwd", 0, 0)))
        nulls.append(session.request(method, Self.at("https://example.com/x.json", 0, 0)))
        nulls.append(session.request(method, [:]))
        answered.append(session.request(method, Self.at(uri, 0, 99_999)))  // clamped to the line's end
      }
      nulls.append(
        session.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///etc/passwd"]]))
      nulls.append(session.request("textDocument/codeAction", ["textDocument": ["uri": uri]]))
      let rename = session.request("textDocument/rename", Self.at(uri, 999, 0))
      session.finish()
      let transcript = try session.run()
      #expect(!transcript.timedOut)
      #expect(transcript.status == 0)
      for id in nulls { #expect(transcript.response(id)?["result"] is NSNull, "request \(id)") }
      for id in answered { #expect(transcript.response(id) != nil, "request \(id)") }
      #expect((transcript.response(rename)?["error"] as? [String: Any])?["code"] as? Int == -32602)
    }
  }
}
