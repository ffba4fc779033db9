import MHHSCatalogue

public struct VersionFormatRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "version/format",
    summary:
      "Versions have their kind's form: MAJOR.MINOR for interfaces, three digits for D-flows and schemas",
    rationale: """
      DAG27-08 asked for version-incrementing arrangements for data flows and scenario variants. Versions can \
      only be compared and incremented when they have one form: `1.0` for catalogue entries, `001` as in the \
      DTC for D-flows, and the three-digit DIP payload schema version (`011`).
      """,
    sources: ["DAG27-08", "catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "version 1",
        [
          "interfaces/IF-001.json": ExampleFile.interface("IF-001").1.replacing(
            #""version": "1.0""#, with: #""version": "1""#)
        ]),
      .triggers(
        "D0010", "a D-flow version 2",
        [
          "dataflows/D0010.json": ExampleFile.dataflow("D0010").1.replacing(
            #""version": "001""#, with: #""version": "2""#)
        ]),
      .passes(
        "well-formed versions",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "schemaVersion": "011""#), ExampleFile.dataflow("D0010"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func check(
      _ entity: some Versioned, _ version: Located<String>?, _ form: Version.Form,
      _ pointer: @autoclosure () -> String, _ what: String
    ) {
      guard let version, Version(parsing: version.value, form: form) == nil else { return }
      findings.append(
        context.finding(
          "\(entity.id.value) \(what) \"\(version.value)\" is not \(form.display)", entity,
          at: version.position, pointer()))
    }
    func visit(_ entity: some Versioned) {
      let form = Version.Form(of: type(of: entity).kind)
      check(entity, entity.version, form, "/version", "version")
      entity.eachHistoryEntry { entry, at in
        check(entity, entry.value.version, form, at.member("version"), "history version")
      }
    }
    context.checked(catalogue.interfaces, in: catalogue).forEach { visit($0) }
    context.checked(catalogue.dataflows, in: catalogue).forEach { visit($0) }
    for i in context.checked(catalogue.interfaces, in: catalogue) {
      check(i, i.schemaVersion, .threeDigits, "/schemaVersion", "schemaVersion")
    }
    return findings
  }
}
