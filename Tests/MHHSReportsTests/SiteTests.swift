import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// The pages of `mhhs site` for a small catalogue: their facts, links both ways, the
/// dashboard's links to findings, the search index, and the escaping of hostile text.
@Suite struct SiteTests {
  static let hostile = "<script>alert(1)</script></title>\"quoted\" 'single' \u{1}\u{7}bell"

  static let files: [CatalogueLoader.File] = [
    .init("catalogue.json", #"{ "format": 1, "name": "Test catalogue" }"#),
    .init(
      "releases.json",
      #"{ "releases": [ { "id": "M5", "name": "Baseline", "date": "2022-10-31" }, { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" } ] }"#
    ),
    .init(
      "roles.json",
      #"{ "roles": [ { "id": "SDS", "name": "Smart Data Service" }, { "id": "SUP", "name": "Supplier" } ] }"#),
    .init(
      "interfaces/IF-021.json",
      #"""
      { "id": "IF-021", "name": "UTC Settlement Period Consumption Data", "version": "1.0", "status": "active",
        "transport": "dip", "from": ["SDS"], "to": ["SUP"], "events": ["ActivePower"], "timeBasis": "utc",
        "responseTimes": { "acknowledgement": { "within": "PT6S", "nfr": "E2E1009" } },
        "payload": [ { "blocks": [ { "block": "B044", "section": "custom", "required": true } ] } ],
        "history": [ { "version": "1.0", "release": "IR7", "changes": ["CR034", "DIN-001"], "summary": "First issue" } ],
        "sources": ["DIP API 2.1.0", "javascript:alert(1)", "https://example.org/a?b=1&c=2"] }
      """#),
    .init(
      "interfaces/IF-666.json",
      """
      { "id": "IF-666", "name": "\(jsonEscaped(hostile))", "version": "1.0", "status": "active",
        "transport": "dip", "from": ["SDS"], "to": ["SUP"], "sources": ["\(jsonEscaped(hostile))"] }
      """),
    .init(
      "nfrs/E2E1009.json",
      #"{ "id": "E2E1009", "title": "Validation response time", "responseTime": "PT30M", "appliesTo": { "interfaces": ["IF-021"] } }"#
    ),
    .init(
      "change-requests/CR034.json",
      #"{ "id": "CR034", "title": "Delay to Level 4 validation", "status": "approved", "release": "IR7", "affects": ["E2E1009", "IF-021"] }"#
    ),
    .init(
      "blocks/B044.json",
      #"{ "id": "B044", "name": "Issuing Data Service", "fields": [ { "name": "mpan", "item": "DI-566" } ] }"#
    ),
    .init(
      "dataitems/DI-566.json",
      #"{ "id": "DI-566", "name": "List Of MPANS On Site", "type": "string", "maxLength": 1400 }"#),
  ]

  static func jsonEscaped(_ text: String) -> String {
    var out = ""
    JSON.appendQuoted(text, to: &out)
    return String(out.dropFirst().dropLast())
  }

  /// Every file of the site for the fixture, by path.
  static func site() throws -> [String: String] {
    let catalogue = try CatalogueLoader.load(files: files)
    let linter = Linter()
    let result = try linter.lint(catalogue, today: CalendarDate(year: 2024, month: 6, day: 1))
    let tool = Report.Tool(name: "mhhs", version: "0.0.0", informationURI: "https://example.org")
    var pages: [String: String] = [:]
    try Site(SiteInput(catalogue: catalogue, result: result, rules: linter.descriptions, tool: tool)).make {
      pages[$0.path] = $1
    }
    return pages
  }

  @Test func everyEntityHasItsPageInItsKindsFolder() throws {
    let pages = try Self.site()
    for path in [
      "index.html", "site.css", "site.js", "search-index.js", "findings.html", "rules.html",
      "interfaces.html",
      "interfaces/IF-021.html", "interfaces/IF-666.html", "nfrs/E2E1009.html", "change-requests/CR034.html",
      "releases/M5.html", "releases/IR7.html", "roles/SDS.html", "roles/SUP.html", "blocks/B044.html",
      "dataitems/DI-566.html",
    ] {
      #expect(pages[path] != nil, "missing \(path)")
    }
  }

  @Test func interfacePageShowsItsFactsAndLinksRelatively() throws {
    let page = try #require(try Self.site()["interfaces/IF-021.html"])
    #expect(page.contains("UTC Settlement Period Consumption Data"))
    #expect(page.contains("<a href=\"../roles/SDS.html\">SDS</a>"))
    #expect(page.contains("<a href=\"../nfrs/E2E1009.html\">E2E1009</a>"))
    #expect(page.contains("<a href=\"../change-requests/CR034.html\">CR034</a>"))
    #expect(page.contains("<a href=\"../blocks/B044.html\">B044</a>"))
    #expect(page.contains("<a href=\"../dataitems/DI-566.html\">DI-566</a>"))
    #expect(page.contains("PT6S"))
    #expect(page.contains("<link rel=\"stylesheet\" href=\"../site.css\">"))
    // A design issue note the catalogue does not hold is cited as text.
    #expect(page.contains("<span class=\"unknown\">DIN-001</span>"))
    #expect(!page.contains("href=\"/"))
  }

  @Test func linksRunBothWays() throws {
    let pages = try Self.site()
    let cr = try #require(pages["change-requests/CR034.html"])
    #expect(cr.contains("<a href=\"../interfaces/IF-021.html\">IF-021</a>"))
    #expect(cr.contains("<a href=\"../nfrs/E2E1009.html\">E2E1009</a>"))
    #expect(cr.contains("history 1.0 (IR7)"), "the history entry citing it")
    let role = try #require(pages["roles/SDS.html"])
    let sends = try #require(role.range(of: "<h2 id=\"sends-h\">"))
    let receives = try #require(role.range(of: "<h2 id=\"receives-h\">"))
    #expect(role[sends.upperBound..<receives.lowerBound].contains("../interfaces/IF-021.html"))
    #expect(try #require(pages["roles/SUP.html"]).contains("../interfaces/IF-666.html"))
    let item = try #require(pages["dataitems/DI-566.html"])
    #expect(item.contains("<a href=\"../interfaces/IF-021.html\">IF-021</a>"), "the interface carrying it")
    #expect(item.contains("<a href=\"../blocks/B044.html\">B044</a>"), "the block on the way")
    let release = try #require(pages["releases/IR7.html"])
    #expect(release.contains("First issue"))
    #expect(release.contains("<a href=\"../change-requests/CR034.html\">CR034</a>"))
    #expect(release.contains("../releases/M5.html"), "the release before it")
  }

  @Test func dashboardGapsLinkToTheirFindingOnTheEntityPage() throws {
    let pages = try Self.site()
    let home = try #require(pages["index.html"])
    // IF-021 has no error response time: its cell links to the finding's anchor.
    let anchor = try #require(
      home.firstMatch(
        of: /href="interfaces\/IF-021\.html#(f-[0-9a-f]{16})" title="IF-021 has no error-response time/))
    let page = try #require(pages["interfaces/IF-021.html"])
    #expect(page.contains("<tr id=\"\(anchor.1)\""))
    #expect(home.contains("<td class=\"ok\">PT6S</td>"))
    #expect(home.contains("Complete (of 2)"))
  }

  @Test func searchIndexIsAClassicScriptOverIdsAndNames() throws {
    let index = try #require(try Self.site()["search-index.js"])
    #expect(index.hasPrefix("window.MHHS_SEARCH = ["))
    #expect(
      index.contains(
        #"["IF-021","UTC Settlement Period Consumption Data","interface","interfaces/IF-021.html"]"#))
    #expect(!index.contains("\u{1}"))
    let script = try #require(try Self.site()["site.js"])
    for banned in ["fetch(", "import ", "Worker", "innerHTML"] { #expect(!script.contains(banned)) }
  }

  @Test func hostileTextIsEscapedEverywhere() throws {
    for (path, page) in try Self.site() where path.hasSuffix(".html") {
      #expect(!page.contains("<script>alert"), "\(path)")
      #expect(!page.contains("</title>\""), "\(path)")
      #expect(!page.contains("href=\"javascript:"), "\(path)")
      #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(path)")
    }
    let page = try #require(try Self.site()["interfaces/IF-666.html"])
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/title&gt;"))
    #expect(page.contains("<title>IF-666 &lt;script&gt;"))
    let links = try #require(try Self.site()["interfaces/IF-021.html"])
    #expect(links.contains("<li>javascript:alert(1)</li>"), "a javascript: source is text, not a link")
    #expect(links.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noreferrer\">"))
  }

  @Test func fileNamesStayInsideTheirFolderAndNeverCollide() {
    let ids = [
      "../../etc/passwd", ".hidden", "a/b", "a_2Fb", "IF-021", "IR5.2", "", "é",
      String(repeating: "x", count: 400),
    ]
    let names = ids.map(SitePath.fileName(for:))
    for name in names {
      #expect(!name.isEmpty && !name.hasPrefix(".") && !name.contains("/"), "\(name)")
      #expect(name.utf8.count <= 120)
      #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) })
    }
    #expect(Set(names).count == ids.count)
    #expect(SitePath.fileName(for: "IF-021") == "IF-021")
    #expect(SitePath.fileName(for: "IR5.2") == "IR5.2")
    #expect(SitePath.entity(.role, "SDS").path == "roles/SDS.html")
    #expect(SitePath.entity(.release, "IR7").path == "releases/IR7.html")
    #expect(SitePath.entity(.changeRequest, "CR034").href(to: .home) == "../index.html")
  }

  @Test func releaseScopeNarrowsTheDashboard() throws {
    var files = Self.files
    files.append(
      .init(
        "interfaces/IF-900.json",
        #"{ "id": "IF-900", "name": "Later", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"], "introducedIn": "IR7" }"#
      ))
    let catalogue = try CatalogueLoader.load(files: files)
    let linter = Linter()
    let result = try linter.lint(
      catalogue, options: LintOptions(release: "M5"), today: CalendarDate(year: 2024, month: 6, day: 1))
    let tool = Report.Tool(name: "mhhs", version: "0.0.0", informationURI: "https://example.org")
    var home = ""
    try Site(SiteInput(catalogue: catalogue, result: result, rules: linter.descriptions, tool: tool)).make {
      if $0 == .home { home = $1 }
    }
    #expect(!home.contains("<th scope=\"row\"><a href=\"interfaces/IF-900.html\""))
    #expect(home.contains("as of release M5"))
    // The per-release table counts IF-900 at IR7 only.
    #expect(home.contains("<a href=\"releases/IR7.html\">IR7</a></th><td>3</td>"))
    #expect(home.contains("<a href=\"releases/M5.html\">M5</a></th><td>2</td>"))
  }
}
