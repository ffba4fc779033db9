/// The rules that ran, each with its anchor (findings link to it), severity, summary,
/// rationale, sources and the number of its findings.
enum RulesPage {
  static func render(_ context: SiteContext) -> String {
    var page = SitePage(at: .rules, context: context)
    page.begin(title: "Rules", heading: "Rules", kind: nil)
    var counts: [String: Int] = [:]
    for f in context.input.result.findings where !f.isSuppressed { counts[f.ruleID, default: 0] += 1 }
    page.html += "<p>The rules of this run, with the number of unsuppressed findings of each.</p>\n"
    for rule in context.input.rules.sorted(by: { $0.id < $1.id }) {
      page.html += "<article class=\"rule\" id=\"\(page.attribute(SiteKinds.ruleAnchor(rule.id)))\">\n"
      page.html += "<h2><code>\(page.text(rule.id))</code></h2>\n"
      page.html +=
        "<p><span class=\"sev sev-\(rule.defaultSeverity.rawValue)\">\(page.text(rule.defaultSeverity.rawValue))</span> "
      page.html +=
        "by default; \(page.text(Wording.plural(counts[rule.id] ?? 0, "finding", "findings"))).</p>\n"
      page.html += "<p class=\"summary-line\">\(page.text(rule.summary))</p>\n"
      if !rule.rationale.isEmpty { page.html += "<p>\(page.lines(rule.rationale))</p>\n" }
      if !rule.sources.isEmpty { page.html += "<p class=\"muted\">\(page.text(Wording.sources(rule)))</p>\n" }
      page.html += "</article>\n"
    }
    page.end()
    return page.html
  }
}
