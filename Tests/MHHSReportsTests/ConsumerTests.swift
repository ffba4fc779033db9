import Foundation
import MHHSCatalogue
import MHHSLint
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import MHHSReports

/// What the consumers of each format check: JUnit counts that add up (read with an XML
/// parser), an HTML page with no reference off the page, counts equal to the JSON report's.
@Suite struct ConsumerTests {
  /// Every element with its attributes and its children, from Foundation's XMLParser.
  final class Tree: NSObject, XMLParserDelegate {
    final class Node {
      var name: String
      var attributes: [String: String]
      var children: [Node] = []
      init(_ name: String, _ attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
      }
      func count(_ attribute: String) -> Int { Int(attributes[attribute] ?? "") ?? -1 }
    }
    var stack: [Node] = [Node("#document", [:])]
    var root: Node? { stack.first?.children.first }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let node = Node(name, attributes)
      stack.last?.children.append(node)
      stack.append(node)
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      stack.removeLast()
    }

    static func parse(_ text: String) throws -> Node {
      let tree = Tree()
      let parser = XMLParser(data: Data(text.utf8))
      parser.delegate = tree
      #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
      return try #require(tree.root)
    }
  }

  static let reports: [(String, @Sendable () throws -> Report)] = [
    ("fixture", { try ReportFixture.report() }),
    ("hostile", { ReportFixture.hostileReport() }),
    ("hostile suppressed", { ReportFixture.hostileReport(suppressed: true) }),
  ]

  @Test(arguments: [0, 1, 2])
  func junitCountsAddUpOnEveryLevel(_ which: Int) throws {
    let report = try Self.reports[which].1()
    let root = try Tree.parse(JUnitReporter().render(report))
    #expect(root.name == "testsuites")
    var totals = (tests: 0, failures: 0, errors: 0, skipped: 0)
    let suites = root.children.filter { $0.name == "testsuite" }
    #expect(suites.map { $0.attributes["name"] ?? "" } == report.describedRules.map(\.id))
    for suite in suites {
      let cases = suite.children.filter { $0.name == "testcase" }
      let failures = cases.count { $0.children.contains { $0.name == "failure" } }
      let errors = cases.count { $0.children.contains { $0.name == "error" } }
      let skipped = cases.count { $0.children.contains { $0.name == "skipped" } }
      #expect(suite.count("tests") == cases.count)
      #expect(suite.count("failures") == failures)
      #expect(suite.count("errors") == errors)
      #expect(suite.count("skipped") == skipped)
      #expect(cases.count >= 1)
      totals.tests += suite.count("tests")
      totals.failures += suite.count("failures")
      totals.errors += suite.count("errors")
      totals.skipped += suite.count("skipped")
    }
    #expect(root.count("tests") == totals.tests)
    #expect(root.count("failures") == totals.failures)
    #expect(root.count("errors") == totals.errors)
    #expect(root.count("skipped") == totals.skipped)
    // The counts agree with the lint result.
    #expect(totals.failures == report.activeFindings.count)
    #expect(totals.skipped == report.result.suppressedCount)
  }

  @Test(arguments: [0, 1, 2])
  func htmlReferencesNothingOffThePage(_ which: Int) throws {
    let html = HTMLReporter().render(try Self.reports[which].1())
    let lower = html.lowercased()
    #expect(!lower.contains("<script"))
    #expect(!lower.contains("<link"))
    #expect(!lower.contains("<img"))
    #expect(!lower.contains("<iframe"))
    #expect(!lower.contains("@import"))
    #expect(!lower.contains("url("))
    #expect(!lower.contains("@font-face"))
    let attribute = try Regex(#"(?i)\b(src|href|action|srcset)\s*=\s*"([^"]*)""#)
    for match in html.matches(of: attribute) {
      let value = String(match.output[2].substring ?? "")
      #expect(value.hasPrefix("#"), "reference off the page: \(value)")
    }
    #expect(!lower.contains("http://") && !lower.contains("https://"))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(lower.contains("@media print"))
  }

  @Test func htmlRuleLinksLandOnAnchors() throws {
    let html = HTMLReporter().render(try ReportFixture.report())
    let hrefs = Set(
      html.matches(of: try Regex(##"href="#([^"]*)""##)).map { String($0.output[1].substring ?? "") })
    let ids = Set(html.matches(of: try Regex(#"id="([^"]*)""#)).map { String($0.output[1].substring ?? "") })
    #expect(!hrefs.isEmpty)
    #expect(hrefs.isSubset(of: ids), "dangling: \(hrefs.subtracting(ids))")
  }

  @Test func summaryCountsMatchTheJSONReport() throws {
    let report = try ReportFixture.report()
    let json = try JSONParser.parse(JSONReporter().render(report)).get()
    let summary = try #require(json["summary"]?.value)
    func n(_ key: String) -> Int {
      guard case .number(let text)? = summary[key]?.value.storage else { return -1 }
      return Int(text) ?? -1
    }
    let markdown = MarkdownReporter().render(report)
    let row = "| \(n("error")) | \(n("warning")) | \(n("info")) | \(n("hint")) | \(n("suppressed")) |"
    #expect(markdown.contains(row))
    let sarif = try JSONParser.parse(SARIFReporter().render(report)).get()
    let results = try #require(sarif["runs"]?.value.elements?.first?["results"]?.value.elements)
    #expect(
      results.count(where: { $0["suppressions"] == nil }) == n("error") + n("warning") + n("info") + n("hint")
    )
    #expect(results.count(where: { $0["suppressions"] != nil }) == n("suppressed"))
    let github = GitHubReporter().render(report).split(separator: "\n")
    #expect(github.count(where: { $0.hasPrefix("::error ") }) == n("error"))
    #expect(github.count(where: { $0.hasPrefix("::warning ") }) == n("warning"))
    #expect(github.count(where: { $0.hasPrefix("::notice ") }) == n("info") + n("hint"))
  }
}
