import MHHSCatalogue

private typealias F = DiffExampleFile

public struct BreakingChangeRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/breaking-change",
    summary:
      "No entity is removed rather than withdrawn, and no change breaks the parties that send or receive it",
    rationale: """
      Market participants build to the released design. Between Interim Releases, and above all \
      under the change freeze from 6 Dec 2023, a change that breaks them must be deliberate: an \
      entity removed instead of withdrawn, a changed sender, receiver, transport or D-flow route, \
      removed event codes, a changed DIP schema version, a response time made longer or dropped \
      (the NFRs of DAG31-03 and CR034), or a changed DES196 disposition of a D-flow. DAG27-08 \
      asked for the version arrangements that make such changes visible: a breaking change is \
      acceptable as a new major version whose history entry cites the approving CR or DIN.
      """,
    sources: ["DAG27-08", "DAG31-03", "CR034", "DES196 (DAG-DEC57)", "change freeze from 6 Dec 2023"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-002", "an interface removed instead of withdrawn",
        old: F.files(F.interface(), F.interface(id: "IF-002")), new: F.files(F.interface())),
      .triggers(
        "IF-001", "error response time from PT6S to PT10S",
        old: F.files(F.interface(#", "responseTimes": { "error": { "within": "PT6S" } }"#)),
        new: F.files(F.interface(#", "responseTimes": { "error": { "within": "PT10S" } }"#))),
      .triggers(
        "IF-001", "an event code removed",
        old: F.files(F.interface(#", "events": ["ActivePower", "ReactivePower"]"#)),
        new: F.files(F.interface(#", "events": ["ActivePower"]"#))),
      .triggers(
        "IF-001", "schemaVersion 011 to 012",
        old: F.files(F.interface(#", "schemaVersion": "011""#)),
        new: F.files(F.interface(#", "schemaVersion": "012""#))),
      .triggers(
        "D0010", "a D-flow's disposition changed",
        old: F.files(ExampleFile.dataflow("D0010", #", "mhhs": { "disposition": "retained" }"#)),
        new: F.files(ExampleFile.dataflow("D0010", #", "mhhs": { "disposition": "removed" }"#))),
      .passes(
        "an event added and a response time shortened",
        old: F.files(
          F.interface(#", "events": ["ActivePower"], "responseTimes": { "error": { "within": "PT10S" } }"#)),
        new: F.files(
          F.interface(
            #", "events": ["ActivePower", "ReactivePower"], "responseTimes": { "error": { "within": "PT6S" } }"#
          ))),
      .passes(
        "an interface removed after it was withdrawn",
        old: F.files(
          F.interface(),
          (
            "interfaces/IF-002.json",
            F.interface(id: "IF-002").1.replacing(#""status": "active""#, with: #""status": "withdrawn""#)
          )),
        new: F.files(F.interface())),
      .passes(
        "an interface withdrawn, not removed",
        old: F.files(F.interface(), F.interface(id: "IF-002")),
        new: F.files(
          F.interface(),
          (
            "interfaces/IF-002.json",
            F.interface(id: "IF-002").1.replacing(#""status": "active""#, with: #""status": "withdrawn""#)
          ))),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    diff.changes.flatMap { change -> [Finding] in
      if change.change == .removed, Self.wasRetired(change, in: context.old) { return [] }
      return BreakingChanges.of(change).map { breaking in
        let location = breaking.field?.newLocation
        return context.finding(
          "\(breaking.what); \(Self.remedy(change, context))", change, at: location)
      }
    }
  }

  /// Whether the old catalogue had already withdrawn the entity (an interface or change request
  /// with `status` `withdrawn`), so that removing it now breaks nobody.
  static func wasRetired(_ change: EntityChange, in old: Catalogue) -> Bool {
    switch change.kind {
    case .interface: old.interface(change.id)?.status?.value == .withdrawn
    case .changeRequest: old.changeRequest(change.id)?.status?.value == .withdrawn
    default: false
    }
  }

  /// What would make the change acceptable.
  static func remedy(_ change: EntityChange, _ context: DiffContext) -> String {
    if change.change == .removed {
      switch change.kind {
      case .interface:
        return "withdraw it instead: keep its file with `status` `withdrawn` and `withdrawnIn` the release, "
          + "so earlier releases keep their record"
      case .dataflow:
        return "keep it and set `mhhs.disposition` to `removed`, with `replacedBy` or a `rationale`"
      case .changeRequest:
        return "keep it and set its `status` to `withdrawn`"
      default:
        return "keep it: earlier releases and other entities may refer to it"
      }
    }
    switch change.kind {
    case .interface, .dataflow:
      let form = Version.Form(of: change.kind)
      let cited = change.newHistory.flatMap(\.changes)
      if let old = change.oldVersion, let new = change.newVersion,
        let major = Version(parsing: old, form: form)?.next(major: true),
        let recorded = Version(parsing: new, form: form), recorded >= major, !cited.isEmpty
      {
        return
          "recorded as version \(new) under \(cited.joined(separator: ", ")); make sure the parties affected know"
      }
      let target = change.oldVersion.flatMap { Version(parsing: $0, form: form)?.next(major: true) }
      let version =
        target.map { form == .majorMinor ? "a new major version (\($0))" : "a new version (\($0))" }
        ?? "a new version"
      return "acceptable only as \(version) whose history entry cites the approving CR or DIN"
    default:
      let approving = context.new.changeRequests.filter {
        $0.status?.value.isApproved == true && ($0.affects?.values().contains(change.id) ?? false)
      }.map(\.id.value)
      if !approving.isEmpty {
        return "approved under \(approving.joined(separator: ", ")); make sure the parties affected know"
      }
      return "acceptable only under an approved change request that lists \(change.id) in `affects`"
    }
  }
}
