import MHHSCatalogue

/// The pages of the payload kinds: data types, data items and blocks, each with its
/// constraints or fields, what uses it, and the interfaces that carry it (``PayloadReach``).
enum PayloadPages {
  static func render(_ type: DataType, _ context: SiteContext) -> String {
    var page = start(.dataType, type.id.value, type.name?.value, "Data type", context)
    page.section("facts", "Constraints")
    page.facts(PayloadFacts.constraints(type).map { ($0.0, page.text($0.1)) })
    page.definedIn(type)
    page.endSection()
    page.linkSection(
      "items", "Data items of this type", .dataItem, context.links.itemsOfType[type.id.value] ?? [],
      empty: "No data item names this type.")
    finish(type, type.sources, &page)
    return page.html
  }

  static func render(_ item: DataItem, _ context: SiteContext) -> String {
    var page = start(.dataItem, item.id.value, item.name?.value, "Data item", context)
    page.section("facts", "Facts")
    page.facts(
      [
        ("Description", item.description.map { page.lines($0.value) }),
        (
          "Data type",
          item.dataType.map { page.link(.dataType, $0.value) + page.nameSuffix(.dataType, $0.value) }
        ),
      ] + PayloadFacts.constraints(item).map { ($0.0, page.text($0.1)) })
    page.definedIn(item)
    page.endSection()
    finish(item, item.sources, &page)
    return page.html
  }

  static func render(_ block: Block, _ context: SiteContext) -> String {
    var page = start(.block, block.id.value, block.name?.value, "Block", context)
    page.section("fields", "Fields")
    let fields = block.fields?.values() ?? []
    if fields.isEmpty {
      page.html += "<p class=\"none\">No fields recorded.</p>\n"
    } else {
      page.html += "<table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Defined by</th>"
      page.html += "<th scope=\"col\">Required</th><th scope=\"col\">List</th></tr></thead>\n<tbody>\n"
      for f in fields {
        page.html += "<tr><td><code>\(page.text(f.name.value))</code></td><td>"
        switch f.target {
        case .item(let id): page.html += page.link(.dataItem, id.value) + page.nameSuffix(.dataItem, id.value)
        case .block(let id): page.html += page.link(.block, id.value) + page.nameSuffix(.block, id.value)
        case .dataType(let id):
          page.html += page.link(.dataType, id.value) + page.nameSuffix(.dataType, id.value)
        case nil: page.html += page.text(PayloadFacts.summary(f))
        }
        page.html += "</td><td>\(f.required.map { $0.value ? "yes" : "no" } ?? "")</td>"
        page.html += "<td>\(f.list.map { PayloadFacts.bounds($0.value) } ?? "")</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
    }
    page.definedIn(block)
    page.endSection()
    finish(block, block.sources, &page)
    return page.html
  }

  private static func start(
    _ kind: EntityKind, _ id: String, _ name: String?, _ label: String, _ context: SiteContext
  )
    -> SitePage
  {
    var page = SitePage(at: .entity(kind, id), context: context)
    page.begin(
      title: name.map { "\(id) \($0)" } ?? id,
      heading: page.text(id) + (name.map { " <span class=\"name\">\(page.text($0))</span>" } ?? ""),
      kind: label)
    return page
  }

  /// The blocks that use the entity, the interfaces that carry it, sources and findings.
  private static func finish(_ entity: some Entity, _ sources: LocatedList<String>?, _ page: inout SitePage) {
    let id = entity.id.value
    let context = page.context
    page.linkSection(
      "used-in", "Blocks that use it", .block, context.links.containers[id] ?? [], empty: "No block uses it.")
    page.section("carried-by", "Interfaces that carry it")
    let carriers = context.links.carriers[id] ?? []
    if carriers.isEmpty {
      page.html += "<p class=\"none\">No interface's payload reaches it.</p>\n"
    } else {
      page.html +=
        "<table>\n<thead><tr><th scope=\"col\">Interface</th><th scope=\"col\">Through blocks</th></tr></thead>\n<tbody>\n"
      // Thousands of rows on a page for a data item every interface carries: appended piece by
      // piece, each link worked out once for the site (``EntityLinks``).
      for c in carriers {
        page.html += "<tr><td>"
        page.html += page.link(.interface, c.interface)
        page.html += page.nameSuffix(.interface, c.interface)
        page.html += "</td><td>"
        for (n, block) in c.path.enumerated() {
          if n > 0 { page.html += " › " }
          page.html += page.link(.block, block)
        }
        page.html += "</td></tr>\n"
      }
      page.html += "</tbody>\n</table>\n"
    }
    page.endSection()
    page.sources(sources)
    page.findings(context.findings(for: entity))
    page.end()
  }
}
