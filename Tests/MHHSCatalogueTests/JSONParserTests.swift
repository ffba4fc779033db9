import MHHSCatalogue
import Testing

/// The strict RFC 8259 parser: what it accepts, where it says values are, and every rejection
/// with the place it points at.
@Suite struct JSONParserTests {
  // MARK: Helpers

  static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> { JSONParser.parse(bytes) }

  static func value(_ text: String) throws -> JSONValue {
    try JSONParser.parse(text).get()
  }

  static func failure(_ bytes: [UInt8]) -> JSONSyntaxError? {
    if case .failure(let error) = JSONParser.parse(bytes) { return error }
    return nil
  }

  // MARK: Positions

  @Test func positionsAreOneBasedLinesAndColumns() throws {
    let text = """
      {
        "id": "IF-021",
        "from": [
          "SDS",
            "ADS"
        ]
      }
      """
    let root = try Self.value(text)
    #expect(root.position == Position(line: 1, column: 1))
    let id = try #require(root["id"])
    #expect(id.keyPosition == Position(line: 2, column: 3))
    #expect(id.value.position == Position(line: 2, column: 9))
    let from = try #require(root["from"])
    #expect(from.keyPosition == Position(line: 3, column: 3))
    #expect(from.value.position == Position(line: 3, column: 11))
    let elements = try #require(from.value.elements)
    #expect(elements.map(\.position) == [Position(line: 4, column: 5), Position(line: 5, column: 7)])
  }

  @Test func columnsCountUnicodeScalarsNotBytes() throws {
    // "é" is two bytes, "€" three, "😀" four: each is one column.
    let root = try Self.value(#"{"a": "é€😀", "b": 1}"#)
    let b = try #require(root["b"])
    #expect(b.keyPosition == Position(line: 1, column: 14))
    #expect(b.value.position == Position(line: 1, column: 19))
  }

  @Test func columnsAfterMultiByteTextOnALaterLine() throws {
    let root = try Self.value("{\n\"ü\": [\"–\", true]\n}")
    let member = try #require(root["ü"])
    #expect(member.keyPosition == Position(line: 2, column: 1))
    let elements = try #require(member.value.elements)
    #expect(elements[0].position == Position(line: 2, column: 7))
    #expect(elements[1].position == Position(line: 2, column: 12))
  }

  @Test func crlfLineEndsCountAsOneLine() throws {
    let root = try Self.value("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}")
    #expect(root["b"]?.keyPosition == Position(line: 3, column: 3))
  }

  @Test func objectMembersKeepFileOrder() throws {
    let root = try Self.value(#"{"z": 1, "a": 2, "m": 3}"#)
    #expect(root.members?.map(\.key) == ["z", "a", "m"])
  }

  // MARK: Rejections

  struct Rejection: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    /// A fragment the message must contain (lower-cased comparison).
    var message: String
    var line: Int
    var column: Int
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ message: String, _ line: Int, _ column: Int) {
      self.init(name, Array(text.utf8), message, line, column)
    }

    init(_ name: String, _ bytes: [UInt8], _ message: String, _ line: Int, _ column: Int) {
      self.name = name
      self.bytes = bytes
      self.message = message
      self.line = line
      self.column = column
    }
  }

  static func utf8(_ prefix: String, _ raw: [UInt8], _ suffix: String) -> [UInt8] {
    Array(prefix.utf8) + raw + Array(suffix.utf8)
  }

