import MHHSCatalogue

/// The version forms of the catalogue format.
enum VersionForm {
  /// `MAJOR.MINOR` for interfaces.
  case majorMinor
  /// Three digits for D-flows, as in the DTC (`002`).
  case threeDigits

  static func of(_ entity: some Versioned) -> VersionForm {
    type(of: entity).kind == .dataflow ? .threeDigits : .majorMinor
  }

  var display: String {
    switch self {
    case .majorMinor: "MAJOR.MINOR (1.0)"
    case .threeDigits: "three digits (001)"
    }
  }

  /// The version's numeric components, if it has this form.
  func components(_ version: String) -> [Int]? {
    var version = version
    return version.withUTF8 { bytes in
      func number(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !part.isEmpty, part.count <= 9 else { return nil }
        var n = 0
        for byte in part {
          guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
          n = n * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return n
      }
      switch self {
      case .threeDigits:
        guard bytes.count == 3, let n = number(bytes[...]) else { return nil }
        return [n]
      case .majorMinor:
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), let major = number(bytes[..<dot]),
          let minor = number(bytes[(dot + 1)...])
        else { return nil }
        return [major, minor]
      }
    }
  }

}

/// Every versioned entity of the catalogue.
func versionedEntities(_ catalogue: Catalogue) -> [any Versioned] {
  catalogue.interfaces as [any Versioned] + catalogue.dataflows
}

public struct VersionFormatRule: BuiltinRule {
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
      _ entity: some Versioned, _ version: Located<String>?, _ form: VersionForm,
      _ pointer: @autoclosure () -> String, _ what: String
    ) {
      guard let version, form.components(version.value) == nil else { return }
      findings.append(
        context.finding(
          "\(entity.id.value) \(what) \"\(version.value)\" is not \(form.display)", entity,
          at: version.position, pointer()))
    }
    func visit(_ entity: some Versioned) {
      let form = VersionForm.of(entity)
      check(entity, entity.version, form, "/version", "version")
      for (k, entry) in (entity.history?.value ?? []).enumerated() {
        check(entity, entry.value.version, form, "/history/\(k)/version", "history version")
      }
    }
    catalogue.interfaces.forEach { visit($0) }
    catalogue.dataflows.forEach { visit($0) }
    for i in catalogue.interfaces {
      check(i, i.schemaVersion, .threeDigits, "/schemaVersion", "schemaVersion")
    }
    return findings
  }
}

public struct HistoryMismatchRule: BuiltinRule {
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
      guard let history = entity.history?.value, let last = history.last else { return }
      let form = VersionForm.of(entity)
      let id = entity.id.value
      for k in history.indices.dropFirst() {
        let previous = history[k - 1].value
        let entry = history[k].value
        if let a = form.components(previous.version.value), let b = form.components(entry.version.value),
          !(a.lexicographicallyPrecedes(b))
        {
          findings.append(
            context.finding(
              "\(id) history lists version \(entry.version.value) after \(previous.version.value); list versions oldest first, each higher than the last",
              entity, at: entry.version.position, "/history/\(k)/version"))
        }
        if let r1 = previous.release, let r2 = entry.release, let a = catalogue.releaseRank(r1.value),
          let b = catalogue.releaseRank(r2.value), b < a
        {
          findings.append(
            context.finding(
              "\(id) history lists release \(r2.value) after the later release \(r1.value); keep history in release order",
              entity, at: r2.position, "/history/\(k)/release"))
        }
      }
      if let version = entity.version, last.value.version.value != version.value {
        findings.append(
          context.finding(
            "\(id) is version \(version.value) but its history ends at \(last.value.version.value); add a history entry for \(version.value)",
            entity, at: version.position, "/version"))
      }
    }
    catalogue.interfaces.forEach { visit($0) }
    catalogue.dataflows.forEach { visit($0) }
    return findings
  }
}

public struct ChangeWithoutReferenceRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "version/change-without-reference",
    summary: "Every change after the first version cites a change request or design issue note",
    rationale: """
      Under change control every change to a baselined artefact comes from a CR or a DIN. A history entry that \
      cites neither cannot be traced to the decision that allowed it (DAG27-08).
      """,
    sources: ["DAG27-08"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-001", "1.1 citing nothing",
        [
          "interfaces/IF-001.json": ExampleFile.interface(
            "IF-001",
            #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" }, { "version": "1.1", "release": "IR7", "changes": [], "summary": "Error codes" } ]"#
          ).1.replacing(#""version": "1.0", "status""#, with: #""version": "1.1", "status""#)
        ]),
      .passes(
        "1.1 citing DIN-922",
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
      for (k, entry) in (entity.history?.value ?? []).enumerated().dropFirst()
      where entry.value.changes?.value.isEmpty ?? true {
        findings.append(
          context.finding(
            "\(entity.id.value) history for \(entry.value.version.value) cites no change request or DIN; add them to `changes`",
            entity, at: entry.position, "/history/\(k)"))
      }
    }
    catalogue.interfaces.forEach { visit($0) }
    catalogue.dataflows.forEach { visit($0) }
    return findings
  }
}
