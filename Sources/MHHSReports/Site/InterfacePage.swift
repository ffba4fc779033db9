import MHHSCatalogue

/// The page of an interface: its facts, response times, payload, what it replaces, the NFRs
/// and change requests on it, its history, sources and findings.
enum InterfacePage {
  static func render(_ i: Interface, _ context: SiteContext) -> String {
    let id = i.id.value
    var page = SitePage(at: .entity(.interface, id), context: context)
    let name = i.name?.value
    page.begin(
      title: name.map { "\(id) \($0)" } ?? id,
      heading: "\(page.text(id))" + (name.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: "Interface")
    let diagrams = SiteDiagrams(context)
    page.diagram(diagrams.diagram(for: i), caption: "Who sends \(id) and who receives it")

    page.section("facts", "Facts")
    page.facts([
      ("Status", i.status.map { page.text($0.value.rawValue) }),
      ("Version", i.version.map { page.text($0.value) }),
      ("Transport", i.transport.map { page.text($0.value.rawValue.uppercased()) }),
      ("Sent by", i.from.map { page.links(.role, $0.values()) } ?? page.gap("no sender recorded")),
      ("Received by", i.to.map { page.links(.role, $0.values()) } ?? page.gap("no receiver recorded")),
      (
        "Events", i.events.map { $0.values().map { "<code>\(page.text($0))</code>" }.joined(separator: ", ") }
      ),
      ("Schema version", i.schemaVersion.map { page.text($0.value) }),
      ("Process", i.process.map { page.text($0.value) }),
      ("Code-drafting name", i.codeDraftingName.map { page.text($0.value) } ?? page.gap("not recorded")),
      (
        "Time basis",
        i.timeBasis.map { page.text($0.value == .utc ? "UTC" : "clock time") } ?? page.gap("not recorded")
      ),
      ("Replaces", i.replaces.map { page.links(.dataflow, $0.values()) }),
      ("Introduced in", i.introducedIn.map { page.link(.release, $0.value) }),
      ("Withdrawn in", i.withdrawnIn.map { page.link(.release, $0.value) }),
    ])
    page.definedIn(i)
    page.endSection()

    page.section("response-times", "Response times")
    page.html += "<table>\n<thead><tr><th scope=\"col\">Response</th><th scope=\"col\">Within</th>"
    page.html += "<th scope=\"col\">NFR</th></tr></thead>\n<tbody>\n"
    for kind in ResponseTimes.Kind.allCases {
      let time = i.responseTimes?.value[kind]?.value
      page.html += "<tr><th scope=\"row\">\(page.text(label(kind)))</th>"
      page.html +=
        "<td>\(time?.within.map { page.text($0.value.description) } ?? page.gap("not recorded"))</td>"
      page.html += "<td>\(time?.nfr.map { page.link(.nfr, $0.value) } ?? "—")</td></tr>\n"
    }
    page.html += "</tbody>\n</table>\n"
    page.endSection()

    payload(i, &page, diagrams)
    page.linkSection(
      "nfrs", "Non-functional requirements", .nfr, context.links.nfrsOf[id] ?? [],
      empty: "No NFR names this interface.")
    page.linkSection(
      "change-requests", "Change requests", .changeRequest, context.links.affectedBy[id] ?? [],
      empty: "No change request affects this interface.")
    if let mappedFrom = context.links.mappedTo[id] {
      page.linkSection("mapped-from", "D-flows that DES196 maps to it", .dataflow, mappedFrom, empty: "")
    }
    page.exemptions(i.exemptions)
    page.history(i.history)
    page.sources(i.sources)
    page.findings(context.findings(for: i))
    page.end()
    return page.html
  }

  private static func payload(_ i: Interface, _ page: inout SitePage, _ diagrams: SiteDiagrams) {
    page.section("payload", "Payload")
    let variants = i.payload?.values() ?? []
    if variants.isEmpty {
      page.html += "<p class=\"none\">No payload recorded.</p>\n"
      page.endSection()
      return
    }
    page.diagram(
      diagrams.payloadDiagram(for: i), caption: "The blocks of the \(i.id.value) payload", folded: true)
    for (n, variant) in variants.enumerated() {
      let events = variant.events?.values() ?? []
      page.html += "<h3>Variant \(n + 1): "
      page.html +=
        events.isEmpty ? "all events" : events.map { "<code>\(page.text($0))</code>" }.joined(separator: ", ")
      page.html += "</h3>\n<table>\n<thead><tr><th scope=\"col\">Block</th><th scope=\"col\">Wire name</th>"
      page.html +=
        "<th scope=\"col\">Section</th><th scope=\"col\">Required</th><th scope=\"col\">List</th></tr></thead>\n<tbody>\n"
      for block in variant.blocks?.values() ?? [] {
        page.html +=
          "<tr><td>\(page.link(.block, block.block.value))\(page.nameSuffix(.block, block.block.value))</td>"
        page.html += "<td><code>\(page.text(block.wireName))</code></td>"
        page.html += "<td>\(block.section.map { page.text($0.value.rawValue) } ?? "")</td>"
        page.html += "<td>\(block.required.map { $0.value ? "yes" : "no" } ?? "")</td>"
        page.html += "<td>\(block.list.map { PayloadFacts.bounds($0.value) } ?? "")</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
    }
    let dataItems = page.context.links.dataItems(carriedBy: i, in: page.context.catalogue)
    if !dataItems.isEmpty {
      page.html +=
        "<details>\n<summary>The \(dataItems.count) data items it carries</summary>\n<ul class=\"links columns\">\n"
      for item in dataItems.sorted() {
        page.html += "<li>"
        page.html += page.link(.dataItem, item)
        page.html += page.nameSuffix(.dataItem, item)
        page.html += "</li>\n"
      }
      page.html += "</ul>\n</details>\n"
    }
    page.endSection()
  }

  private static func label(_ kind: ResponseTimes.Kind) -> String {
    switch kind {
    case .acknowledgement: "Acknowledgement"
    case .success: "Success"
    case .error: "Error"
    }
  }
}
