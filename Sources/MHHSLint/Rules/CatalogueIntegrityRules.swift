import MHHSCatalogue

/// Reports the loader's issues of one kind as findings of the matching rule.
protocol LoaderIssueRule: BuiltinRule {
  static var issueKind: CatalogueIssue.Kind { get }
}

extension LoaderIssueRule {
  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.issues.filter { $0.kind == Self.issueKind }.map {
      Finding(
        ruleID: context.ruleID, severity: .error, message: $0.message, entityID: $0.entityID,
        location: $0.location)
    }
  }
}

public struct InvalidJSONRule: LoaderIssueRule {
  static let issueKind = CatalogueIssue.Kind.invalidJSON
  public static let description = RuleDescription(
    id: "catalogue/invalid-json",
    summary: "Every catalogue file is valid JSON (RFC 8259)",
    rationale: """
      The catalogue is the reviewable record of the design; a file that is not strict JSON cannot be read by \
      this tool or any other, so nothing in it is checked. The finding points at the first byte that is wrong.
      """,
    sources: ["catalogue format, version 1", "RFC 8259"],
    defaultSeverity: .error,
    examples: [
      .triggers(nil, "a trailing comma", ["interfaces/IF-001.json": #"{ "id": "IF-001", }"#]),
      .passes("strict JSON", ExampleFile.files(ExampleFile.interface("IF-001"))),
    ])
}

public struct SchemaRule: LoaderIssueRule {
  static let issueKind = CatalogueIssue.Kind.schema
  public static let description = RuleDescription(
    id: "catalogue/schema",
    summary:
      "Fields have the right types, required fields are present, enums hold allowed values, no unknown fields",
    rationale: """
      A typo such as `responeTimes` must never pass silently: the rules would see no response times and the \
      real value would be lost. Unknown fields are reported with the nearest known name; tools may keep their \
      own data under `x`.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "a misspelt field",
        ExampleFile.files(ExampleFile.interface("IF-001", #", "responeTimes": {}"#))),
      .triggers(
        "IF-002", "a status outside the enum",
        ExampleFile.files(ExampleFile.interface("IF-002", status: "live"))),
      .passes(
        "a complete interface",
        ExampleFile.files(ExampleFile.interface("IF-001", #", "x": { "anything": 1 }"#))),
    ])
}

public struct DuplicateIDRule: LoaderIssueRule {
  static let issueKind = CatalogueIssue.Kind.duplicateID
  public static let description = RuleDescription(
    id: "catalogue/duplicate-id",
    summary: "No two entities of a kind share an id",
    rationale: """
      References, baselines and exemptions name entities by id; two files declaring the same id make every one \
      of them ambiguous. Both places are reported.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "a copy of IF-001 under another file name",
        ExampleFile.files(
          ExampleFile.interface("IF-001"), ("interfaces/IF-001-copy.json", ExampleFile.interface("IF-001").1))
      ),
      .passes(
        "distinct ids", ExampleFile.files(ExampleFile.interface("IF-001"), ExampleFile.interface("IF-002"))),
    ])
}

