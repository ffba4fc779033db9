import MHHSLint

/// One self-contained HTML page (inline CSS; no scripts, fonts, images or links off the
/// page): summary counts, findings grouped by entity with links to each rule's explanation,
/// suppressed findings with their reasons, the rules, and the entity counts. Printable.
public struct HTMLReporter: Reporter {
  public init() {}

  public func render(_ report: Report) -> String {
    let result = report.result
    let rules = report.describedRules
    var rulesByID: [String: RuleDescription] = [:]
    for rule in rules { rulesByID[rule.id] = rule }
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(t(Wording.reportTitle)) — \(t(report.catalogue))</title>
      <style>
      \(Self.css)</style>
      </head>
      <body>
      <header class="page-header">
      <p class="tool">\(t(report.tool.name)) \(t(report.tool.version))</p>
      <h1>\(t(Wording.reportTitle))</h1>
      <p class="scope">\(t(Wording.scope(report)))</p>
      </header>
      <main>

      """

    // Summary
    out += "<section class=\"summary\" aria-label=\"Summary\">\n<div class=\"cards\">\n"
    for severity in Severity.allCases {
      let n = result.count(severity)
      out +=
        "<div class=\"card sev-\(severity.rawValue)\(n == 0 ? " zero" : "")\"><span class=\"n\">\(n)</span>"
      out += "<span class=\"label\">\(t(Wording.heading(severity)))</span></div>\n"
    }
    out +=
      "<div class=\"card suppressed\(result.suppressedCount == 0 ? " zero" : "")\"><span class=\"n\">\(result.suppressedCount)</span>"
    out += "<span class=\"label\">\(t(Wording.suppressedHeading))</span></div>\n</div>\n"
    out += "<table class=\"entities\"><caption>\(t(Wording.entitiesCheckedHeading))</caption><tbody><tr>\n"
    for kind in Wording.countedKinds {
      let n = result.entityCounts[kind] ?? 0
      let words = Wording.count(n, kind)
      let label = words.dropFirst(String(n).count + 1)
      out += "<td><span class=\"n\">\(n)</span> \(t(String(label)))</td>\n"
    }
    out += "</tr></tbody></table>\n</section>\n\n"

    // Findings by entity
    let groups = report.activeFindingsByEntity
    out += "<section id=\"findings\">\n<h2>\(t(Wording.findingsHeading))</h2>\n"
    if groups.isEmpty {
      out += "<p class=\"empty\">\(t(Wording.noFindings))</p>\n"
    } else {
      out += "<nav class=\"index\" aria-label=\"Entities with findings\"><ul>\n"
      for group in groups {
        let worst = group.findings.map(\.severity).max() ?? .hint
        out +=
          "<li><a href=\"#\(a(Self.entityAnchor(group.entity)))\"><span class=\"dot sev-\(worst.rawValue)\"></span>"
        out +=
          "\(t(group.entity ?? Wording.noEntity))</a> <span class=\"muted\">\(group.findings.count)</span></li>\n"
      }
      out += "</ul></nav>\n"
    }
    for group in groups {
      out += "<article class=\"entity\" id=\"\(a(Self.entityAnchor(group.entity)))\">\n"
      out += "<h3>\(t(group.entity ?? Wording.noEntity)) <span class=\"muted\">"
      out += "\(t(Wording.findingCount(active: group.findings.count, suppressed: 0)))</span></h3>\n"
      out += "<table class=\"findings\">\n<thead><tr><th class=\"c-sev\">Severity</th><th>Finding</th>"
      out += "<th class=\"c-loc\">Location</th></tr></thead>\n<tbody>\n"
      for f in group.findings {
        out += "<tr>\(severityCell(f.severity))<td><p class=\"msg\">\(t(f.message))</p>"
        out += "<p class=\"rule\">\(ruleLink(f.ruleID))"
        if let summary = rulesByID[f.ruleID]?.summary, summary != f.ruleID {
          out += " <span class=\"muted\">— \(t(summary))</span>"
        }
        out += "</p></td>\(locationCell(f))</tr>\n"
      }
      out += "</tbody>\n</table>\n</article>\n"
    }
    out += "</section>\n\n"

    // Suppressed findings
    let suppressed = report.suppressedFindingsByEntity
    out += "<section id=\"suppressed\">\n<h2>\(t(Wording.suppressedFindingsHeading))</h2>\n"
    if suppressed.isEmpty {
      out += "<p class=\"empty\">\(t(Wording.noSuppressedFindings))</p>\n"
    } else {
      out += "<table class=\"findings suppressed\">\n<thead><tr><th class=\"c-entity\">Entity</th>"
      out +=
        "<th class=\"c-sev\">Severity</th><th>Finding</th><th>Suppressed by</th><th class=\"c-loc\">Location</th>"
      out += "</tr></thead>\n<tbody>\n"
      for group in suppressed {
        for f in group.findings {
          out += "<tr><td class=\"c-entity\">\(t(group.entity ?? "—"))</td>\(severityCell(f.severity))"
          out += "<td><p class=\"msg\">\(t(f.message))</p><p class=\"rule\">\(ruleLink(f.ruleID))</p></td>"
          out += "<td>\(suppressionText(f.suppression))</td>\(locationCell(f))</tr>\n"
        }
      }
      out += "</tbody>\n</table>\n"
    }
    out += "</section>\n\n"

    // Rules
    var active: [String: Int] = [:]
    var quiet: [String: Int] = [:]
    for f in result.findings {
      if f.isSuppressed { quiet[f.ruleID, default: 0] += 1 } else { active[f.ruleID, default: 0] += 1 }
    }
    let fired = rules.filter { active[$0.id] != nil || quiet[$0.id] != nil }
    let silent = rules.filter { active[$0.id] == nil && quiet[$0.id] == nil }
    out += "<section id=\"rules\">\n<h2>\(t(Wording.rulesHeading))</h2>\n"
    for rule in fired {
      out += "<article class=\"rule-card\" id=\"\(a(Self.ruleAnchor(rule.id)))\">\n"
      out +=
        "<h3><code>\(t(rule.id))</code> <span class=\"default\">default</span><span class=\"sev sev-\(rule.defaultSeverity.rawValue)\">"
      out += "\(t(rule.defaultSeverity.rawValue))</span> <span class=\"muted\">"
      out +=
        "\(t(Wording.findingCount(active: active[rule.id] ?? 0, suppressed: quiet[rule.id] ?? 0)))</span></h3>\n"
      out += "<p class=\"summary-line\">\(t(rule.summary))</p>\n"
      if !rule.rationale.isEmpty { out += "<p>\(t(rule.rationale))</p>\n" }
      if !rule.sources.isEmpty { out += "<p class=\"muted\">\(t(Wording.sources(rule)))</p>\n" }
      out += "</article>\n"
    }
    if !silent.isEmpty {
      out +=
        "<h3 class=\"silent-heading\">\(t(Wording.rulesWithoutFindings(silent.count)))</h3>\n<ul class=\"silent\">\n"
      for rule in silent {
        out +=
          "<li id=\"\(a(Self.ruleAnchor(rule.id)))\"><code>\(t(rule.id))</code> <span class=\"muted\">— \(t(rule.summary))</span></li>\n"
      }
      out += "</ul>\n"
    }
    out += "</section>\n</main>\n"
    out += "<footer>\(t(Wording.summary(result)))</footer>\n</body>\n</html>\n"
    return out
  }

  private func t(_ text: String) -> String { XMLEscaping.text(text) }
  private func a(_ text: String) -> String { XMLEscaping.attribute(text) }

  private func severityCell(_ severity: Severity) -> String {
    "<td class=\"c-sev\"><span class=\"sev sev-\(severity.rawValue)\">\(t(severity.rawValue))</span></td>"
  }

  private func ruleLink(_ id: String) -> String {
    "<a href=\"#\(a(Self.ruleAnchor(id)))\"><code>\(t(id))</code></a>"
  }

  private func locationCell(_ f: Finding) -> String {
    var cell = "<td class=\"c-loc\"><code>\(t(Wording.location(f)))</code>"
    if !f.location.pointer.isEmpty { cell += "<br><code class=\"muted\">\(t(f.location.pointer))</code>" }
    return cell + "</td>"
  }

  private func suppressionText(_ suppression: Suppression?) -> String {
    guard let s = suppression else { return "" }
    var out = "<span class=\"kind\">\(t(s.kind.rawValue))</span>"
    if let decision = s.decision { out += " <strong>\(t(decision))</strong>" }
    if !s.reason.isEmpty { out += "<br>\(t(s.reason))" }
    return out
  }

  /// `rule-` and the id, with characters other than letters, digits, `-`, `_`, `.` and `/`
  /// written as `~` and their hexadecimal code, so distinct ids get distinct anchors.
  public static func ruleAnchor(_ id: String) -> String { "rule-" + anchor(id) }

  public static func entityAnchor(_ id: String?) -> String { id.map { "entity-" + anchor($0) } ?? "files" }

  static func anchor(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/": out.unicodeScalars.append(scalar)
      default: out += "~" + String(scalar.value, radix: 16) + "~"
      }
    }
    return out
  }

  static let css = """
    :root {
      --ink: #1d2433; --muted: #5b6477; --line: #e3e6ec; --bg: #f6f7f9; --panel: #ffffff;
      --accent: #2b4c7e;
      --error: #b42318; --error-bg: #fef3f2; --warning: #a15c07; --warning-bg: #fffaeb;
      --info: #1f5fae; --info-bg: #eff6ff; --hint: #4b5565; --hint-bg: #f2f4f7;
      --suppressed: #5b5f97; --suppressed-bg: #f3f3fb;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--bg); color: var(--ink);
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    .page-header { background: #1f2a3d; color: #fff; padding: 28px 40px 24px; }
    .page-header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
    .page-header .tool { margin: 0 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.08em; color: #aab6cc; }
    .page-header .scope { margin: 0; color: #d5dced; }
    main { max-width: 1180px; margin: 0 auto; padding: 24px 40px 40px; }
    h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 16px; margin: 0 0 10px; }
    .muted { color: var(--muted); font-weight: normal; }
    .cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; }
    .card { background: var(--panel); border: 1px solid var(--line); border-top: 4px solid var(--hint);
      border-radius: 8px; padding: 12px 16px; }
    .card .n { display: block; font-size: 30px; font-weight: 700; line-height: 1.15; font-variant-numeric: tabular-nums; }
    .card .label { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: 0.05em; }
    .card.sev-error { border-top-color: var(--error); } .card.sev-error .n { color: var(--error); }
    .card.sev-warning { border-top-color: var(--warning); } .card.sev-warning .n { color: var(--warning); }
    .card.sev-info { border-top-color: var(--info); } .card.sev-info .n { color: var(--info); }
    .card.sev-hint { border-top-color: var(--hint); } .card.sev-hint .n { color: var(--hint); }
    .card.suppressed { border-top-color: var(--suppressed); } .card.suppressed .n { color: var(--suppressed); }
    .card.zero .n { color: #a0a7b5; }
    table.entities { margin-top: 12px; border-collapse: collapse; background: var(--panel);
      border: 1px solid var(--line); border-radius: 8px; width: 100%; }
    table.entities caption { caption-side: top; text-align: left; color: var(--muted); font-size: 13px; padding: 0 0 6px; }
    table.entities td { padding: 8px 16px; border-right: 1px solid var(--line); color: var(--muted); }
    table.entities td:last-child { border-right: 0; }
    table.entities .n { color: var(--ink); font-weight: 650; font-variant-numeric: tabular-nums; }
    nav.index ul { list-style: none; margin: 0 0 16px; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
    nav.index li { background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px; font-size: 13px; }
    .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; vertical-align: 1px; background: var(--hint); }
    .dot.sev-error { background: var(--error); } .dot.sev-warning { background: var(--warning); }
    .dot.sev-info { background: var(--info); }
    article.entity, article.rule-card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
      padding: 14px 18px; margin: 0 0 14px; }
    article.rule-card, article.entity h3 { break-inside: avoid; break-after: avoid; }
    table.findings { width: 100%; border-collapse: collapse; table-layout: fixed; }
    table.findings th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em;
      color: var(--muted); font-weight: 600; padding: 6px 8px; border-bottom: 1px solid var(--line); }
    table.findings td { padding: 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    table.findings tr:last-child td { border-bottom: 0; }
    table.findings tr { break-inside: avoid; }
    table.suppressed { background: var(--panel); border: 1px solid var(--line); }
    .c-sev { width: 88px; } .c-loc { width: 30%; overflow-wrap: anywhere; } .c-entity { width: 90px; font-weight: 600; }
    .msg { margin: 0 0 2px; }
    .rule { margin: 0; font-size: 13px; }
    .sev { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 12px; font-weight: 650;
      text-transform: uppercase; letter-spacing: 0.04em; }
    .sev-error.sev { color: var(--error); background: var(--error-bg); }
    .sev-warning.sev { color: var(--warning); background: var(--warning-bg); }
    .sev-info.sev { color: var(--info); background: var(--info-bg); }
    .sev-hint.sev { color: var(--hint); background: var(--hint-bg); }
    .kind { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; color: var(--suppressed);
      background: var(--suppressed-bg); text-transform: uppercase; letter-spacing: 0.04em; }
    .summary-line { font-weight: 600; margin: 0 0 6px; }
    article.rule-card p { margin: 0 0 6px; }
    .silent-heading { margin: 22px 0 8px; font-size: 14px; color: var(--muted); }
    ul.silent { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; margin: 0;
      padding: 12px 18px 12px 34px; font-size: 13px; columns: 2; column-gap: 36px; }
    ul.silent li { break-inside: avoid; margin: 0 0 4px; }
    .default { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em;
      margin: 0 4px 0 6px; font-weight: 500; }
    .empty { color: var(--muted); font-style: italic; }
    footer { max-width: 1180px; margin: 0 auto; padding: 0 40px 32px; color: var(--muted); font-size: 13px; }
    :target { outline: 2px solid var(--accent); outline-offset: 2px; }
    @media screen and (max-width: 760px) {
      .cards { grid-template-columns: repeat(2, 1fr); }
      main, .page-header, footer { padding-left: 16px; padding-right: 16px; }
    }
    @media print {
      @page { margin: 16mm 14mm; }
      body { background: #fff; font-size: 11pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .page-header { background: #fff; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
      .page-header .tool, .page-header .scope { color: var(--muted); }
      main, footer { max-width: none; padding: 12px 0 0; }
      nav.index { display: none; }
      article.entity, article.rule-card, .card { border-color: #c9ced8; }
      a { color: var(--ink); }
      h2 { break-after: avoid; }
    }

    """
}
