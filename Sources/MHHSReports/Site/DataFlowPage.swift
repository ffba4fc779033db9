import MHHSCatalogue

/// The page of a D-flow: its routes, its fate at MHHS go-live (DES196) and the interfaces
/// that replace it, with history, sources and findings.
enum DataFlowPage {
  static func render(_ flow: DataFlow, _ context: SiteContext) -> String {
    let id = flow.id.value
    var page = SitePage(at: .entity(.dataflow, id), context: context)
    let name = flow.name?.value
    page.begin(
      title: name.map { "\(id) \($0)" } ?? id,
      heading: page.text(id) + (name.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: "D-flow")
    page.diagram(
      SiteDiagrams(context).diagram(
        for: flow, replacedBy: context.links.replacedBy[id] ?? []),
      caption: "\(id) and the interfaces that replace it")
    let fate = flow.mhhs?.value
    page.section("facts", "Facts")
    page.facts([
      ("Version", flow.version.map { page.text($0.value) }),
      ("Ownership", flow.ownership.map { page.text($0.value.rawValue) }),
      (
        "Disposition at MHHS",
        fate?.disposition.map { page.text($0.value.rawValue) } ?? page.gap("not recorded")
      ),
      ("Replaced by", fate?.replacedBy.map { page.links(.interface, $0.values()) }),
      ("Decision", fate?.decision.map { page.text($0.value) }),
      ("Rationale", fate?.rationale.map { page.lines($0.value) }),
      ("Effective", fate?.effective.map { page.link(.release, $0.value) }),
    ])
    page.definedIn(flow)
    page.endSection()

    page.section("routes", "Routes")
    let routes = flow.routes?.values() ?? []
    if routes.isEmpty {
      page.html += "<p class=\"none\">No route recorded.</p>\n"
    } else {
      page.html +=
        "<table>\n<thead><tr><th scope=\"col\">From</th><th scope=\"col\">To</th></tr></thead>\n<tbody>\n"
      for route in routes {
        page.html += "<tr><td>\(route.from.map { page.link(.role, $0.value) } ?? "—")</td>"
        page.html += "<td>\(route.to.map { page.link(.role, $0.value) } ?? "—")</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
    }
    page.endSection()

    let variants = flow.scenarioVariants?.values() ?? []
    if !variants.isEmpty {
      page.section("scenario-variants", "Scenario variants")
      page.html += "<ul>\n"
      for v in variants {
        page.html +=
          "<li>\(v.id.map { "<code>\(page.text($0.value))</code> " } ?? "")\(v.name.map { page.text($0.value) } ?? "")</li>\n"
      }
      page.html += "</ul>\n"
      page.endSection()
    }
    page.linkSection(
      "replaced-by", "Interfaces that say they replace it", .interface, context.links.replacedBy[id] ?? [],
      empty: "No interface names this D-flow in its replaces list.")
    page.linkSection(
      "change-requests", "Change requests", .changeRequest, context.links.affectedBy[id] ?? [],
      empty: "No change request affects this D-flow.")
    page.exemptions(flow.exemptions)
    page.history(flow.history)
    page.sources(flow.sources)
    page.findings(context.findings(for: flow))
    page.end()
    return page.html
  }
}
