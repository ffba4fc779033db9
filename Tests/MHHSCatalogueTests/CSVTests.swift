import MHHSCatalogue
import Testing

@Suite struct CSVTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var rows: [[String]]
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ rows: [[String]], bom: Bool = false) {
      self.name = name
      self.bytes = (bom ? CSV.byteOrderMark : []) + Array(text.utf8)
      self.rows = rows
    }
  }

  static let cases: [Case] = [
    Case("plain, LF, trailing newline", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
    Case("no trailing newline", "a,b\n1,2", [["a", "b"], ["1", "2"]]),
    Case("CRLF line ends", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
    Case("byte order mark", "id,name\r\nIF-021,UTC\r\n", [["id", "name"], ["IF-021", "UTC"]], bom: true),
    Case("embedded comma", "a,b\n\"x, y\",2\n", [["a", "b"], ["x, y", "2"]]),
    Case("doubled quote", "a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]]),
    Case("CRLF inside a field", "a,b\r\n\"one\r\ntwo\",3\r\n", [["a", "b"], ["one\r\ntwo", "3"]]),
    Case("LF inside a field", "a\n\"one\ntwo\"", [["a"], ["one\ntwo"]]),
    Case("empty fields", "a,b,c\n,,\n1,,3\n", [["a", "b", "c"], ["", "", ""], ["1", "", "3"]]),
    Case("empty quoted field", "a,b\n\"\",x\n", [["a", "b"], ["", "x"]]),
    Case("non-ASCII", "name\nMHHS – Supplier Report\n", [["name"], ["MHHS – Supplier Report"]]),
    Case("quote inside an unquoted field is kept", "a\nsix\"inch\n", [["a"], ["six\"inch"]]),
  ]

  @Test(arguments: cases) func parses(_ c: Case) throws {
    #expect(try CSV.parse(c.bytes).get() == c.rows)
  }

  @Test func unclosedQuoteIsAnError() {
    guard case .failure(let error) = CSV.parse("a\n\"open\n") else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.line == 2)
    #expect(error.message.contains("not closed"))
  }

  @Test func textAfterClosingQuoteIsAnError() {
    guard case .failure(let error) = CSV.parse("a\n\"x\"y\n") else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.message.contains("after the closing quote"))
  }

  @Test func invalidUTF8IsAnError() {
    guard case .failure(let error) = CSV.parse([0x61, 0x0A, 0xFF, 0x0A]) else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.message.contains("UTF-8"))
  }

  @Test func renderQuotesOnlyWhereNeededWithCRLF() {
    let text = CSV.render([
      ["Flow", "Name"], ["D0001", "a, b"], ["D0002", "say \"hi\""], ["D0003", "x\ny"], ["D0004", ""],
    ])
    #expect(text == "Flow,Name\r\nD0001,\"a, b\"\r\nD0002,\"say \"\"hi\"\"\"\r\nD0003,\"x\ny\"\r\nD0004,\r\n")
  }

  @Test func renderWithByteOrderMark() {
    let text = CSV.render([["a"]], byteOrderMark: true)
    #expect(Array(text.utf8) == CSV.byteOrderMark + Array("a\r\n".utf8))
  }

  @Test func roundTripsEveryQuotingCase() throws {
    let rows = [
      ["id", "name", "rationale"], ["D0001", "a, \"b\"", "line one\r\nline two"], ["D0002", "", " padded "],
      ["D0003", "–é", "x\ny"],
    ]
    #expect(try CSV.parse(CSV.render(rows, byteOrderMark: true)).get() == rows)
  }

  /// Every control and line-separator character, and CR LF, inside a field and at its start.
  @Test(
    arguments: (0x00...0x1F).map { String(Unicode.Scalar(UInt8($0))) } + ["\u{7F}"]
      + (0x80...0x9F).map { String(Unicode.Scalar(UInt8($0))) } + ["\u{2028}", "\u{2029}", "\r\n"])
  func roundTripsEveryControlCharacter(_ c: String) throws {
    let rows = [["a\(c)b", "\(c)x", c, "x\(c)"]]
    #expect(try CSV.parse(CSV.render(rows, byteOrderMark: true)).get() == rows)
  }

  /// OWASP's CSV injection advice: a field a spreadsheet would run as a formula gets a `'`.
  @Test(arguments: [
    ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(1,2)", "\"'@SUM(1,2)\""),
    ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("\r\nx", "\"'\r\nx\""),
    ("'=x", "''=x"), ("''-x", "'''-x"), ("'x", "'x"), ("a=b", "a=b"), ("IF-021", "IF-021"), ("", ""),
  ])
  func formulaCellsAreNeutralised(_ field: String, _ written: String) {
    #expect(CSV.escape(field) == written)
  }

  @Test func neutralisedCellsReadBackUnchanged() throws {
    let rows = [
      ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-", "@SUM(1)", "\tx", "\rx"],
      ["'=genuinely quoted", "''+two quotes", "'plain quote", "'", "''", "a'=b"],
    ]
    let text = CSV.render(rows, byteOrderMark: true)
    #expect(!text.contains(",=") && !text.contains(",+") && !text.contains(",@"))
    #expect(try CSV.parse(text).get() == rows)
    // A hand-written cell that starts with `'` and a formula character loses the `'`.
    #expect(try CSV.parse("'=1+2,'x,'-3\r\n").get() == [["=1+2", "'x", "-3"]])
  }
}
