import MHHSLint

/// GitHub-flavoured Markdown for a pull request or release note: a summary table, findings
/// grouped by entity, then suppressed findings with their reasons.
public struct MarkdownReporter: Reporter {
  public init() {}

  public func render(_ report: Report) -> String {
    let e = MarkdownEscaping.inline
    let result = report.result
    var out = "# \(e(Wording.reportTitle))\n\n"
    out += e(Wording.scope(report)) + "\n\n"
    out += "| \(e(Wording.heading(.error))) | \(e(Wording.heading(.warning))) | \(e(Wording.heading(.info))) "
    out += "| \(e(Wording.heading(.hint))) | \(e(Wording.suppressedHeading)) |\n"
    out += "|---:|---:|---:|---:|---:|\n"
    out += "| " + Severity.allCases.map { String(result.count($0)) }.joined(separator: " | ")
    out += " | \(result.suppressedCount) |\n\n"
    out += e(Wording.entitiesCheckedHeading) + ":\n\n"
    out += "| " + Wording.countedKinds.map { e(Wording.heading($0)) }.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: "---:|", count: Wording.countedKinds.count) + "\n"
    out +=
      "| " + Wording.countedKinds.map { String(result.entityCounts[$0] ?? 0) }.joined(separator: " | ")
      + " |\n\n"

    out += "## \(e(Wording.findingsHeading))\n\n"
    let groups = report.activeFindingsByEntity
    if groups.isEmpty { out += e(Wording.noFindings) + "\n\n" }
    for group in groups {
      out += "### \(e(group.entity ?? Wording.noEntity))\n\n"
      out += "| Severity | Rule | Message | Location |\n|---|---|---|---|\n"
      for f in group.findings {
        out +=
          "| \(e(f.severity.rawValue)) | \(e(f.ruleID)) | \(e(f.message)) | \(e(Wording.location(f))) |\n"
      }
      out += "\n"
    }

    out += "## \(e(Wording.suppressedFindingsHeading))\n\n"
    let suppressed = report.suppressedFindings
    if suppressed.isEmpty {
      out += e(Wording.noSuppressedFindings) + "\n"
    } else {
      out += "| Entity | Severity | Rule | Message | Suppressed by | Location |\n|---|---|---|---|---|---|\n"
      for group in report.suppressedFindingsByEntity {
        for f in group.findings {
          let why = f.suppression.map(Wording.suppression) ?? ""
          out += "| \(e(group.entity ?? "")) | \(e(f.severity.rawValue)) | \(e(f.ruleID)) | \(e(f.message)) "
          out += "| \(e(why)) | \(e(Wording.location(f))) |\n"
        }
      }
    }
    return out
  }
}
