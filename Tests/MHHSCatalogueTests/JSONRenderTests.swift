import MHHSCatalogue
import Testing

/// `JSON.render`, the one place that escapes JSON strings.
@Suite struct JSONRenderTests {
  struct Escape: CustomTestStringConvertible, Sendable {
    var name: String
    var string: String
    var rendered: String
    var testDescription: String { name }
  }

  static let escapes: [Escape] = [
    Escape(name: "quote", string: "say \"hi\"", rendered: #""say \"hi\"""#),
    Escape(name: "backslash", string: #"a\b"#, rendered: #""a\\b""#),
    Escape(name: "line feed, carriage return, tab", string: "a\nb\rc\td", rendered: #""a\nb\rc\td""#),
    Escape(name: "backspace and form feed", string: "\u{08}\u{0C}", rendered: #""\b\f""#),
    Escape(
      name: "other control characters", string: "\u{0}\u{1}\u{1F}\u{7F}",
      rendered: #""\u0000\u0001\u001f\u007f""#),
    Escape(
      name: "line and paragraph separators", string: "a\u{2028}b\u{2029}", rendered: #""a\u2028b\u2029""#),
    Escape(name: "non-ASCII kept as it is", string: "Grüße – 😀 €", rendered: "\"Grüße – 😀 €\""),
    Escape(name: "CR LF as one grapheme", string: "a\r\nb", rendered: #""a\r\nb""#),
    Escape(name: "slash not escaped", string: "a/b", rendered: #""a/b""#),
    Escape(name: "empty", string: "", rendered: #""""#),
  ]

  @Test("escapes strings", arguments: escapes)
  func escapesStrings(_ e: Escape) throws {
    #expect(JSON.string(e.string).render(indent: false) == e.rendered)
    // And the parser reads it back as the same string.
    #expect(try JSONParser.parse(e.rendered).get().stringValue == e.string)
  }

  @Test func keysAreEscapedToo() {
    #expect(JSON.object([("a\"b\n", .int(1))]).render(indent: false) == #"{"a\"b\n":1}"#)
  }

  @Test func prettyPrintingShape() {
    let value: JSON = .object([
      ("a", .array([.int(1), .string("x")])), ("b", .object([])), ("c", .array([])), ("d", .null),
    ])
    #expect(
      value.render() == """
        {
          "a": [
            1,
            "x"
          ],
          "b": {},
          "c": [],
          "d": null
        }

        """)
  }

  struct RoundTrip: CustomTestStringConvertible, Sendable {
    var name: String
    var value: JSON
    var testDescription: String { name }
  }

  static let roundTrips: [RoundTrip] = [
    RoundTrip(
      name: "scalars", value: .array([.null, .bool(true), .bool(false), .number("-1.50e3"), .string("x")])),
    RoundTrip(
      name: "nested objects keep member order",
      value: .object([("z", .object([("b", .int(2)), ("a", .array([]))])), ("a", .object([]))])),
    RoundTrip(
      name: "awkward strings",
      value: .object([
        ("quote\"", .string("\\ \" \n \r \t \u{0} \u{1F} \u{7F} \u{2028} \u{2029} é 😀 𝄞")),
        ("", .string("")),
      ])),
    RoundTrip(name: "a lone string", value: .string("DAG31-03")),
    RoundTrip(name: "big number kept as text", value: .number("123456789012345678901234567890")),
  ]

  @Test("parse(render(x)) == x", arguments: roundTrips)
  func roundTrip(_ r: RoundTrip) throws {
    for indent in [true, false] {
      let parsed = try JSONParser.parse(r.value.render(indent: indent)).get()
      #expect(parsed.plain == r.value)
    }
  }

  @Test func renderingIsDeterministic() {
    let value = Self.roundTrips.last!.value
    #expect(value.render() == value.render())
  }
}
