import MHHSLint

/// A diff's findings in one of the lint formats (GitHub annotations, SARIF, JUnit, Code
/// Quality), so that CI annotates a change to the catalogue as it annotates a lint: the lint
/// reporter, given the diff as a lint ``Report`` of the new catalogue.
public struct DiffFindingsReporter: Reporter {
  public var format: ReportFormat

  public init(_ format: ReportFormat) {
    self.format = format
  }

  public func render(_ report: DiffReport) -> String {
    format.reporter.render(Report(findingsOf: report))
  }

  public func renderBytes(_ report: DiffReport) -> [UInt8] {
    format.reporter.renderBytes(Report(findingsOf: report))
  }
}

extension Report {
  /// The findings of `diff` as a report on its new catalogue: the diff rules that ran, no entity
  /// counts and no release. A finding in the old catalogue's files (a removed entity, a file of
  /// the old catalogue that cannot be read) is placed at the same path in the new catalogue,
  /// where the file was: CI platforms annotate the files of the checkout, and the old catalogue
  /// may be a git revision (`git:main:catalogue/…`) that is no path at all.
  public init(findingsOf diff: DiffReport) {
    var findings = diff.result.findings
    let changes = diff.diff.changes
    if let old = changes.lazy.compactMap(\.oldOrigin?.directoryPrefix).first,
      let new = changes.lazy.compactMap(\.newOrigin?.directoryPrefix).first, old != new
    {
      for i in findings.indices {
        let file = findings[i].location.file
        // The longer prefix first: one catalogue may lie inside the other's directory.
        guard file.hasPrefix(old), !(new.count > old.count && file.hasPrefix(new)) else { continue }
        findings[i].location.file = new + file.dropFirst(old.count)
      }
    }
    self.init(
      tool: diff.tool, catalogue: diff.new,
      result: LintResult(findings: findings, entityCounts: [:], release: nil, asOf: diff.result.asOf),
      rules: diff.rules, command: "diff \(diff.old) \(diff.new)")
  }
}
