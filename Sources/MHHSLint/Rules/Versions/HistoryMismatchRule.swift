import MHHSCatalogue

public struct HistoryMismatchRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "version/history-mismatch",
    summary:
      "History is oldest first, versions and releases increase, and the last entry is the current version",
    rationale: """
      The history is how a participant learns what changed in which release (DAG27-08). Entries out of order, or \
      a current version that no entry records, make the record unreliable.
      """,
    sources: ["DAG27-08"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "version 1.1 with history ending at 1.0",
        [
          "interfaces/IF-001.json": ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" } ]"#
          ).1.replacing(#""version": "1.0", "status""#, with: #""version": "1.1", "status""#)
        ]),
      .passes(
        "1.0 in M5, then 1.1 in IR7",
        [
          "interfaces/IF-001.json": ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" }, { "version": "1.1", "release": "IR7", "changes": ["DIN-922"], "summary": "Error codes" } ]"#
          ).1.replacing(#""version": "1.0", "status""#, with: #""version": "1.1", "status""#)
        ]),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func visit(_ entity: some Versioned) {
      guard let last = entity.history?.value.last else { return }
      let form = Version.Form(of: type(of: entity).kind)
      let id = entity.id.value
      var previous: HistoryEntry?
      entity.eachHistoryEntry { located, at in
        let entry = located.value
        defer { previous = entry }
        guard let previous else { return }
        if let a = Version(parsing: previous.version.value, form: form),
          let b = Version(parsing: entry.version.value, form: form), !(a < b)
        {
          findings.append(
            context.finding(
              "\(id) history lists version \(entry.version.value) after \(previous.version.value); list versions oldest first, each higher than the last",
              entity, at: entry.version.position, at.member("version")))
        }
        if let r1 = previous.release, let r2 = entry.release, let a = catalogue.releaseRank(r1.value),
          let b = catalogue.releaseRank(r2.value), b < a
        {
          findings.append(
            context.finding(
              "\(id) history lists release \(r2.value) after the later release \(r1.value); keep history in release order",
              entity, at: r2.position, at.member("release")))
        }
      }
      if let version = entity.version, last.value.version.value != version.value {
        findings.append(
          context.finding(
            "\(id) is version \(version.value) but its history ends at \(last.value.version.value); add a history entry for \(version.value)",
            entity, at: version.position, "/version"))
      }
    }
    context.checked(catalogue.interfaces, in: catalogue).forEach { visit($0) }
    context.checked(catalogue.dataflows, in: catalogue).forEach { visit($0) }
    return findings
  }
}
