import MHHSCatalogue

/// The page of a market role: what it sends and receives, over the DIP and as D-flows.
enum RolePage {
  static func render(_ role: Role, _ context: SiteContext) -> String {
    let id = role.id.value
    let links = context.links
    var page = SitePage(at: .entity(.role, id), context: context)
    let name = role.name?.value
    page.begin(
      title: name.map { "\(id) \($0)" } ?? id,
      heading: page.text(id) + (name.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: "Role")
    page.diagram(
      SiteDiagrams(context).diagram(for: role), caption: "What \(id) sends and receives")
    page.section("facts", "Facts")
    let aliases = role.aliases?.values() ?? []
    page.facts([("Also called", aliases.isEmpty ? nil : page.text(aliases.joined(separator: ", ")))])
    page.definedIn(role)
    page.endSection()
    page.linkSection("sends", "Sends", .interface, links.sends[id] ?? [], empty: "Sends no interface.")
    page.linkSection(
      "receives", "Receives", .interface, links.receives[id] ?? [], empty: "Receives no interface.")
    let from = links.routesFrom[id] ?? []
    let to = links.routesTo[id] ?? []
    if !from.isEmpty || !to.isEmpty {
      page.linkSection("dflows-sent", "D-flows it sends", .dataflow, from, empty: "None.")
      page.linkSection("dflows-received", "D-flows it receives", .dataflow, to, empty: "None.")
    }
    page.sources(role.sources)
    page.findings(context.findings(for: role))
    page.end()
    return page.html
  }
}
