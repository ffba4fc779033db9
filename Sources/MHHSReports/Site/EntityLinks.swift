import MHHSCatalogue

/// Every entity's page, id and name as the pages write them in links, worked out once per
/// site: a page of 40,000 entities' site links to each data item from thousands of interface
/// pages, and each link made afresh cost more than the rest of its table row.
struct EntityLinks: Sendable {
  /// One entity's (a class: handed out by reference, not copied string by string).
  final class Entry: Sendable {
    /// The id as the catalogue spells it; a reference in another spelling (another Unicode
    /// normalisation form) is linked the plain way.
    let id: String
    /// The page inside the site (``SitePath/entity(_:_:)``).
    let path: String
    /// The id, escaped for HTML.
    let text: String
    /// ` — name`, as ``SitePage/nameSuffix(_:_:)`` writes it.
    let nameSuffix: String
    /// The link as a page one folder down (every entity's page) writes it.
    let linkFromFolder: String

    init(id: String, path: String, text: String, nameSuffix: String) {
      self.id = id
      self.path = path
      self.text = text
      self.nameSuffix = nameSuffix
      linkFromFolder = "<a href=\"../\(path)\">\(text)</a>"
    }
  }

  /// By kind (in `EntityKind.allCases` order), then id.
  private let entries: [[String: Entry]]
  private static let kinds = EntityKind.allCases

  init(_ catalogue: Catalogue) {
    entries = Self.kinds.map { kind in
      var byID: [String: Entry] = [:]
      for id in SiteKinds.ids(of: kind, in: catalogue) {
        byID[id] = Entry(
          id: id, path: SitePath.entity(kind, id).path, text: XMLEscaping.text(id),
          nameSuffix: SiteKinds.name(of: id, kind, in: catalogue).map {
            " <span class=\"name\">— \(XMLEscaping.text($0))</span>"
          } ?? "")
      }
      return byID
    }
  }

  /// The entry for `id` of `kind`, when the catalogue has one spelt exactly so.
  func entry(_ kind: EntityKind, _ id: String) -> Entry? {
    guard let index = Self.kinds.firstIndex(of: kind), let entry = entries[index][id],
      entry.id.utf8.elementsEqual(id.utf8)
    else { return nil }
    return entry
  }
}
