import MHHSCatalogue

private let versioningRationale = """
  DAG27-08 asked the programme to confirm version-incrementing arrangements for data flows and \
  scenario variants changed by MHHS. Interim Releases change the design under a change freeze (from \
  6 Dec 2023 only material changes progress), so every participant must be able to see exactly which \
  entries changed, under which version, and which change request or design issue note allowed it.
  """

private let versionSources = ["DAG27-08", "change freeze from 6 Dec 2023", "Interim Release practice"]

/// Tiny catalogues for the diff rules' examples.
enum DiffExampleFile {
  static func interface(
    id: String = "IF-001", version: String = "1.0", to: String = "SUP", _ extra: String = ""
  ) -> (String, String) {
    (
      "interfaces/\(id).json",
      #"{ "id": "\#(id)", "name": "Example interface", "version": "\#(version)", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["\#(to)"]\#(extra) }"#
    )
  }

  /// `, "history": [ … ]` with a baseline entry 1.0 (or 001) and then `entries` as
  /// (version, cited change, release).
  static func history(_ baseline: String = "1.0", _ entries: (String, String?)...) -> String {
    var items = [#"{ "version": "\#(baseline)", "release": "M5", "changes": [], "summary": "Baselined" }"#]
    for (version, cited) in entries {
      let changes = cited.map { #"["\#($0)"]"# } ?? "[]"
      items.append(
        #"{ "version": "\#(version)", "release": "IR7", "changes": \#(changes), "summary": "Changed" }"#)
    }
    return #", "history": [ \#(items.joined(separator: ", ")) ]"#
  }

  static func files(_ files: (String, String)...) -> [String: String] {
    Dictionary(files, uniquingKeysWith: { _, last in last })
  }
}

private typealias F = DiffExampleFile

// MARK: - diff/version-not-bumped

public struct VersionNotBumpedRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/version-not-bumped",
    summary: "An interface or D-flow whose content changed has a new version",
    rationale: versioningRationale + """
       Any change to what an entry says counts; `version` and `history` (the versioning itself), \
      `sources` (provenance, which an import from a newer publication rewrites) and the tool-owned \
      `x` do not. The message \
      names the fields that changed and the version to move to: the next minor version, or the next \
      major one when the change is breaking.
      """,
    sources: versionSources,
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
      let form = VersionOrder.form(of: change.kind)
      let target =
        VersionOrder.next(version, form, major: breaking).map {
          "bump it to \($0)" + (breaking && form == .majorMinor ? " (the change is breaking)" : "")
        } ?? "bump it"
      return context.finding(
        "\(change.id) \(what) but its version is still \(version); \(target) and add a history entry "
          + "citing the CR or DIN", change, atNewField: "/version")
    }
  }
}

// MARK: - diff/missing-history

public struct MissingHistoryRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/missing-history",
    summary: "A new version of an interface or D-flow is recorded in its history",
    rationale: versioningRationale + """
       A version bump with no history entry leaves release notes with nothing to say: the entry \
      names the release and the change requests or DINs behind the new version.
      """,
    sources: versionSources,
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
        let old = change.oldVersion, let new = change.newVersion, old != new,
        VersionOrder.compare(new, old, VersionOrder.form(of: change.kind)) != -1
      else { return nil }
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

// MARK: - diff/history-without-reference

public struct HistoryWithoutReferenceRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/history-without-reference",
    summary: "A history entry added since the old catalogue cites a change request or DIN",
    rationale: versioningRationale + """
       Under a change freeze a change must rest on an approved change request or a design issue \
      note; the history entry is where the catalogue says which. (The lint rule \
      version/change-without-reference checks every entry; this one checks only the entries a \
      release adds.)
      """,
    sources: versionSources + ["CCAG change control"],
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

// MARK: - diff/breaking-change

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
      let form = VersionOrder.form(of: change.kind)
      let cited = change.newHistory.flatMap(\.changes)
      if let old = change.oldVersion, let new = change.newVersion,
        let major = VersionOrder.next(old, form, major: true),
        VersionOrder.compare(new, major, form).map({ $0 >= 0 }) == true, !cited.isEmpty
      {
        return
          "recorded as version \(new) under \(cited.joined(separator: ", ")); make sure the parties affected know"
      }
      let target = change.oldVersion.flatMap { VersionOrder.next($0, form, major: true) }
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

// MARK: - diff/version-decreased

public struct VersionDecreasedRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/version-decreased",
    summary: "Versions and DIP schema versions only go up",
    rationale: versioningRationale + """
       A version that goes down makes two different contents share a version number, so no \
      participant can tell which one they built to.
      """,
    sources: versionSources,
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
        let form = VersionOrder.form(of: change.kind)
        if VersionOrder.compare(new, old, form) == -1 {
          let next =
            VersionOrder.next(old, form, major: false).map { "use \($0) (after \(old))" } ?? "go above \(old)"
          findings.append(
            context.finding(
              "\(change.id)'s version went down from \(old) to \(new); versions only go up: \(next) "
                + "and record it in the history", change, atNewField: "/version"))
        }
      }
      if change.kind == .interface, let field = change.field("/schemaVersion"),
        case .string(let old)? = field.old, case .string(let new)? = field.new,
        VersionOrder.compare(new, old, .threeDigits) == -1
      {
        let next = VersionOrder.next(old, .threeDigits, major: false) ?? "a higher number"
        findings.append(
          context.finding(
            "\(change.id)'s schemaVersion went down from \(old) to \(new); schema versions only go up: "
              + "publish the payload as \(next) instead", change, at: field.newLocation))
      }
    }
    return findings
  }
}
