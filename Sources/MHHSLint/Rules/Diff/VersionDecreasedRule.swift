import MHHSCatalogue

private typealias F = DiffExampleFile

public struct VersionDecreasedRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/version-decreased",
    summary: "Versions and DIP schema versions only go up",
    rationale: VersioningRationale.text + """
       A version that goes down makes two different contents share a version number, so no \
      participant can tell which one they built to.
      """,
    sources: VersioningRationale.sources,
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "1.1 back to 1.0",
        old: F.files(F.interface(version: "1.1", F.history("1.0", ("1.1", "DIN-922")))),
        new: F.files(F.interface(F.history()))),
      .triggers(
        "IF-001", "schemaVersion 012 back to 011",
        old: F.files(F.interface(#", "schemaVersion": "012""#)),
        new: F.files(F.interface(#", "schemaVersion": "011""#))),
      .passes(
        "1.0 up to 1.1",
        old: F.files(F.interface(F.history())),
        new: F.files(F.interface(version: "1.1", to: "LSS", F.history("1.0", ("1.1", "DIN-922"))))),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    var findings: [Finding] = []
    for change in diff.changes where change.change == .changed {
      if change.kind == .interface || change.kind == .dataflow, let old = change.oldVersion,
        let new = change.newVersion
      {
        let form = Version.Form(of: change.kind)
        if let lower = Version(parsing: new, form: form), let higher = Version(parsing: old, form: form),
          lower < higher
        {
          let next = "use \(higher.next(major: false)) (after \(old))"
          findings.append(
            context.finding(
              "\(change.id)'s version went down from \(old) to \(new); versions only go up: \(next) "
                + "and record it in the history", change, atNewField: "/version"))
        }
      }
      if change.kind == .interface, let field = change.field("/schemaVersion"),
        case .string(let old)? = field.old, case .string(let new)? = field.new,
        let lower = Version(parsing: new, form: .threeDigits),
        let higher = Version(parsing: old, form: .threeDigits),
        lower < higher
      {
        let next = higher.next(major: false)
        findings.append(
          context.finding(
            "\(change.id)'s schemaVersion went down from \(old) to \(new); schema versions only go up: "
              + "publish the payload as \(next) instead", change, at: field.newLocation))
      }
    }
    return findings
  }
}
