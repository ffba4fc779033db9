import MHHSCatalogue
import MHHSLint

/// The page listing every entity of one kind, with its name and the count of its findings,
/// and a filter box.
enum ListPage {
  static func render(_ kind: EntityKind, _ context: SiteContext) -> String {
    var page = SitePage(at: .list(kind), context: context)
    let heading = Wording.heading(kind)
    page.begin(title: heading, heading: page.text(heading), kind: nil)
    let ids = SiteKinds.ids(of: kind, in: context.catalogue)
    page.html += "<p>\(page.text(Wording.count(ids.count, kind))) in the catalogue.</p>\n"
    if !ids.isEmpty {
      let table = "list-table"
      page.filter(for: table, label: "Filter \(heading.lowercased())")
      page.html += "<table id=\"\(table)\">\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Name</th>"
      page.html += "<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
      for id in ids {
        page.html += "<tr><td>\(page.link(kind, id))</td>"
        page.html +=
          "<td>\(SiteKinds.name(of: id, kind, in: context.catalogue).map { page.text($0) } ?? "")</td>"
        page.html += "<td>\(count(kind, id, context))</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
    }
    page.end()
    return page.html
  }

  /// The number of unsuppressed findings on the entity.
  private static func count(_ kind: EntityKind, _ id: String, _ context: SiteContext) -> Int {
    let c = context.catalogue
    let findings: [Finding] =
      switch kind {
      case .interface: c.interface(id).map(context.findings(for:)) ?? []
      case .dataflow: c.dataflow(id).map(context.findings(for:)) ?? []
      case .nfr: c.nfr(id).map(context.findings(for:)) ?? []
      case .changeRequest: c.changeRequest(id).map(context.findings(for:)) ?? []
      case .release: c.release(id).map(context.findings(for:)) ?? []
      case .role: c.role(id).map(context.findings(for:)) ?? []
      case .dataType: c.dataType(id).map(context.findings(for:)) ?? []
      case .dataItem: c.dataItem(id).map(context.findings(for:)) ?? []
      case .block: c.block(id).map(context.findings(for:)) ?? []
      }
    return findings.reduce(0) { $0 + ($1.isSuppressed ? 0 : 1) }
  }
}
