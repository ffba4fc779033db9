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
      let changes = diff.changes.filter { $0.kind == kind }
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
              "- \(MarkdownEscaping.code(field.displayName)): \(MarkdownEscaping.inline(Wording.fieldChange(field, in: change)))\n"
          }
        }
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

    let cited = Self.citedReferences(diff)
    if !cited.isEmpty {
      out += "\n## Change requests and design issue notes cited\n\n"
      for id in cited { out += "- \(Self.citation(id, diff))\n" }
    }

    let others = report.activeFindings.filter { !attached.contains($0.entityID ?? "") }
    if !others.isEmpty {
      out += "\n## Other findings\n\n"
      for f in others { out += Self.finding(f, withLocation: true) }
    }
    if report.result.suppressedCount > 0 {
      out += "\n\(Wording.plural(report.result.suppressedCount, "finding is", "findings are")) suppressed.\n"
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