public struct FileNameRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "catalogue/file-name",
    summary: "Each entity file is named after its id",
    rationale: """
      One entity per file, named `<id>.json`, keeps a change request to the design a reviewable diff of a few \
      small files and lets people find an entity by its id.
      """,
    sources: ["catalogue format, version 1"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-002", "IF-002 stored as IF-001.json",
        ["interfaces/IF-001.json": ExampleFile.interface("IF-002").1]),
      .passes("IF-001 stored as IF-001.json", ExampleFile.files(ExampleFile.interface("IF-001"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    func check(_ entity: some Entity) -> Finding? {
      let path = entity.origin.relativePath
      if Self.endsInFileName(path, of: entity.id.value) { return nil }
      let name =
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
      guard name.utf8.count != entity.id.value.utf8.count + 5 || name != entity.id.value + ".json" else {
        return nil
      }
      let expected = entity.id.value + ".json"
      return context.finding(
        "\(entity.id.value) is stored in \(name); rename the file to \(expected)", entity,
        at: entity.id.position, "/id")
    }
    return catalogue.interfaces.compactMap(check) + catalogue.dataflows.compactMap(check)
      + catalogue.nfrs.compactMap(check) + catalogue.changeRequests.compactMap(check)
      + catalogue.dataTypes.compactMap(check) + catalogue.dataItems.compactMap(check)
      + catalogue.blocks.compactMap(check)
  }

  /// Whether the last component of `path` is `<id>.json`, byte for byte: the usual case, told
  /// without building the name. When it is not, the caller compares as strings.
  private static func endsInFileName(_ path: String, of id: String) -> Bool {
    var path = path
    var id = id
    return path.withUTF8 { path in
      id.withUTF8 { id in
        let slash = UInt8(ascii: "/")
        let start = path.count - id.count - 5
        guard start >= 0, start == 0 || path[start - 1] == slash, !id.contains(slash) else { return false }
        let name = UnsafeBufferPointer(rebasing: path[start..<(start + id.count)])
        return ByteOrder.compare(name, id) == 0 && path[(start + id.count)...].elementsEqual(".json".utf8)
      }
    }
  }
}

public struct IDFormatRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "catalogue/id-format",
    summary: "Ids, decisions and change references match their patterns",
    rationale: """
      Ids are also file names and cross-references; an id outside its pattern (IF-nnn, REP-nnn[A], Dnnnn, CRnnn, \
      DAG-DECnn, DIN-nnn) is a typo or an id from another scheme, and is never used to build a path.
      """,
    sources: ["catalogue format, version 1: identifiers at a glance"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-21", "an interface id with two digits",
        ["interfaces/IF-21.json": ExampleFile.interface("IF-21").1]),
      .triggers(
        "CR001", "a decision that is not DAG-DECnn",
        ExampleFile.files(
          ExampleFile.changeRequest("CR001", status: "approved", #", "decision": "DEC57", "release": "IR7""#))
      ),
      .passes(
        "well-formed ids",
        ExampleFile.files(
          ExampleFile.interface("REP-002A"),
          ExampleFile.changeRequest(
            "CR001", status: "approved", #", "decision": "DAG-DEC57", "release": "IR7""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    func id(_ entity: some Entity) {
      let pattern = type(of: entity).kind.idPattern
      if !pattern.matches(entity.id.value) {
        findings.append(
          context.finding(
            "\(type(of: entity).kind.displayName) id \"\(entity.id.value)\" does not match \(pattern.display)",
            entity, at: entity.id.position, "/id"))
      }
    }
    func decision(_ entity: some Entity, _ value: Located<String>?, _ pointer: @autoclosure () -> String) {
      guard let value, !IDPattern.decision.matches(value.value) else { return }
      findings.append(
        context.finding(
          "\(entity.id.value) cites decision \"\(value.value)\", which does not match \(IDPattern.decision.display)",
          entity, at: value.position, pointer()))
    }
    func history(_ entity: some Versioned) {
      for (i, entry) in (entity.history?.value ?? []).enumerated() {
        for (j, change) in (entry.value.changes?.value ?? []).enumerated()
        where !IDPattern.changeRequest.matches(change.value) && !IDPattern.designIssue.matches(change.value) {
          findings.append(
            context.finding(
              "\(entity.id.value) history cites \"\(change.value)\", which is neither a change request (CRnnn) "
                + "nor a design issue note (DIN-nnn)", entity, at: change.position,
              "/history/\(i)/changes/\(j)"))
        }
      }
    }
    func exemptions(_ entity: some Exemptible) {
      for (i, e) in (entity.exemptions?.value ?? []).enumerated() {
        decision(entity, e.value.decision, "/exemptions/\(i)/decision")
      }
    }
    catalogue.roles.forEach(id)
    catalogue.releases.forEach(id)
    for i in catalogue.interfaces {
      id(i)
      history(i)
      exemptions(i)
    }
    for f in catalogue.dataflows {
      id(f)
      history(f)
      exemptions(f)
      decision(f, f.mhhs?.value.decision, "/mhhs/decision")
    }
    for n in catalogue.nfrs {
      id(n)
      for (i, e) in (n.exemptions?.value ?? []).enumerated() {
        decision(n, e.value.decision, "/exemptions/\(i)/decision")
      }
    }
    for c in catalogue.changeRequests {
      id(c)
      decision(c, c.decision, "/decision")
    }
    catalogue.dataTypes.forEach(id)
    catalogue.dataItems.forEach(id)
    catalogue.blocks.forEach(id)
    return findings
  }
}
