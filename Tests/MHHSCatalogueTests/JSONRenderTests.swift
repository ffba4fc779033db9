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

  /// Each character that needs escaping, at every position of strings of every length up to
  /// 20 bytes (plain text is checked eight bytes at a time, so the boundaries matter), against
  /// an escaper written the obvious way.
  @Test func escapesAtEveryPositionAndLength() {
    func reference(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
    let specials = ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "€", "é"]
    for length in 0...20 {
      let plain = String(repeating: "a", count: length)
      #expect(JSON.string(plain).render(indent: false) == reference(plain))
      for position in 0..<max(length, 1) {
        for special in specials {
          var text = Array(plain)
          if text.isEmpty { text = [Character(special)] } else { text[position] = Character(special) }
          let string = String(text)
          #expect(JSON.string(string).render(indent: false) == reference(string), "\(Array(string.utf8))")
        }
      }
    }
  }

  @Test func aDocumentLongerThanItsEstimateIsWrittenWhole() {
    let value: JSON = .array((0..<200).map { .object([("n", .int($0)), ("text", .string("x\"y \($0)"))]) })
    let written = JSONWriter.document(estimatedSize: 10) { $0.value(value) }
    #expect(written.count > 1000)
    #expect(String(decoding: written, as: UTF8.self) == value.render())
  }

  @Test func theWriterLaysOutWhatItIsToldLikeAValue() {
    let bytes = JSONWriter.document(pretty: true, estimatedSize: 64) { json in
      json.beginObject()
      json.key("a")
      json.beginArray()
      json.int(-9_223_372_036_854_775_807 - 1)
      json.string(orNull: nil)
      json.bool(true)
      json.beginObject()
      json.endObject()
      json.endArray()
      json.key("b")
      json.string(orNull: "x")
      json.key("c")
      json.beginArray()
      json.endArray()
      json.endObject()
    }
    let value: JSON = .object([
      ("a", .array([.number("-9223372036854775808"), .null, .bool(true), .object([])])),
      ("b", .string("x")), ("c", .array([])),
    ])
    #expect(String(decoding: bytes, as: UTF8.self) == value.render())
  }

  @Test func renderingIsDeterministic() {
    let value = Self.roundTrips.last!.value
    #expect(value.render() == value.render())
  }
}
