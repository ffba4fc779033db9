import MHHSCatalogue

private typealias F = DiffExampleFile

public struct MissingHistoryRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/missing-history",
    summary: "A new version of an interface or D-flow is recorded in its history",
    rationale: VersioningRationale.text + """
       A version bump with no history entry leaves release notes with nothing to say: the entry \
      names the release and the change requests or DINs behind the new version.
      """,
    sources: VersioningRationale.sources,
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "bumped to 1.1 with no history entry for it", old: F.files(F.interface(F.history())),
        new: F.files(F.interface(version: "1.1", to: "LSS", F.history()))),
      .triggers(
        "IF-001", "bumped to 1.1 with no history at all", old: F.files(F.interface()),
        new: F.files(F.interface(version: "1.1", to: "LSS"))),
      .passes(
        "bumped to 1.1 and recorded",
        old: F.files(F.interface(F.history())),
        new: F.files(F.interface(version: "1.1", to: "LSS", F.history("1.0", ("1.1", "CR036"))))),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    diff.changes.compactMap { change in
      guard change.change == .changed, let entity = context.newVersioned(change),
        let old = change.oldVersion, let new = change.newVersion, old != new
      else { return nil }
      let form = Version.Form(of: change.kind)
      if let old = Version(parsing: old, form: form), let new = Version(parsing: new, form: form), new < old {
        return nil
      }
      let history = entity.history?.values() ?? []
      guard !history.contains(where: { $0.version.value == new }) else { return nil }
      let pointer = entity.history == nil ? "/version" : "/history"
      return context.finding(
        "\(change.id) is now version \(new) (was \(old)) but no history entry records \(new); add "
          + #"{ "version": "\#(new)", "release": "…", "changes": ["CR… or DIN-…"], "summary": "…" } to its history"#,
        change, atNewField: pointer)
    }
  }
}
