import MHHSCatalogue

private typealias F = DiffExampleFile

public struct HistoryWithoutReferenceRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/history-without-reference",
    summary: "A history entry added since the old catalogue cites a change request or DIN",
    rationale: VersioningRationale.text + """
       Under a change freeze a change must rest on an approved change request or a design issue \
      note; the history entry is where the catalogue says which. (The lint rule \
      version/change-without-reference checks every entry; this one checks only the entries a \
      release adds.)
      """,
    sources: VersioningRationale.sources + ["CCAG change control"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-001", "1.1 recorded with no CR or DIN", old: F.files(F.interface(F.history())),
        new: F.files(F.interface(version: "1.1", to: "LSS", F.history("1.0", ("1.1", nil))))),
      .passes(
        "1.1 recorded citing DIN-922", old: F.files(F.interface(F.history())),
        new: F.files(F.interface(version: "1.1", to: "LSS", F.history("1.0", ("1.1", "DIN-922"))))),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    diff.changes.flatMap { change in
      change.newHistory.filter { $0.index > 0 && $0.changes.isEmpty }.map { note in
        context.finding(
          "\(change.id)'s history entry for \(note.version) cites no change request or DIN; name the CR or "
            + "DIN that allowed the change in its `changes`", change, at: note.location)
      }
    }
  }
}
