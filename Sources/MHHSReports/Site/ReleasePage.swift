import MHHSCatalogue

/// The page of a release: what it introduced, withdrew and changed (from the interfaces'
/// `introducedIn`/`withdrawnIn` and the history entries naming it), with the change requests
/// and design issue notes cited, and the change requests and D-flow changes that land in it.
enum ReleasePage {
  static func render(_ release: Release, _ context: SiteContext) -> String {
    let id = release.id.value
    let links = context.links
    var page = SitePage(at: .entity(.release, id), context: context)
    let name = release.name?.value
    page.begin(
      title: name.map { "\(id) \($0)" } ?? id,
      heading: page.text(id) + (name.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: "Release")
    let ordered = context.catalogue.releases.sorted {
      (context.catalogue.releaseRank($0.id.value) ?? 0) < (context.catalogue.releaseRank($1.id.value) ?? 0)
    }
    let place = ordered.firstIndex { $0.id.value == id }
    page.section("facts", "Facts")
    page.facts([
      ("Date", release.date.map { page.text($0.value.description) } ?? "not recorded"),
      ("Before it", place.flatMap { $0 > 0 ? page.link(.release, ordered[$0 - 1].id.value) : nil }),
      (
        "After it",
        place.flatMap { $0 + 1 < ordered.count ? page.link(.release, ordered[$0 + 1].id.value) : nil }
      ),
    ])
    page.definedIn(release)
    page.endSection()

    page.linkSection(
      "introduced", "Introduced", .interface, links.introduced[id] ?? [],
      empty: "No interface names it as introducedIn.")
    page.linkSection(
      "withdrawn", "Withdrawn", .interface, links.withdrawn[id] ?? [],
      empty: "No interface names it as withdrawnIn.")

    page.section("changed", "Changed")
    let changes = links.changes[id] ?? []
    if changes.isEmpty {
      page.html += "<p class=\"none\">No history entry names this release.</p>\n"
    } else {
      page.html += "<table>\n<thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Version</th>"
      page.html += "<th scope=\"col\">Cites</th><th scope=\"col\">Summary</th></tr></thead>\n<tbody>\n"
      for change in changes {
        page.html +=
          "<tr><td>\(page.link(change.kind, change.entity))\(page.nameSuffix(change.kind, change.entity))</td>"
        page.html += "<td>\(page.text(change.entry.version.value))</td>"
        page.html +=
          "<td>\((change.entry.changes?.values() ?? []).map { page.link(anyKind: $0) }.joined(separator: ", "))</td>"
        page.html += "<td>\(change.entry.summary.map { page.lines($0.value) } ?? "")</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
    }
    page.endSection()

    page.linkSection(
      "change-requests", "Change requests for this release", .changeRequest, links.requestsFor[id] ?? [],
      empty: "No change request names this release.")
    page.linkSection(
      "dataflows", "D-flow changes effective", .dataflow, links.effective[id] ?? [],
      empty: "No D-flow change is recorded as effective at this release.")
    page.sources(release.sources)
    page.findings(context.findings(for: release))
    page.end()
    return page.html
  }
}
