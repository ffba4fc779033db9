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
        if let impact = change.payload { out += Self.payload(impact, reaching: change.kind != .interface) }
      }
      if let sources = Wording.sourcesOnly(report.diff) { out += "  \(e(sources))\n" }
    }
    out += Wording.findingSummary(report.result) + "\n"
    out += Wording.changeSummary(report.diff) + "\n"
    return out
  }

  /// The sides a payload change breaks (one line per side), then (`reaching`: for a data type, data item or block)
  /// the interfaces it reaches, one entry per path: on one line when it fits in ``width``
  /// columns, else the path on its own line and the interfaces wrapped below it.
  static func payload(_ impact: PayloadImpact, reaching: Bool) -> String {
    let e = TextEscaping.line
    var out = ""
    for group in Wording.breaksBySide(impact.breaks) {
      out += "      breaks \(group.side.wording): \(e(group.constraints.joined(separator: ", ")))\n"
    }
    guard reaching, !impact.wireFields.isEmpty || !impact.reaches.isEmpty else { return out }
    if impact.reaches.isEmpty { out += "      reaches no interface's payload\n" }
    for group in Wording.routeGroups(impact.reaches) {
      let head = "      reaches \(Wording.count(group.interfaces.count, .interface)) via \(e(group.via)):"
      let ids = group.interfaces.map(e)
      let line = head + " " + ids.joined(separator: ", ")
      guard line.count > width else {
        out += line + "\n"
        continue
      }
      out += head + "\n"
      var row = ""
      for (i, id) in ids.enumerated() {
        let item = id + (i == ids.count - 1 ? "" : ",")
        if !row.isEmpty, indent.count + row.count + 1 + item.count > width {
          out += indent + row + "\n"
          row = ""
        }
        row += (row.isEmpty ? "" : " ") + item
      }
      out += indent + row + "\n"
    }
    return out
  }

  /// The widest a line of interfaces grows before it wraps.
  static let width = 100
  static let indent = "          "
}
