import MHHSCatalogue

/// `search-index.js`: a classic script that sets `window.MHHS_SEARCH` to every entity as
/// `[id, name, kind, page]` (JSON strings, so nothing in a name can end the script), which the
/// home page's search reads. No `fetch`, so it works from `file://`.
enum SearchIndex {
  static func render(_ catalogue: Catalogue) -> String {
    var out = "window.MHHS_SEARCH = [\n"
    for kind in SiteKinds.listed {
      for id in SiteKinds.ids(of: kind, in: catalogue) {
        out += "["
        JSON.appendQuoted(id, to: &out)
        out += ","
        JSON.appendQuoted(SiteKinds.name(of: id, kind, in: catalogue) ?? "", to: &out)
        out += ","
        JSON.appendQuoted(kind.displayName, to: &out)
        out += ","
        JSON.appendQuoted(SitePath.entity(kind, id).path, to: &out)
        out += "],\n"
      }
    }
    out += "];\n"
    return out
  }
}
