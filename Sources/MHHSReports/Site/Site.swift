import MHHSCatalogue

/// The catalogue as a static website that works opened from disk or a zip: `index.html` (search,
/// contents, the completeness dashboard), one page per entity at `<folder>/<ID>.html`, a list
/// page per kind, every finding, the rules, one stylesheet and two classic scripts.
///
/// Pages are made one at a time and handed to the caller as they are made, so a catalogue of
/// tens of thousands of entities never has its whole site in memory.
public struct Site: Sendable {
  let context: SiteContext

  public init(_ input: SiteInput) {
    context = SiteContext(input)
  }

  /// Makes every page and file of the site, in a fixed order, handing each to `write` with its
  /// path inside the site.
  public func make(_ write: (SitePath, String) throws -> Void) throws {
    let c = context.catalogue
    try write(.stylesheet, SiteAssets.stylesheet)
    try write(.script, SiteAssets.script)
    try write(.searchIndex, SearchIndex.render(c))
    try write(.home, HomePage.render(context))
    try write(.findings, FindingsPage.render(context))
    try write(.rules, RulesPage.render(context))
    for kind in SiteKinds.listed { try write(.list(kind), ListPage.render(kind, context)) }
    for e in c.interfaces { try write(.entity(.interface, e.id.value), InterfacePage.render(e, context)) }
    for e in c.dataflows { try write(.entity(.dataflow, e.id.value), DataFlowPage.render(e, context)) }
    for e in c.nfrs { try write(.entity(.nfr, e.id.value), NFRPage.render(e, context)) }
    for e in c.changeRequests {
      try write(.entity(.changeRequest, e.id.value), ChangeRequestPage.render(e, context))
    }
    for e in c.releases { try write(.entity(.release, e.id.value), ReleasePage.render(e, context)) }
    for e in c.roles { try write(.entity(.role, e.id.value), RolePage.render(e, context)) }
    for e in c.dataTypes { try write(.entity(.dataType, e.id.value), PayloadPages.render(e, context)) }
    for e in c.dataItems { try write(.entity(.dataItem, e.id.value), PayloadPages.render(e, context)) }
    for e in c.blocks { try write(.entity(.block, e.id.value), PayloadPages.render(e, context)) }
  }
}
