import Testing

@testable import MHHSCatalogue

/// Files a pull request could contain that no catalogue should: each must load without a crash
/// or a hang and give an issue that names the file, line and column.
@Suite struct HostileInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// Where the bytes go in the catalogue.
    var path: String
    var bytes: @Sendable () -> [UInt8]
    /// Words the issue's message must contain.
    var expected: String
    var line = 1
    var column: Int?
    var testDescription: String { name }
  }

  static func text(_ s: String) -> @Sendable () -> [UInt8] { { Array(s.utf8) } }

  static let interfaceStart = #"{ "id": "IF-001", "name": ""#
  static let interfaceEnd =
    #"", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#

  static let cases: [Case] = [
    Case(
      name: "empty file", path: "interfaces/IF-001.json", bytes: text(""), expected: "unexpected end of input"
    ),
    Case(
      name: "whitespace only", path: "roles.json", bytes: text("  \n\n "),
      expected: "unexpected end of input",
      line: 3, column: 2),
    Case(
      name: "byte order mark", path: "interfaces/IF-001.json",
      bytes: { [0xEF, 0xBB, 0xBF] + Array((interfaceStart + "X" + interfaceEnd).utf8) },
      expected: "byte order mark", column: 1),
    Case(
      name: "invalid UTF-8 in a string", path: "interfaces/IF-001.json",
      bytes: { Array(interfaceStart.utf8) + [0xC3, 0x28] + Array(interfaceEnd.utf8) },
      expected: "invalid UTF-8", column: 28),
    Case(
      name: "invalid UTF-8 outside strings", path: "catalogue.json", bytes: { [0x7B, 0xFF, 0x7D] },
      expected: "unexpected byte 0xFF", column: 2),
    Case(
      name: "overlong UTF-8", path: "catalogue.json",
      bytes: { Array(#"{"a":""#.utf8) + [0xC0, 0xAF, 0x22, 0x7D] },
      expected: "invalid UTF-8", column: 7),
    Case(
      name: "lone high surrogate", path: "interfaces/IF-001.json",
      bytes: text(interfaceStart + #"\uD800"# + interfaceEnd), expected: "lone surrogate", column: 28),
    Case(
      name: "lone low surrogate", path: "interfaces/IF-001.json",
      bytes: text(interfaceStart + #"\uDC00"# + interfaceEnd), expected: "lone surrogate", column: 28),
    Case(
      name: "NUL inside a string", path: "interfaces/IF-001.json",
      bytes: { Array(interfaceStart.utf8) + [0] + Array(interfaceEnd.utf8) },
      expected: "control character U+0000",
      column: 28),
    Case(
      name: "NUL outside strings", path: "catalogue.json", bytes: { [0x00] }, expected: "unexpected byte 0x0"),
    Case(
      name: "raw tab inside a string", path: "interfaces/IF-001.json",
      bytes: text(interfaceStart + "a\tb" + interfaceEnd), expected: "tab", column: 29),
    Case(
      name: "100,000 nested arrays, closed", path: "interfaces/IF-001.json",
      bytes: { [UInt8](repeating: 0x5B, count: 100_000) + [UInt8](repeating: 0x5D, count: 100_000) },
      expected: "nesting deeper than", column: 257),
    Case(
      name: "100,000 nested arrays, unterminated", path: "interfaces/IF-001.json",
      bytes: { [UInt8](repeating: 0x5B, count: 100_000) }, expected: "nesting deeper than", column: 257),
    Case(
      name: "100,000 nested objects, unterminated", path: "roles.json",
      bytes: { Array(String(repeating: #"{"a":"#, count: 100_000).utf8) }, expected: "nesting deeper than",
      column: 1281),
    Case(
      name: "exponent 1e999999", path: "catalogue.json", bytes: text(#"{ "format": 1e999999, "name": "x" }"#),
      expected: "whole number", column: 13),
    Case(
      name: "400-digit integer", path: "catalogue.json",
      bytes: text(#"{ "format": "# + String(repeating: "9", count: 400) + #", "name": "x" }"#),
      expected: "whole number", column: 13),
    Case(
      name: "400-digit validation level", path: "nfrs/E2E1.json",
      bytes: text(
        #"{ "id": "E2E1", "title": "t", "responseTime": "PT6S", "appliesTo": { "validationLevels": [-"#
          + String(repeating: "1", count: 400) + "] } }"),
      expected: "whole number", column: 91),
    Case(
      name: "20 MB string", path: "interfaces/IF-001.json",
      bytes: text(interfaceStart + String(repeating: "x", count: 20_000_000) + #"", "status": "live" }"#),
      expected: "\"live\"", column: 20_000_041),
    Case(
      name: "20 MB unknown field name", path: "interfaces/IF-001.json",
      bytes: text(#"{ ""# + String(repeating: "k", count: 20_000_000) + #"": 1 }"#),
      expected: "unknown field", column: 3),
    Case(
      name: "20 MB id", path: "interfaces/IF-001.json",
      bytes: text(#"{ "id": ""# + String(repeating: "I", count: 20_000_000) + #"" }"#),
      expected: "characters long", column: 3),
    Case(
      name: "a million-element array of numbers", path: "interfaces/IF-001.json",
      bytes: text(
        #"{ "id": "IF-001", "from": ["# + String(repeating: "0,", count: 999_999) + "0] }"),
      expected: "must be a string", column: 28),
    Case(
      name: "a million roles that are not objects", path: "roles.json",
      bytes: text(#"{ "roles": ["# + String(repeating: "null,", count: 999_999) + "null] }"),
      expected: "must be an object", column: 13),
    Case(
      name: "top-level array", path: "interfaces/IF-001.json", bytes: text("[]"),
      expected: "an interface must be an object, not an array"),
    Case(
      name: "top-level string", path: "dataflows/D0001.json", bytes: text(#""D0001""#),
      expected: "must be an object, not a string"),
    Case(
      name: "top-level number", path: "nfrs/E2E1.json", bytes: text("12"),
      expected: "must be an object, not a number"),
    Case(
      name: "top-level null", path: "change-requests/CR001.json", bytes: text("null"),
      expected: "must be an object, not null"),
    Case(
      name: "top-level array in roles.json", path: "roles.json", bytes: text("[1]"),
      expected: "roles.json must be an object"),
    Case(
      name: "trailing garbage", path: "catalogue.json", bytes: text(#"{ "format": 1, "name": "x" } x"#),
      expected: "unexpected content after the JSON value", column: 30),
    Case(
      name: "a second value", path: "catalogue.json", bytes: text("{}\n{}"),
      expected: "unexpected content after the JSON value", line: 2, column: 1),
    Case(
      name: "line comment", path: "catalogue.json", bytes: text("// catalogue\n{}"),
      expected: "comments are not allowed"),
    Case(
      name: "block comment", path: "catalogue.json", bytes: text(#"{ "format": 1 /* one */ }"#),
      expected: "comments are not allowed", column: 15),
    Case(
      name: "NaN", path: "catalogue.json", bytes: text(#"{ "format": NaN }"#), expected: "NaN", column: 13),
    Case(
      name: "-Infinity", path: "catalogue.json", bytes: text(#"{ "format": -Infinity }"#),
      expected: "Infinity",
      column: 14),
    Case(
      name: "id with a slash and dot-dot", path: "interfaces/IF-001.json",
      bytes: text(#"{ "id": "../../etc/passwd", "name": "x" }"#), expected: "", column: 1),
  ]

  @Test("hostile file", arguments: cases)
  func hostileFile(_ c: Case) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let catalogue = try CatalogueLoader.load(files: [
      CatalogueLoader.File(relativePath: c.path, contents: .success(c.bytes()))
    ])
    // A hang guard, not a speed test: generous enough for a loaded machine running tests in parallel.
    #expect(clock.now - start < .seconds(60), "took \(clock.now - start)")
    let issues = catalogue.issues.filter { $0.location.file == "catalogue/" + c.path }
    #expect(!issues.isEmpty, "no issue for \(c.path)")
    for issue in issues {
      #expect(issue.location.line >= 1 && issue.location.column >= 1)
      #expect(issue.message.utf8.count < 1_000, "message of \(issue.message.utf8.count) bytes")
    }
    #expect(issues.count <= CatalogueLoader.maximumIssuesPerFile + 1)
    guard !c.expected.isEmpty else { return }
    let match = issues.first { $0.message.contains(c.expected) }
    #expect(match != nil, "expected “\(c.expected)”; got \(issues.prefix(3).map(\.message))")
    if let match {
      #expect(match.location.line == c.line, "\(match.message)")
      if let column = c.column { #expect(match.location.column == column, "\(match.message)") }
    }
  }

  @Test func idsThatAreNotFileNamesStayInTheCatalogue() throws {
    let catalogue = try CatalogueLoader.load(files: [
      CatalogueLoader.File(
        "interfaces/IF-001.json",
        #"{ "id": "../../etc/passwd", "name": "x", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#
      ),
      CatalogueLoader.File(
        "dataflows/D0001.json",
        #"{ "id": "/D0001", "version": "001", "name": "x", "ownership": "MRA", "routes": [{ "from": "SDS", "to": "SUP" }] }"#
      ),
    ])
    #expect(catalogue.interfaces.map(\.id.value) == ["../../etc/passwd"])
    #expect(catalogue.interfaces.first?.origin.relativePath == "interfaces/IF-001.json")
    #expect(catalogue.dataflows.first?.origin.relativePath == "dataflows/D0001.json")
    #expect(!IDPattern.interface.matches("../../etc/passwd"))
    #expect(!IDPattern.dataflow.matches("/D0001"))
  }

  @Test func aMillionReleasesAreRankedInLinearTime() throws {
    var text = #"{ "releases": ["#
    for i in 0..<100_000 { text += #"{ "id": "R\#(i)", "name": "r", "date": "2024-01-01" },"# }
    text += #"{ "id": "LAST", "name": "r" }] }"#
    let clock = ContinuousClock()
    let start = clock.now
    let catalogue = try CatalogueLoader.load(files: [CatalogueLoader.File("releases.json", text)])
    // A hang guard (quadratic ranking would take minutes), not a speed test.
    #expect(clock.now - start < .seconds(60))
    #expect(catalogue.releases.count == 100_001)
    #expect(catalogue.releaseRank("LAST") == 100_000)
  }

  @Test func renderedJSONEscapesEverythingItMust() {
    let value = JSON.object([("k\u{0}\"\\", .string("a\u{1F}\u{7F}\u{2028}\u{2029}é😀\n"))])
    #expect(value.render(indent: false) == #"{"k\u0000\"\\":"a\u001f\u007f\u2028\u2029é😀\n"}"#)
    let round = JSONParser.parse(value.render())
    guard case .success(let parsed) = round else {
      Issue.record("rendered JSON does not parse: \(round)")
      return
    }
    #expect(parsed.plain == value)
  }
}
