import MHHSCatalogue
import MHHSLint

/// One page being written: where it is (for its relative links) and its HTML so far. Every
/// piece of catalogue text goes through ``text(_:)`` or ``attribute(_:)`` (``XMLEscaping``),
/// and every link is built by ``href(_:fragment:)`` from a ``SitePath``.
struct SitePage {
  let at: SitePath
  let context: SiteContext
  var html = ""
  /// `../` for each folder the page is in: what every link from it starts with.
  private let up: String

  init(at: SitePath, context: SiteContext) {
    self.at = at
    self.context = context
    up = String(repeating: "../", count: at.depth)
  }

  func text(_ value: String) -> String { XMLEscaping.text(value) }
  func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }
  func lines(_ value: String) -> String { XMLEscaping.htmlLines(value) }

  func href(_ target: SitePath, fragment: String? = nil) -> String {
    attribute(at.href(to: target, fragment: fragment))
  }

  /// A link to the page of `id` when the catalogue has an entity of `kind` with that id; the
  /// id as plain text (marked unknown) otherwise.
  func link(_ kind: EntityKind, _ id: String, label: String? = nil) -> String {
    if label == nil, let entry = context.entityLinks.entry(kind, id) {
      return up == "../" ? entry.linkFromFolder : "<a href=\"\(up)\(entry.path)\">\(entry.text)</a>"
    }
    return plainLink(kind, id, label: label)
  }

  /// ``link(_:_:label:)`` made afresh.
  func plainLink(_ kind: EntityKind, _ id: String, label: String? = nil) -> String {
    guard context.catalogue.contains(id, kind: kind) else {
      return "<span class=\"unknown\" title=\"not in the catalogue\">\(text(label ?? id))</span>"
    }
    return "<a href=\"\(href(.entity(kind, id)))\">\(text(label ?? id))</a>"
  }

  /// A link to `id`'s page, whatever its kind; plain text when nothing has that id.
  func link(anyKind id: String) -> String {
    guard let kind = context.catalogue.kind(of: id) else {
      return "<span class=\"unknown\">\(text(id))</span>"
    }
    return link(kind, id)
  }

  /// A gap shown in place of a value (`what` is plain text).
  func gap(_ what: String) -> String { "<span class=\"gap\">\(text(what))</span>" }

  /// `ids` linked and joined with commas, or a dash.
  func links(_ kind: EntityKind, _ ids: [String]) -> String {
    ids.isEmpty ? "<span class=\"none\">—</span>" : ids.map { link(kind, $0) }.joined(separator: ", ")
  }

  /// A source: a link when it is an http(s) address, text otherwise (never a `javascript:` or
  /// other scheme).
  func source(_ value: String) -> String {
    let lower = value.lowercased()
    guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")), !value.contains(where: \.isWhitespace)
    else { return lines(value) }
    return "<a href=\"\(attribute(value))\" rel=\"noreferrer\">\(text(value))</a>"
  }

  // MARK: The frame

  /// The page's head, header and the start of `main`; `title` is plain text.
  mutating func begin(title: String, heading: String, kind: String?, scripts: [SitePath] = []) {
    let catalogueName = context.catalogue.manifest?.name?.value ?? "MHHS design catalogue"
    html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html +=
      "<meta name=\"generator\" content=\"\(attribute(context.input.tool.name)) \(attribute(context.input.tool.version))\">\n"
    html += "<title>\(text(title)) — \(text(catalogueName))</title>\n"
    // Every entity's page (one folder down, no scripts of its own) has the same header.
    html +=
      scripts.isEmpty && up == "../"
      ? context.entityPageChrome : Self.chrome(at: at, scripts: scripts, input: context.input)
    if let kind { html += "<p class=\"kind\">\(text(kind))</p>\n" }
    html += "<h1>\(heading)</h1>\n"
  }

  /// What follows the title of a page at `at`: the stylesheet and scripts, the site's header
  /// and navigation (marking the current list page), and the start of `main`.
  static func chrome(at: SitePath, scripts: [SitePath], input: SiteInput) -> String {
    func href(_ target: SitePath) -> String { XMLEscaping.attribute(at.href(to: target)) }
    let text = XMLEscaping.text
    let catalogueName = input.catalogue.manifest?.name?.value ?? "MHHS design catalogue"
    var html = "<link rel=\"stylesheet\" href=\"\(href(.stylesheet))\">\n"
    for script in scripts { html += "<script src=\"\(href(script))\"></script>\n" }
    html += "<script src=\"\(href(.script))\" defer></script>\n</head>\n<body>\n"
    html += "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
    html += "<header class=\"site\"><p class=\"brand\"><a href=\"\(href(.home))\">\(text(catalogueName))</a>"
    if let release = input.result.release {
      html += " <span class=\"scope\">as of release \(text(release))</span>"
    }
    html += "</p>\n<nav aria-label=\"Catalogue\"><ul>"
    for kind in SiteKinds.listed {
      let current = at == .list(kind) ? " aria-current=\"page\"" : ""
      html += "<li><a href=\"\(href(.list(kind)))\"\(current)>\(text(Wording.heading(kind)))</a></li>"
    }
    html +=
      "<li><a href=\"\(href(.findings))\">Findings</a></li><li><a href=\"\(href(.rules))\">Rules</a></li>"
    html += "</ul></nav></header>\n<main id=\"main\">\n"
    return html
  }

  mutating func end() {
    let tool = context.input.tool
    html +=
      "</main>\n<footer>Made by \(text(tool.name)) \(text(tool.version)) from \(text(context.catalogue.directory))"
    html += "; \(text(context.findingSummary))</footer>\n</body>\n</html>\n"
  }

  // MARK: Sections

  mutating func section(_ id: String, _ title: String) {
    html += "<section id=\"\(attribute(id))\" aria-labelledby=\"\(attribute(id))-h\">\n"
    html += "<h2 id=\"\(attribute(id))-h\">\(text(title))</h2>\n"
  }

  mutating func endSection() { html += "</section>\n" }

  /// A list of facts: label (plain text) and value (HTML); rows with an empty value are left out.
  mutating func facts(_ rows: [(String, String?)]) {
    html += "<dl class=\"facts\">\n"
    for (label, value) in rows {
      guard let value, !value.isEmpty else { continue }
      html += "<dt>\(text(label))</dt><dd>\(value)</dd>\n"
    }
    html += "</dl>\n"
  }

  /// A section listing `ids` of `kind` as links, or saying `empty`.
  mutating func linkSection(_ id: String, _ title: String, _ kind: EntityKind, _ ids: [String], empty: String)
  {
    section(id, title)
    if ids.isEmpty {
      html += "<p class=\"none\">\(text(empty))</p>\n"
    } else {
      html += "<ul class=\"links\">\n"
      for other in ids { html += "<li>\(link(kind, other))\(nameSuffix(kind, other))</li>\n" }
      html += "</ul>\n"
    }
    endSection()
  }

  /// ` — name` for the entity, when it has one.
  func nameSuffix(_ kind: EntityKind, _ id: String) -> String {
    context.entityLinks.entry(kind, id)?.nameSuffix ?? plainNameSuffix(kind, id)
  }

  /// ``nameSuffix(_:_:)`` made afresh.
  func plainNameSuffix(_ kind: EntityKind, _ id: String) -> String {
    SiteKinds.name(of: id, kind, in: context.catalogue).map { " <span class=\"name\">— \(text($0))</span>" }
      ?? ""
  }

  mutating func sources(_ list: LocatedList<String>?) {
    section("sources", "Sources")
    let values = list?.values() ?? []
    if values.isEmpty {
      html += "<p class=\"none\">No source recorded.</p>\n"
    } else {
      html += "<ol class=\"sources\">\n"
      for value in values { html += "<li>\(source(value))</li>\n" }
      html += "</ol>\n"
    }
    endSection()
  }

  mutating func history(_ entries: LocatedList<HistoryEntry>?) {
    section("history", "History")
    let values = entries?.values() ?? []
    if values.isEmpty {
      html += "<p class=\"none\">No history recorded.</p>\n"
    } else {
      html +=
        "<table class=\"history\">\n<thead><tr><th scope=\"col\">Version</th><th scope=\"col\">Release</th>"
      html += "<th scope=\"col\">Changes</th><th scope=\"col\">Summary</th></tr></thead>\n<tbody>\n"
      for entry in values {
        html += "<tr><td>\(text(entry.version.value))</td>"
        html += "<td>\(entry.release.map { link(.release, $0.value) } ?? "—")</td>"
        html +=
          "<td>\((entry.changes?.values() ?? []).map { link(anyKind: $0) }.joined(separator: ", "))</td>"
        html += "<td>\(entry.summary.map { lines($0.value) } ?? "")</td></tr>\n"
      }
      html += "</tbody>\n</table>\n"
    }
    endSection()
  }

  mutating func exemptions(_ list: LocatedList<Exemption>?) {
    let values = list?.values() ?? []
    guard !values.isEmpty else { return }
    section("exemptions", "Exemptions")
    html +=
      "<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Reason</th><th scope=\"col\">Decision</th>"
    html += "<th scope=\"col\">Change request</th><th scope=\"col\">Expires</th></tr></thead>\n<tbody>\n"
    for e in values {
      html +=
        "<tr><td><a href=\"\(href(.rules, fragment: SiteKinds.ruleAnchor(e.rule.value)))\"><code>\(text(e.rule.value))</code></a></td>"
      html +=
        "<td>\(e.reason.map { lines($0.value) } ?? "")</td><td>\(e.decision.map { text($0.value) } ?? "")</td>"
      html += "<td>\(e.changeRequest.map { link(.changeRequest, $0.value) } ?? "")</td>"
      html += "<td>\(e.expires.map { text($0.value.description) } ?? "")</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    endSection()
  }

  /// The findings on the entity, each with an anchor the dashboard links to.
  mutating func findings(_ findings: [Finding]) {
    section("findings", "Findings")
    if findings.isEmpty {
      html += "<p class=\"none\">No findings.</p>\n"
    } else {
      findingsTable(findings, entityColumn: false)
    }
    endSection()
  }

  /// A table of findings; each row's id is the finding's anchor (the first of equal ones).
  mutating func findingsTable(_ findings: [Finding], entityColumn: Bool, id tableID: String? = nil) {
    var anchors: Set<String> = []
    html += "<table\(tableID.map { " id=\"\(attribute($0))\"" } ?? "") class=\"findings\">\n<thead><tr>"
    if entityColumn { html += "<th scope=\"col\">Entity</th>" }
    html +=
      "<th scope=\"col\">Severity</th><th scope=\"col\">Finding</th><th scope=\"col\">Where</th></tr></thead>\n<tbody>\n"
    for f in findings {
      let anchor = SiteContext.anchor(of: f)
      let id = anchors.insert(anchor).inserted ? " id=\"\(attribute(anchor))\"" : ""
      html += "<tr\(id)\(f.isSuppressed ? " class=\"suppressed\"" : "")>"
      if entityColumn { html += "<td>\(f.entityID.map { link(anyKind: $0) } ?? "—")</td>" }
      html += "<td><span class=\"sev sev-\(f.severity.rawValue)\">\(text(f.severity.rawValue))</span></td>"
      html += "<td><p class=\"msg\">\(lines(f.message))</p><p class=\"rule\">"
      html +=
        "<a href=\"\(href(.rules, fragment: SiteKinds.ruleAnchor(f.ruleID)))\"><code>\(text(f.ruleID))</code></a>"
      if let summary = context.rules[f.ruleID]?.summary { html += " — \(text(summary))" }
      html += "</p>"
      if let s = f.suppression {
        html += "<p class=\"suppression\">Suppressed by \(text(s.kind.rawValue)): \(lines(s.reason))"
        if let decision = s.decision { html += " (\(text(decision)))" }
        html += "</p>"
      }
      html += "</td><td class=\"where\">\(text(f.location.file)):\(f.location.position.line)</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
  }

  /// The slot for a drawn diagram: a figure when there is one; `folded`, behind a summary line
  /// (for a large diagram that would push the page's tables far down).
  mutating func diagram(_ svg: String?, caption: String, folded: Bool = false) {
    guard let svg, !svg.isEmpty else { return }
    if folded { html += "<details class=\"diagram\"><summary>\(text(caption)) (diagram)</summary>\n" }
    html += "<figure class=\"diagram\">\n"
    html += svg
    html += "\n<figcaption>\(text(caption))</figcaption>\n</figure>\n"
    if folded { html += "</details>\n" }
  }

  /// A filter box for the table with id `table`, shown only when scripts run.
  mutating func filter(for table: String, label: String) {
    html += "<p class=\"filter\" hidden><label for=\"\(attribute(table))-filter\">\(text(label))</label> "
    html +=
      "<input type=\"search\" id=\"\(attribute(table))-filter\" data-filter=\"\(attribute(table))\" autocomplete=\"off\"></p>\n"
  }

  /// Where the entity is defined.
  mutating func definedIn(_ entity: some Entity) {
    html +=
      "<p class=\"defined\">Defined in <code>\(text(entity.origin.file))</code>, line \(entity.origin.position.line).</p>\n"
  }
}
