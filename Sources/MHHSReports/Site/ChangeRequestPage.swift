import MHHSCatalogue

/// The page of a change request: its decision, the release it lands in, what it affects and
/// where the catalogue cites it.
enum ChangeRequestPage {
  static func render(_ cr: ChangeRequest, _ context: SiteContext) -> String {
    let id = cr.id.value
    var page = SitePage(at: .entity(.changeRequest, id), context: context)
    let title = cr.title?.value
    page.begin(
      title: title.map { "\(id) \($0)" } ?? id,
      heading: page.text(id) + (title.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: "Change request")
    page.section("facts", "Facts")
    page.facts([
      ("Status", cr.status.map { page.text($0.value.rawValue) }),
      ("Raised by", cr.raisedBy.map { page.text($0.value) }),
      ("Decision", cr.decision.map { page.text($0.value) }),
      ("Decided on", cr.decidedOn.map { page.text($0.value.description) }),
      ("Release", cr.release.map { page.link(.release, $0.value) }),
    ])
    page.definedIn(cr)
    page.endSection()

    page.section("affects", "What it affects")
    let affects = cr.affects?.values() ?? []
    if affects.isEmpty {
      page.html += "<p class=\"none\">Nothing recorded.</p>\n"
    } else {
      page.html += "<ul class=\"links\">\n"
      for other in affects {
        let kind = context.catalogue.kind(of: other)
        page.html += "<li>\(page.link(anyKind: other))\(kind.map { page.nameSuffix($0, other) } ?? "")"
        page.html += kind.map { " <span class=\"muted\">(\(page.text($0.displayName)))</span>" } ?? ""
        page.html += "</li>\n"
      }
      page.html += "</ul>\n"
    }
    page.endSection()
    SiteCitations.section(context.links.citations[id] ?? [], &page)
    page.sources(cr.sources)
    page.findings(context.findings(for: cr))
    page.end()
    return page.html
  }
}
