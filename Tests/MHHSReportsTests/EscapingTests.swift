import Foundation
import MHHSCatalogue
import MHHSLint
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import MHHSReports

/// Quotes, `<`, `&`, line breaks, `%`, `:` and `,`, control and non-ASCII characters in every
/// format: the output stays well-formed and says the same thing.
@Suite struct EscapingTests {
  static let report = ReportFixture.hostileReport()
  static let suppressedReport = ReportFixture.hostileReport(suppressed: true)
  static var message: String { report.result.findings[0].message }

  @Test func json() throws {
    for r in [Self.report, Self.suppressedReport] {
      let parsed = try JSONParser.parse(JSONReporter().render(r)).get()
      let finding = try #require(parsed["findings"]?.value.elements?.first)
      #expect(finding["message"]?.value.stringValue == Self.message)
      #expect(finding["entity"]?.value.stringValue == "IF-Ω<&>")
    }
  }

  @Test func sarif() throws {
    let parsed = try JSONParser.parse(SARIFReporter().render(Self.suppressedReport)).get()
    let result = try #require(parsed["runs"]?.value.elements?.first?["results"]?.value.elements?.first)
    #expect(result["message"]?.value["text"]?.value.stringValue == Self.message)
    #expect(
      result["suppressions"]?.value.elements?.first?["justification"]?.value.stringValue
        == "because \"x\" < y & z\n%: ,")
    let uri = result["locations"]?.value.elements?.first?["physicalLocation"]?.value["artifactLocation"]?
      .value["uri"]
    #expect(uri?.value.stringValue == "catalogue/interfaces/IF%20%C3%A4%2Cb%3Ac%25.json")
  }

  @Test func github() {
    let out = GitHubReporter().render(Self.report)
    #expect(
      out
        == "::error file=catalogue/interfaces/IF ä%2Cb%3Ac%25.json,line=3,col=7,title=local/odd-rule::"
        + "IF-ÄÖ \"quoted\" <b>bold</b> & 'single' 100%25 done: a, b%0Asecond line%0D\u{1}end | *x* _y_ `z` [l](u)\n"
    )
    #expect(GitHubReporter.escapeProperty("a:b,c%d\re\nf") == "a%3Ab%2Cc%25d%0De%0Af")
    #expect(GitHubReporter.escapeData("a:b,c%d\re\nf") == "a:b,c%25d%0De%0Af")
    #expect(GitHubReporter().render(Self.suppressedReport).isEmpty, "suppressed findings are not annotated")
  }

  /// A strict form of the workflow-command grammar: every line is one command whose property
  /// values hold no raw `:`, `,`, `%`-sequence other than the escapes, CR or LF.
  @Test func githubLinesMatchAStrictPattern() throws {
    let pattern = try Regex(
      #"^::(error|warning|notice) file=([^,:%\r\n]|%25|%0D|%0A|%3A|%2C)+,line=[1-9][0-9]*,col=[1-9][0-9]*,title=([^,:%\r\n]|%25|%0D|%0A|%3A|%2C)+::([^%\r\n]|%25|%0D|%0A)*$"#
    )
    for report in [Self.report, try ReportFixture.report()] {
      for line in GitHubReporter().render(report).split(separator: "\n", omittingEmptySubsequences: false)
        .dropLast()
      {
        #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
      }
    }
  }

  @Test func markdown() {
    let out = MarkdownReporter().render(Self.suppressedReport)
    #expect(out.contains("IF\\-ÄÖ") == false)
    #expect(
      out.contains(
        "IF-ÄÖ \"quoted\" &lt;b&gt;bold&lt;/b&gt; &amp; 'single' 100% done: a, b second line  end \\| \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)"
      ))
    #expect(out.contains("| IF-Ω&lt;&amp;&gt; |"))
    #expect(out.contains("because \"x\" &lt; y &amp; z %: ,"))
    // Every table row keeps its column count: no raw `|` or line break leaks from the data.
    for line in out.split(separator: "\n") where line.hasPrefix("| IF-Ω") {
      let cells = line.replacing("\\|", with: "").filter { $0 == "|" }.count
      #expect(cells == 7, "\(line)")
    }
    #expect(MarkdownEscaping.inline("a|b\nc<d>&e*f_g`h") == "a\\|b c&lt;d&gt;&amp;e\\*f\\_g\\`h")
  }

  @Test(arguments: [false, true])
  func junitIsWellFormedAndKeepsTheText(suppressed: Bool) throws {
    let out = JUnitReporter().render(suppressed ? Self.suppressedReport : Self.report)
    let document = try XMLDocument(data: Data(out.utf8))
    let testcase = try #require(try document.nodes(forXPath: "//testcase").first as? XMLElement)
    if suppressed {
      let skipped = try #require(testcase.elements(forName: "skipped").first)
      #expect(
        skipped.attribute(forName: "message")?.stringValue
          == "exemption (DAG<1>): because \"x\" < y & z\n%: ,")
    } else {
      let failure = try #require(testcase.elements(forName: "failure").first)
      // XML 1.0 cannot hold U+0001; it is replaced, everything else survives.
      let expected = Self.message.replacing("\u{1}", with: "\u{FFFD}")
      #expect(failure.attribute(forName: "message")?.stringValue == expected)
      #expect(failure.attribute(forName: "type")?.stringValue == "error")
      #expect(failure.stringValue?.contains("catalogue/interfaces/IF ä,b:c%.json:3:7") == true)
    }
    #expect(testcase.attribute(forName: "name")?.stringValue == "IF-Ω<&> /name")
  }

  @Test func html() {
    let out = HTMLReporter().render(Self.suppressedReport)
    #expect(out.contains("IF-ÄÖ &quot;quoted&quot;") == false, "text content needs no quote escaping")
    #expect(out.contains("IF-ÄÖ \"quoted\" &lt;b&gt;bold&lt;/b&gt; &amp; 'single' 100% done"))
    #expect(!out.contains("<b>bold"))
    #expect(!out.contains("<script>"))
    #expect(out.contains("Rationale: 50% of &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(out.contains("<title>mhhs lint report — cat &lt;&amp;&gt;</title>"))
    #expect(!out.unicodeScalars.contains("\u{1}"))
  }

  @Test func xmlEscapingHelper() {
    #expect(XMLEscaping.text("a<b>&\"c'\n") == "a&lt;b&gt;&amp;\"c'\n")
    #expect(XMLEscaping.attribute("a<b>&\"c'\n\t\r") == "a&lt;b&gt;&amp;&quot;c&#39;&#10;&#9;&#13;")
    #expect(XMLEscaping.text("x\u{0}\u{1B}\u{FFFE}y😀") == "x\u{FFFD}\u{FFFD}\u{FFFD}y😀")
  }

  @Test func htmlAnchorsAreDistinct() {
    #expect(
      HTMLReporter.ruleAnchor("nfr/missing-error-response-time") == "rule-nfr/missing-error-response-time")
    #expect(HTMLReporter.ruleAnchor("a b") != HTMLReporter.ruleAnchor("a_b"))
    #expect(HTMLReporter.ruleAnchor("a\"b") == "rule-a~22~b")
  }
}