  /// Twenty members, then `k3` again: past the point where duplicate detection uses a set.
  static let manyMembers =
    "{" + (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k3\": 0}"

  static let rejections: [Rejection] = [
    Rejection("line comment", "{\n  // note\n  \"a\": 1\n}", "comment", 2, 3),
    Rejection("block comment", "[1, /* two */ 2]", "comment", 1, 5),
    Rejection("trailing comma in object", "{\n  \"a\": 1,\n}", "trailing comma", 3, 1),
    Rejection("trailing comma in array", "[1, 2, ]", "trailing comma", 1, 8),
    Rejection(
      "duplicate key", "{\n  \"a\": 1,\n  \"a\": 2\n}", "duplicate key \"a\" (first at line 2, column 3)", 3,
      3),
    Rejection(
      "duplicate key among many members", manyMembers, "duplicate key \"k3\"", 1,
      manyMembers.count - #""k3": 0}"#.count + 1),
    Rejection("overlong encoding", utf8("[\"", [0xC0, 0xAF], "\"]"), "utf-8", 1, 3),
    Rejection("overlong three-byte encoding", utf8("[\"", [0xE0, 0x80, 0xAF], "\"]"), "utf-8", 1, 3),
    Rejection("lone continuation byte", utf8("[\"a", [0x80], "\"]"), "utf-8", 1, 4),
    Rejection("encoded surrogate", utf8("[\"", [0xED, 0xA0, 0x80], "\"]"), "utf-8", 1, 3),
    Rejection("above U+10FFFF", utf8("[\"", [0xF4, 0x90, 0x80, 0x80], "\"]"), "utf-8", 1, 3),
    Rejection("lead byte above F4", utf8("[\"", [0xF5, 0x80, 0x80, 0x80], "\"]"), "utf-8", 1, 3),
    Rejection("truncated sequence before the quote", utf8("[\"", [0xE2, 0x82], "\"]"), "utf-8", 1, 3),
    Rejection("truncated sequence at end of input", utf8("[\"", [0xE2, 0x82], ""), "utf-8", 1, 3),
    Rejection("invalid UTF-8 outside a string", utf8("[", [0xFF], "]"), "0xFF", 1, 2),
    Rejection("lone high surrogate escape", #"["a\uD83D"]"#, "lone surrogate", 1, 4),
    Rejection("high surrogate followed by a non-surrogate", #"["\uD83D\u0041"]"#, "lone surrogate", 1, 3),
    Rejection("lone low surrogate escape", #"["\uDE00x"]"#, "lone surrogate", 1, 3),
    Rejection("raw line break in string", "[\"a\nb\"]", "line break", 1, 4),
    Rejection("raw tab in string", "[\"a\tb\"]", "tab", 1, 4),
    Rejection("raw control character in string", utf8("[\"a", [0x01], "\"]"), "control character", 1, 4),
    Rejection("leading zero", "[01]", "leading zero", 1, 2),
    Rejection("negative leading zero", "{\"a\": -007}", "leading zero", 1, 8),
    Rejection("NaN", "[NaN]", "nan", 1, 2),
    Rejection("Infinity", "{\"a\": Infinity}", "infinity", 1, 7),
    Rejection("-Infinity", "[-Infinity]", "infinity", 1, 3),
    Rejection("trailing garbage", "{\"a\": 1} x", "after the json value", 1, 10),
    Rejection("two values", "1\n2", "after the json value", 2, 1),
    Rejection("empty input", "", "end of input", 1, 1),
    Rejection("whitespace only", "  \n ", "end of input", 2, 2),
    Rejection("unterminated string", "{\"a\": \"abc", "unterminated string", 1, 7),
    Rejection("unterminated array", "[1, 2", "end of input", 1, 6),
    Rejection("unterminated object", "{\"a\": 1", "end of input", 1, 8),
    Rejection("unterminated object after a comma", "{\"a\": 1,", "end of input", 1, 9),
    Rejection("single quotes", "['a']", "double quotes", 1, 2),
    Rejection("unquoted key", "{a: 1}", "member name", 1, 2),
    Rejection("plus sign", "[+1]", "'+'", 1, 2),
    Rejection("bare fraction", "[.5]", "digit", 1, 2),
    Rejection("missing fraction digits", "[1.]", "decimal point", 1, 4),
    Rejection("missing exponent digits", "[1e]", "exponent", 1, 4),
    Rejection("invalid escape", #"["\x"]"#, "escape", 1, 3),
    Rejection("short unicode escape", #"["\u12"]"#, "four hexadecimal digits", 1, 7),
    Rejection("misspelt literal", "[tru]", "'true'", 1, 5),
    Rejection("byte order mark", [0xEF, 0xBB, 0xBF] + Array("{}".utf8), "byte order mark", 1, 1),
  ]

  @Test("rejects", arguments: rejections)
  func rejects(_ r: Rejection) throws {
    let error = try #require(Self.failure(r.bytes), "\(r.name) was accepted")
    #expect(error.message.lowercased().contains(r.message.lowercased()), "message: \(error.message)")
    #expect(error.position == Position(line: r.line, column: r.column), "message: \(error.message)")
  }

  /// Errors that quote the input have a version that does not, for files that may not be what
  /// they were named as (rulesets, baselines).
  @Test(
    "messages without input quote nothing",
    arguments: [
      ("[Zq]", "Z"), ("{\"Zq\": 1, \"Zq\": 2}", "Zq"), (#"["\uD8A7x"]"#, "D8A7"), (#"["\uDCA7"]"#, "DCA7"),
      ("[\"a\u{1B}\"]", "1B"), ("[\u{7F}]", "7F"),
    ])
  func messagesWithoutInputQuoteNothing(_ text: String, _ quoted: String) throws {
    let error = try #require(Self.failure(Array(text.utf8)))
    #expect(error.message.contains(quoted))
    #expect(!error.messageWithoutInput.contains(quoted), "\(error.messageWithoutInput)")
    let invalid = try #require(Self.failure([0x5B, 0xFE, 0x5D]))
    #expect(invalid.message.contains("FE") && !invalid.messageWithoutInput.contains("FE"))
  }

  // MARK: Depth

  @Test func deepOpenArraysDoNotCrash() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    let error = try #require(Self.failure(bytes))
    #expect(error.message.contains("nesting"))
    #expect(error.position.line == 1)
  }

  @Test func deepOpenObjectsDoNotCrash() throws {
    let bytes = Array(String(repeating: "{\"a\":", count: 100_000).utf8)
    let error = try #require(Self.failure(bytes))
    #expect(error.message.contains("nesting"))
  }

  @Test func deepButClosedNestingIsRejectedToo() throws {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let error = try #require(Self.failure(Array(text.utf8)))
    #expect(error.message.contains("nesting"))
  }

  @Test func nestingAtTheLimitIsAccepted() throws {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(throws: Never.self) { try Self.value(text) }
    let deeper = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
    #expect(Self.failure(Array(deeper.utf8))?.message.contains("nesting") == true)
  }

  // MARK: Accepted values

  struct Decoding: CustomTestStringConvertible, Sendable {
    var name: String
    var json: String
    var expected: String
    var testDescription: String { name }
  }

  static let strings: [Decoding] = [
    Decoding(name: "simple escapes", json: #""\"\\\/\b\f\n\r\t""#, expected: "\"\\/\u{08}\u{0C}\n\r\t"),
    Decoding(name: "unicode escape", json: #""\u00e9\u20AC""#, expected: "é€"),
    Decoding(name: "NUL escape", json: #""a\u0000b""#, expected: "a\u{0}b"),
    Decoding(name: "surrogate pair", json: #""\uD83D\uDE00""#, expected: "😀"),
    Decoding(name: "surrogate pair between text", json: #""x\ud834\udd1ey""#, expected: "x𝄞y"),
    Decoding(name: "raw multi-byte text", json: "\"Grüße – 😀\"", expected: "Grüße – 😀"),
    Decoding(name: "escapes after raw text", json: "\"ü\\n€\"", expected: "ü\n€"),
    Decoding(name: "empty string", json: #""""#, expected: ""),
    Decoding(name: "U+2028 escaped", json: #""a\u2028b""#, expected: "a\u{2028}b"),
  ]

  @Test("decodes strings", arguments: strings)
  func decodesStrings(_ d: Decoding) throws {
    #expect(try Self.value(d.json).stringValue == d.expected)
  }

  static let numbers = [
    "0", "-0", "12", "-12", "1.50", "1e10", "1E+2", "2.5e-3", "123456789012345678901234567890",
  ]

  @Test("keeps numbers as written", arguments: numbers)
  func keepsNumbersAsWritten(_ number: String) throws {
    let value = try Self.value("[\(number)]")
    guard case .number(let text) = value.elements?.first?.storage else {
      Issue.record("not a number")
      return
    }
    #expect(text == number)
  }

  @Test func literalsAndContainers() throws {
    let value = try Self.value(#" { "t": true, "f": false, "n": null, "a": [], "o": {} } "#)
    #expect(
      value.plain
        == .object([
          ("t", .bool(true)), ("f", .bool(false)), ("n", .null), ("a", .array([])), ("o", .object([])),
        ])
    )
  }

  @Test func sameKeyInDifferentObjectsIsNotADuplicate() throws {
    #expect(throws: Never.self) { try Self.value(#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#) }
  }
}
