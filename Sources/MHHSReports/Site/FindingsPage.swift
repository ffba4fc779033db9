/// Every finding of the run in one table (with a filter box), each linked to its entity.
enum FindingsPage {
  static func render(_ context: SiteContext) -> String {
    var page = SitePage(at: .findings, context: context)
    page.begin(title: "Findings", heading: "Findings", kind: nil)
    let result = context.input.result
    page.html += "<p>\(page.text(Wording.findingSummary(result))).</p>\n"
    if !result.findings.isEmpty {
      page.filter(for: "findings-table", label: "Filter findings")
      page.findingsTable(result.findings, entityColumn: true, id: "findings-table")
    }
    page.end()
    return page.html
  }
}
