import MHHSCatalogue

private typealias F = DiffExampleFile

public struct VersionNotBumpedRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/version-not-bumped",
    summary: "An interface or D-flow whose content changed has a new version",
    rationale: VersioningRationale.text + """
       Any change to what an entry says counts; `version` and `history` (the versioning itself), \
      `sources` (provenance, which an import from a newer publication rewrites) and the tool-owned \
      `x` do not. The message \
      names the fields that changed and the version to move to: the next minor version, or the next \
      major one when the change is breaking.
      """,
    sources: VersioningRationale.sources,
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "receiver changed, version still 1.0", old: F.files(F.interface()),
        new: F.files(F.interface(to: "LSS"))),
      .triggers(
        "D0010", "D-flow renamed, version still 001",
        old: F.files(ExampleFile.dataflow("D0010")),
        new: F.files(
          (
            ExampleFile.dataflow("D0010").0,
            ExampleFile.dataflow("D0010").1.replacing("Example flow", with: "Renamed flow")
          ))),
      .passes(
        "receiver changed and version 1.1 recorded",
        old: F.files(F.interface(F.history())),
        new: F.files(F.interface(version: "1.1", to: "LSS", F.history("1.0", ("1.1", "DIN-922"))))),
      .passes("nothing changed", old: F.files(F.interface()), new: F.files(F.interface())),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    diff.changes.compactMap { change in
      guard change.change == .changed, change.kind == .interface || change.kind == .dataflow,
        let version = change.oldVersion, change.newVersion == version
      else { return nil }
      let content = change.contentFields
      guard !content.isEmpty else { return nil }
      var names: [String] = []
      for field in content where !names.contains(field.displayName) { names.append(field.displayName) }
      let list = names.map { "`\($0)`" }.joined(separator: ", ")
      let what = "changed \(list)"
      let breaking = !BreakingChanges.of(change).isEmpty
      let form = Version.Form(of: change.kind)
      let target =
        Version(parsing: version, form: form).map {
          "bump it to \($0.next(major: breaking))"
            + (breaking && form == .majorMinor ? " (the change is breaking)" : "")
        } ?? "bump it"
      return context.finding(
        "\(change.id) \(what) but its version is still \(version); \(target) and add a history entry "
          + "citing the CR or DIN", change, atNewField: "/version")
    }
  }
}
