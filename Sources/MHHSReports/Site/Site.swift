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
    let context = context
    let c = context.catalogue
    // The pages that are not an entity's, made side by side on all cores.
    typealias Page = (path: SitePath, make: @Sendable () -> String)
    let front: [Page] =
      [
        (.stylesheet, { @Sendable in SiteAssets.stylesheet }), (.script, { @Sendable in SiteAssets.script }),
        (.searchIndex, { @Sendable in SearchIndex.render(c) }),
        (.home, { @Sendable in HomePage.render(context) }),
        (.findings, { @Sendable in FindingsPage.render(context) }),
        (.rules, { @Sendable in RulesPage.render(context) }),
      ]
      + SiteKinds.listed.map { kind -> Page in (.list(kind), { @Sendable in ListPage.render(kind, context) })
      }
    for (path, page) in zip(front.map(\.path), Parallel.map(front) { $0.make() }) { try write(path, page) }
    try pages(c.interfaces, .interface, { InterfacePage.render($0, context) }, write)
    try pages(c.dataflows, .dataflow, { DataFlowPage.render($0, context) }, write)
    try pages(c.nfrs, .nfr, { NFRPage.render($0, context) }, write)
    try pages(c.changeRequests, .changeRequest, { ChangeRequestPage.render($0, context) }, write)
    try pages(c.releases, .release, { ReleasePage.render($0, context) }, write)
    try pages(c.roles, .role, { RolePage.render($0, context) }, write)
    try pages(c.dataTypes, .dataType, { PayloadPages.render($0, context) }, write)
    try pages(c.dataItems, .dataItem, { PayloadPages.render($0, context) }, write)
    try pages(c.blocks, .block, { PayloadPages.render($0, context) }, write)
  }

  /// How many entity pages are made at once, on all cores, while the ones before are written.
  static let batchSize = 256

  /// The pages of `entities`, made a batch at a time on all cores and handed to `write` in the
  /// entities' order while the next batch is made, so at most two batches are in memory.
  private func pages<E: Entity & Sendable>(
    _ entities: [E], _ kind: EntityKind, _ render: @escaping @Sendable (E) -> String,
    _ write: (SitePath, String) throws -> Void
  ) throws {
    try Parallel.forEach(entities, batchSize: Self.batchSize, render) { entity, page in
      try write(.entity(kind, entity.id.value), page)
    }
  }
}
