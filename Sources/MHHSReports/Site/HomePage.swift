import MHHSCatalogue
import MHHSLint

/// The home page: search, the counts of each kind, the findings by severity, and the
/// completeness dashboard (a row of checks per interface, totals per column, and the same
/// totals per release). Each gap links to the finding that reports it on the interface's page.
enum HomePage {
  static func render(_ context: SiteContext) -> String {
    var page = SitePage(at: .home, context: context)
    let catalogue = context.catalogue
    let title = catalogue.manifest?.name?.value ?? "MHHS design catalogue"
    page.begin(title: "Home", heading: page.text(title), kind: nil, scripts: [.searchIndex])
    if let description = catalogue.manifest?.description?.value {
      page.html += "<p class=\"lead\">\(page.lines(description))</p>\n"
    }
    page.html += "<form id=\"search\" role=\"search\" hidden>\n"
    page.html += "<label for=\"search-input\">Search ids and names</label>\n"
    page.html +=
      "<input type=\"search\" id=\"search-input\" autocomplete=\"off\" placeholder=\"IF-021, UTC Settlement, Supplier…\">\n"
    page.html += "<p id=\"search-status\" class=\"muted\" aria-live=\"polite\"></p>\n"
    page.html += "<ul id=\"search-results\" class=\"links\"></ul>\n</form>\n"

    page.section("contents", "Contents")
    page.html += "<ul class=\"cards\">\n"
    for kind in SiteKinds.listed {
      let n = catalogue.count(of: kind)
      page.html += "<li><a href=\"\(page.href(.list(kind)))\"><span class=\"n\">\(n)</span> "
      page.html += "\(page.text(Wording.heading(kind)))</a></li>\n"
    }
    let result = context.input.result
    page.html +=
      "</ul>\n<p>Findings: <a href=\"\(page.href(.findings))\">\(page.text(Wording.findingSummary(result)))</a>.</p>\n"
    page.endSection()

    let columns = DashboardColumn.all
    // Which columns each interface has a value in, worked out once for the dashboard's totals
    // and the totals per release.
    let present = Parallel.map(catalogue.interfaces) { i in
      columns.map { $0.value(i, context.links) != nil }
    }
    dashboard(&page, present)
    byRelease(&page, present)
    page.end()
    return page.html
  }

  /// The indices of the interfaces the dashboard shows: those in the `--release` scope.
  private static func interfaces(_ context: SiteContext) -> [Int] {
    let catalogue = context.catalogue
    guard let id = context.input.result.release, let scope = ReleaseScope(id, in: catalogue) else {
      return Array(catalogue.interfaces.indices)
    }
    return catalogue.interfaces.indices.filter { scope.contains(catalogue.interfaces[$0], in: catalogue) }
  }

  /// How many rows of the dashboard are made at once, on all cores.
  static let rowBatch = 512

  private static func dashboard(_ page: inout SitePage, _ present: [[Bool]]) {
    let context = page.context
    let columns = DashboardColumn.all
    let rows = interfaces(context)
    page.section("dashboard", "Completeness of the interfaces")
    page.html += "<p>One row per interface; a gap links to the finding that reports it. "
    page.html +=
      "<span class=\"gap\">gap</span> marks a missing value, <span class=\"exempt\">exempt</span> one whose "
    page.html += "finding an exemption recorded in the catalogue suppresses.</p>\n"
    page.filter(for: "dashboard-table", label: "Filter interfaces")
    page.html +=
      "<div class=\"wide\"><table id=\"dashboard-table\" class=\"dashboard\">\n<thead><tr><th scope=\"col\">Interface</th>"
    for column in columns { page.html += "<th scope=\"col\">\(page.text(column.heading))</th>" }
    page.html += "</tr></thead>\n<tbody>\n"
    let batches = stride(from: 0, to: rows.count, by: rowBatch).map {
      rows[$0..<min($0 + rowBatch, rows.count)]
    }
    // Rows made a batch at a time on all cores (a row per interface: 25,000 for a large
    // catalogue), joined in order.
    let at = page.at
    let made = Parallel.map(batches) { batch -> String in
      var part = SitePage(at: at, context: context)
      for index in batch { row(context.catalogue.interfaces[index], columns, &part) }
      return part.html
    }
    for html in made { page.html += html }
    page.html += "</tbody>\n<tfoot><tr><th scope=\"row\">Complete (of \(rows.count))</th>"
    for n in columns.indices { page.html += "<td>\(rows.reduce(0) { $0 + (present[$1][n] ? 1 : 0) })</td>" }
    page.html += "</tr></tfoot>\n</table></div>\n"
    page.endSection()
  }

  /// The dashboard's row for interface `i`.
  private static func row(_ i: Interface, _ columns: [DashboardColumn], _ page: inout SitePage) {
    let context = page.context
    let id = i.id.value
    let findings = context.findings(for: i)
    page.html += "<tr><th scope=\"row\">\(page.link(.interface, id))"
    if let name = i.name?.value { page.html += "<span class=\"row-name\">\(page.text(name))</span>" }
    page.html += "</th>"
    for column in columns {
      if let value = column.value(i, context.links) {
        page.html += "<td class=\"ok\(column.isList ? " list" : "")\">\(page.text(value))</td>"
        continue
      }
      let finding = column.finding(in: findings)
      let label = finding?.suppression?.kind == .exemption ? "exempt" : "gap"
      let fragment = finding.map(SiteContext.anchor(of:)) ?? "facts"
      page.html +=
        "<td class=\"\(label)\"><a href=\"\(page.href(.entity(.interface, id), fragment: fragment))\""
      page.html +=
        " title=\"\(page.attribute(finding?.message ?? "not recorded; no rule reports it"))\">\(label)</a></td>"
    }
    page.html += "</tr>\n"
  }

  /// The dashboard's totals for the interfaces in scope at each release.
  private static func byRelease(_ page: inout SitePage, _ present: [[Bool]]) {
    let context = page.context
    let catalogue = context.catalogue
    let columns = DashboardColumn.all
    let releases = catalogue.releases.sorted {
      (catalogue.releaseRank($0.id.value) ?? 0) < (catalogue.releaseRank($1.id.value) ?? 0)
    }
    page.section("by-release", "Completeness by release")
    page.html += "<p>For each release, the interfaces in scope then (introduced by it and not yet withdrawn) "
    page.html += "and how many of them have each value.</p>\n"
    page.html +=
      "<div class=\"wide\"><table class=\"dashboard\">\n<thead><tr><th scope=\"col\">Release</th><th scope=\"col\">Interfaces</th>"
    for column in columns { page.html += "<th scope=\"col\">\(page.text(column.heading))</th>" }
    page.html += "</tr></thead>\n<tbody>\n"
    for release in releases {
      guard let scope = ReleaseScope(release.id.value, in: catalogue) else { continue }
      let inScope = catalogue.interfaces.indices.filter {
        scope.contains(catalogue.interfaces[$0], in: catalogue)
      }
      page.html +=
        "<tr><th scope=\"row\">\(page.link(.release, release.id.value))</th><td>\(inScope.count)</td>"
      for n in columns.indices {
        let count = inScope.reduce(0) { $0 + (present[$1][n] ? 1 : 0) }
        page.html += "<td class=\"\(count == inScope.count ? "ok" : "partial")\">\(count)</td>"
      }
      page.html += "</tr>\n"
    }
    page.html += "</tbody>\n</table></div>\n"
    page.endSection()
  }
}
