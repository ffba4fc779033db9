/// The "Cited by" section of change request pages (and of design issue notes on release
/// pages): each history entry or exemption naming the change.
enum SiteCitations {
  static func section(_ citations: [SiteLinks.Citation], _ page: inout SitePage) {
    page.section("cited-by", "Cited by")
    if citations.isEmpty {
      page.html += "<p class=\"none\">No history entry or exemption cites it.</p>\n"
    } else {
      page.html += "<ul class=\"links\">\n"
      for c in citations {
        page.html +=
          "<li>\(page.link(c.kind, c.entity)) <span class=\"muted\">\(page.text(c.place))</span></li>\n"
      }
      page.html += "</ul>\n"
    }
    page.endSection()
  }
}
