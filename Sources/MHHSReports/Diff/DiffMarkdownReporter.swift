import MHHSCatalogue
import MHHSLint

/// A change log a design team can paste into interim release notes: the changes grouped by kind
/// and entity, field by field, with the history entries the new catalogue added and the change
/// requests and DINs they cite, then the findings.
public struct DiffMarkdownReporter: Reporter {
  public init() {}

  public func render(_ report: DiffReport) -> String {
    let diff = report.diff
    var out =
      "# Catalogue changes: \(MarkdownEscaping.inline(report.old)) → \(MarkdownEscaping.inline(report.new))\n\n"
    out += "\(Wording.changeSummary(diff)). Checks: \(Wording.findingSummary(report.result)).\n"
    let findings = Dictionary(grouping: report.activeFindings) { $0.entityID ?? "" }
    var attached: Set<String> = []

    for kind in EntityKind.allCases {
      let changes = Wording.listedChanges(diff).filter { $0.kind == kind }
      guard !changes.isEmpty else { continue }
      out += "\n## \(Wording.heading(kind))\n"
      for change in changes {
        attached.insert(change.id)
        out +=
          "\n### \(MarkdownEscaping.inline(change.id))"
          + (change.name.map { " \(MarkdownEscaping.inline($0))" } ?? "") + "\n\n"
        var status = change.change.rawValue.prefix(1).uppercased() + change.change.rawValue.dropFirst()
        if let versions = Wording.versions(change) { status += ", \(MarkdownEscaping.inline(versions))" }
        out += "\(status).\n"
        let fields = Wording.listedFields(change)
        if !fields.isEmpty {
          out += "\n"
          for field in fields {
            out +=
              "- \(MarkdownEscaping.code(field.displayName)): "
              + "\(Wording.fieldChange(field, in: change, quote: MarkdownEscaping.code))\n"
          }
        }
        if let impact = change.payload { out += Self.payload(impact, reaching: change.kind != .interface) }
        if !change.newHistory.isEmpty {
          out += "\nHistory:\n\n"
          for note in change.newHistory {
            var line = "- \(MarkdownEscaping.inline(note.version))"
            if let release = note.release { line += " (\(MarkdownEscaping.inline(release)))" }
            if let summary = note.summary, !summary.isEmpty {
              line += ": \(MarkdownEscaping.inline(summary))"
            }
            if !note.changes.isEmpty {
              line += line.hasSuffix(".") ? " " : ". "
              line += "Cites " + note.changes.map { Self.citation($0, diff) }.joined(separator: ", ") + "."
            }
            out += line + "\n"
          }
        }
        if let own = findings[change.id], !own.isEmpty {
          out += "\nChecks:\n\n"
          for f in own { out += Self.finding(f, withLocation: false) }
        }
      }
    }
    if diff.isEmpty { out += "\nNo changes.\n" }
    if let sources = Wording.sourcesOnly(diff) { out += "\n\(MarkdownEscaping.keepingCode(sources)).\n" }

    let cited = Self.citedReferences(diff)
    if !cited.isEmpty {
      out += "\n## Change requests and design issue notes cited\n\n"
      for id in cited { out += "- \(Self.citation(id, diff))\n" }
    }

    let others = report.activeFindings.filter { !attached.contains($0.entityID ?? "") }
    if !others.isEmpty {
      out += "\n## Other findings\n\n"
      out += Self.grouped(others)
    }
    if report.result.suppressedCount > 0 {
      out += "\n\(Wording.plural(report.result.suppressedCount, "finding is", "findings are")) suppressed.\n"
    }
    return out
  }

  /// The sides a payload change breaks, one sentence per side, and (`reaching`: for a data type, data item or block)
  /// the interfaces it reaches, one entry per path they reach it through; long lists of
  /// interfaces fold into a `<details>` element.
  static func payload(_ impact: PayloadImpact, reaching: Bool) -> String {
    var out = ""
    // A paragraph, not a list: a list right after the list of fields would join it.
    let sides = Wording.breaksBySide(impact.breaks).map { group in
      "Breaks **\(group.side.wording)**: "
        + group.constraints.map { MarkdownEscaping.keepingCode($0) }.joined(separator: ", ") + "."
    }
    if !sides.isEmpty { out += "\n" + sides.joined(separator: " ") + "\n" }
    guard reaching, !impact.wireFields.isEmpty || !impact.reaches.isEmpty else { return out }
    out += "\n"
    if impact.reaches.isEmpty { out += "Reaches no interface's payload.\n" }
    for group in Wording.routeGroups(impact.reaches) {
      let head =
        "Reaches \(Wording.count(group.interfaces.count, .interface)) via \(MarkdownEscaping.inline(group.via))"
      let ids = group.interfaces.map(MarkdownEscaping.inline).joined(separator: ", ")
      if group.interfaces.count > foldAbove {
        out += "<details><summary>\(head)</summary>\n\n\(ids)\n\n</details>\n"
      } else {
        out += "\(head): \(ids).\n"
      }
    }
    return out
  }

  /// How many items a list shows before it folds.
  static let foldAbove = 8

  /// Findings one per line; a rule with more than ``foldAbove`` findings as one entry that
  /// names the entities and folds the messages (58 unbumped schema versions read as one entry).
  static func grouped(_ findings: [Finding]) -> String {
    var order: [String] = []
    var byRule: [String: [Finding]] = [:]
    for f in findings {
      if byRule[f.ruleID] == nil { order.append(f.ruleID) }
      byRule[f.ruleID, default: []].append(f)
    }
    var out = ""
    for rule in order {
      let group = byRule[rule]!
      guard group.count > foldAbove else {
        for f in group { out += finding(f, withLocation: true) }
        continue
      }
      let entities = group.compactMap(\.entityID).map(MarkdownEscaping.inline).joined(separator: ", ")
      out +=
        "- **\(group[0].severity.rawValue)** ×\(group.count) (`\(rule)`): \(entities)\n"
        + "  <details><summary>\(group.count) messages</summary>\n\n"
      for f in group { out += "  " + finding(f, withLocation: true) }
      out += "\n  </details>\n"
    }
    return out
  }

  /// Every CR and DIN cited by a new history entry, CRs first, each once, in order.
  static func citedReferences(_ diff: CatalogueDiff) -> [String] {
    var seen: Set<String> = []
    var ids: [String] = []
    for change in diff.changes {
      for id in change.newHistory.flatMap(\.changes) where seen.insert(id).inserted { ids.append(id) }
    }
    func key(_ id: String) -> (Int, Int, String) {
      let digits = Int(id.filter(\.isNumber)) ?? 0
      return (id.hasPrefix("CR") ? 0 : 1, digits, id)
    }
    return ids.sorted { key($0) < key($1) }
  }

  /// `CR034 (Title)` when the new catalogue knows the change request, else the id.
  static func citation(_ id: String, _ diff: CatalogueDiff) -> String {
    let title = diff.changeRequestTitles[id].map { " (\(MarkdownEscaping.inline($0)))" } ?? ""
    return "**\(MarkdownEscaping.inline(id))**\(title)"
  }

  static func finding(_ f: Finding, withLocation: Bool) -> String {
    let location = withLocation ? " " + MarkdownEscaping.code(Wording.location(f)) : ""
    return
      "- **\(f.severity.rawValue)**\(location): \(MarkdownEscaping.keepingCode(f.message)) (`\(f.ruleID)`)\n"
  }
}
