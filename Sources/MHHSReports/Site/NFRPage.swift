import MHHSCatalogue

/// The page of a non-functional requirement: what it asks, what it applies to, who is excused
/// from it, and the interfaces that cite it.
enum NFRPage {
  static func render(_ nfr: NFR, _ context: SiteContext) -> String {
    let id = nfr.id.value
    var page = SitePage(at: .entity(.nfr, id), context: context)
    let title = nfr.title?.value
    page.begin(
      title: title.map { "\(id) \($0)" } ?? id,
      heading: page.text(id) + (title.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: "Non-functional requirement")
    page.section("facts", "Facts")
    let levels = nfr.appliesTo?.value.validationLevels?.values() ?? []
    page.facts([
      ("Category", nfr.category.map { page.text($0.value) }),
      ("Response time", nfr.responseTime.map { page.text($0.value.description) }),
      ("Validation levels", levels.isEmpty ? nil : levels.map(String.init).joined(separator: ", ")),
    ])
    page.definedIn(nfr)
    page.endSection()
    page.linkSection(
      "interfaces", "Interfaces", .interface, context.links.interfacesOf[id] ?? [],
      empty: "No interface names this NFR.")

    let exemptions = nfr.exemptions?.values() ?? []
    if !exemptions.isEmpty {
      page.section("party-exemptions", "Parties excused")
      page.html += "<table>\n<thead><tr><th scope=\"col\">Party</th><th scope=\"col\">Scope</th>"
      page.html +=
        "<th scope=\"col\">Change request</th><th scope=\"col\">Decision</th><th scope=\"col\">Release</th></tr></thead>\n<tbody>\n"
      for e in exemptions {
        page.html += "<tr><td>\(e.party.map { page.text($0.value) } ?? "")</td>"
        page.html += "<td>\(e.scope.map { page.lines($0.value) } ?? "")</td>"
        page.html += "<td>\(e.changeRequest.map { page.link(.changeRequest, $0.value) } ?? "")</td>"
        page.html += "<td>\(e.decision.map { page.text($0.value) } ?? "")</td>"
        page.html += "<td>\(e.release.map { page.link(.release, $0.value) } ?? "")</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
      page.endSection()
    }
    page.linkSection(
      "change-requests", "Change requests", .changeRequest, context.links.affectedBy[id] ?? [],
      empty: "No change request affects this NFR.")
    page.sources(nfr.sources)
    page.findings(context.findings(for: nfr))
    page.end()
    return page.html
  }
}
