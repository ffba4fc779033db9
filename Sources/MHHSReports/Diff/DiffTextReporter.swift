import MHHSCatalogue
import MHHSLint

/// `file:line:column: severity: message [rule]` per unsuppressed finding, then the changes
/// entity by entity and field by field, then the summaries.
public struct DiffTextReporter: Reporter {
  public init() {}

  public func render(_ report: DiffReport) -> String {
    let e = TextEscaping.line
    var out = ""
    for f in report.activeFindings {
      out +=
        "\(e(f.location.file)):\(f.location.line):\(f.location.column): \(f.severity.rawValue): \(e(f.message)) [\(f.ruleID)]\n"
    }
    if report.diff.isEmpty {
      out += "No changes from \(e(report.old)) to \(e(report.new)).\n"
    } else {
      out += "Changes from \(e(report.old)) to \(e(report.new)):\n"
      for change in Wording.listedChanges(report.diff) {
        var line = "  \(change.change.rawValue) \(change.kind.displayName) \(e(change.id))"
        if let name = change.name { line += " \"\(e(name))\"" }
        if let versions = Wording.versions(change) { line += " (\(e(versions)))" }
        out += line + "\n"
        for field in Wording.listedFields(change) {
          out += "      \(e(field.displayName)): \(e(Wording.fieldChange(field, in: change)))\n"
        }
        for note in change.newHistory {
          out +=
            "      history: \(e(DiffText.historyEntry(version: note.version, release: note.release, changes: note.changes.isEmpty ? nil : note.changes.joined(separator: ", "), summary: note.summary)))\n"
        }
        if let impact = change.payload { out += Self.payload(impact) }
      }
      if let sources = Wording.sourcesOnly(report.diff) { out += "  \(e(sources))\n" }
    }
    out += Wording.findingSummary(report.result) + "\n"
    out += Wording.changeSummary(report.diff) + "\n"
    return out
  }

  /// The sides a payload change breaks, then the interfaces it reaches, one line per path.
  static func payload(_ impact: PayloadImpact) -> String {
    let e = TextEscaping.line
    var out = ""
    for broken in impact.breaks { out += "      \(e(Wording.breaks(broken)))\n" }
    guard !impact.wireFields.isEmpty || !impact.reaches.isEmpty else { return out }
    if impact.reaches.isEmpty { out += "      reaches no interface's payload\n" }
    for group in Wording.routeGroups(impact.reaches) {
      out +=
        "      reaches \(Wording.count(group.interfaces.count, .interface)) via \(e(group.via)): "
        + "\(e(group.interfaces.joined(separator: ", ")))\n"
    }
    return out
  }
}
