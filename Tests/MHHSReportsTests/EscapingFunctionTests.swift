import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// Every escaping function, one per output language, over every character that ends a line or
/// controls a terminal somewhere: the C0 controls, DEL, the C1 controls (U+0085 among them),
/// U+2028, U+2029 and CR LF (one `Character` in Swift, two scalars).
@Suite struct EscapingFunctionTests {
  static let hostile: [String] =
    (0x00...0x1F).map { String(Unicode.Scalar(UInt8($0))) } + ["\u{7F}"]
    + (0x80...0x9F).map { String(Unicode.Scalar(UInt8($0))) } + ["\u{2028}", "\u{2029}", "\r\n"]

  /// The character between text that would be markup on a line of its own.
  static func sample(_ c: String) -> String { "IF-001 name\(c)# Heading\(c)- item | cell\(c)`x\(c)y`\(c)" }

  static func isLineBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
      || scalar == "\u{2029}"
  }

  /// The cells of a GitHub-flavoured table row: split on `|` not preceded by `\`.
  static func cells(_ row: String) -> Int {
    var count = 0
    var escaped = false
    for scalar in row.unicodeScalars {
      if scalar == "|" && !escaped { count += 1 }
      escaped = scalar == "\\" && !escaped
    }
    return count - 1
  }

  @Test(arguments: hostile)
  func markdownStaysOneLineInsideItsCell(_ c: String) {
    for escaped in [
      MarkdownEscaping.inline(Self.sample(c)), MarkdownEscaping.keepingCode(Self.sample(c)),
      MarkdownEscaping.keepingCode(Self.sample(c), inTableCell: true), MarkdownEscaping.code(Self.sample(c)),
    ] {
      #expect(
        !escaped.unicodeScalars.contains(where: Self.isLineBreakOrControl), "\(escaped.debugDescription)")
    }
    #expect(Self.cells("| \(MarkdownEscaping.inline(Self.sample(c))) |") == 1)
    #expect(Self.cells("| \(MarkdownEscaping.keepingCode(Self.sample(c), inTableCell: true)) |") == 1)
    #expect(MarkdownEscaping.inline(Self.sample(c)).contains("\\# Heading"))
  }

  @Test func markdownEscapesMarkupAndKeepsCodeSpans() {
    #expect(MarkdownEscaping.inline("a|b\nc<d>&e*f_g`h") == "a\\|b c&lt;d&gt;&amp;e\\*f\\_g\\`h")
    #expect(MarkdownEscaping.inline("a\r\nb") == "a  b")
    #expect(MarkdownEscaping.inline("- item") == "\\- item")
    #expect(MarkdownEscaping.inline("  + item") == "  \\+ item")
    #expect(MarkdownEscaping.inline("---") == "\\---")
    #expect(MarkdownEscaping.inline("12. item") == "12\\. item")
    #expect(MarkdownEscaping.inline("1.0 (IR7)") == "1.0 (IR7)")
    #expect(MarkdownEscaping.inline("IF-001 - x") == "IF-001 - x")
    #expect(MarkdownEscaping.keepingCode("has no `from`; <b>") == "has no `from`; &lt;b&gt;")
    #expect(MarkdownEscaping.keepingCode("`a|b`", inTableCell: true) == "`a\\|b`")
    #expect(MarkdownEscaping.keepingCode("`a|b`") == "`a|b`")
    // A backtick that does not pair as a single one with another is text, so what follows it
    // cannot be taken for raw HTML.
    #expect(MarkdownEscaping.keepingCode("`<b>``") == "\\`&lt;b&gt;\\`\\`")
    #expect(MarkdownEscaping.keepingCode("a ` <b>") == "a \\` &lt;b&gt;")
    #expect(MarkdownEscaping.code("a`b\nc") == "``a`b c``")
    #expect(MarkdownEscaping.code("`x") == "`` `x ``")
  }

  /// Values quoted into messages with ``DiffText/code(_:)`` stay one code span however many
  /// backticks they hold, as CommonMark reads code spans (a run closed by the next run of the
  /// same length; one space stripped from each side when both have one).
  @Test func codeSpansOfAnyFenceSurviveKeepingCode() {
    let pattern = #"^S-((IF|REP)-)?\d{3,4}$"#
    #expect(DiffText.code(pattern) == "`\(pattern)`")
    #expect(
      MarkdownEscaping.keepingCode("`pattern` added \(DiffText.code(pattern))")
        == "`pattern` added `\(pattern)`")
    #expect(
      MarkdownEscaping.keepingCode(DiffText.code(pattern), inTableCell: true)
        == #"`^S-((IF\|REP)-)?\d{3,4}$`"#)
    #expect(DiffText.code("a`b") == "``a`b``")
    #expect(MarkdownEscaping.keepingCode("x ``a`b`` <y>") == "x ``a`b`` &lt;y&gt;")
    #expect(DiffText.code("``") == "``` `` ```")
    #expect(MarkdownEscaping.keepingCode("v ``` `` ``` w") == "v ``` `` ``` w")
    // A value with a space at each end keeps them: CommonMark strips one pair of padding.
    #expect(DiffText.code(" a ") == "`  a  `")
    #expect(DiffText.code("  ") == "`  `")
    // A run that nothing of its length closes is text.
    #expect(MarkdownEscaping.keepingCode("``a` b") == "\\`\\`a\\` b")
  }

  @Test(arguments: hostile)
  func textStaysOneLineAndReadable(_ c: String) {
    let escaped = TextEscaping.line(Self.sample(c))
    #expect(!escaped.unicodeScalars.contains(where: Self.isLineBreakOrControl), "\(escaped.debugDescription)")
    #expect(escaped.hasPrefix("IF-001 name\\"))
  }

  @Test func textEscapesAreTheUsualOnes() {
    #expect(TextEscaping.line("a\r\nb\tc\u{1B}[31m\u{85}\u{9B}") == #"a\r\nb\tc\u001B[31m\u0085\u009B"#)
    #expect(TextEscaping.line("plain – text") == "plain – text")
  }

  @Test(arguments: hostile)
  func xmlIsWellFormedAndAttributesKeepTheirWhiteSpace(_ c: String) {
    let allowed: (Unicode.Scalar) -> Bool = {
      XMLEscaping.isAllowed($0) && !(0x7F...0x9F).contains($0.value)
    }
    let text = XMLEscaping.text(Self.sample(c))
    let attribute = XMLEscaping.attribute(Self.sample(c))
    let lines = XMLEscaping.htmlLines(Self.sample(c))
    for escaped in [text, attribute, lines] {
      #expect(escaped.unicodeScalars.allSatisfy(allowed), "\(escaped.debugDescription)")
      #expect(!escaped.unicodeScalars.contains("\r"), "a raw CR would be read as LF")
    }
    #expect(!attribute.unicodeScalars.contains { $0 == "\n" || $0 == "\t" })
    #expect(!lines.unicodeScalars.contains { $0 == "\n" || $0 == "\u{2028}" || $0 == "\u{2029}" })
  }

  @Test func htmlLinesBreakOncePerLineBreak() {
    #expect(XMLEscaping.htmlLines("a\r\nb\rc\nd\u{2028}e<\"") == "a<br>b<br>c<br>d<br>e&lt;&quot;")
    #expect(XMLEscaping.text("a\u{85}b\u{7F}c\u{9F}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
  }

  @Test(arguments: hostile)
  func workflowCommandsStayOneLineAndDecodeBack(_ c: String) {
    for escaped in [GitHubReporter.escapeData(Self.sample(c)), GitHubReporter.escapeProperty(Self.sample(c))]
    {
      #expect(!escaped.unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
      let decoded = escaped.replacing("%0D", with: "\r").replacing("%0A", with: "\n")
        .replacing("%3A", with: ":").replacing("%2C", with: ",").replacing("%25", with: "%")
      #expect(Array(decoded.unicodeScalars) == Array(Self.sample(c).unicodeScalars))
    }
    #expect(!GitHubReporter.escapeProperty(Self.sample(c)).contains { $0 == ":" || $0 == "," })
  }
}
