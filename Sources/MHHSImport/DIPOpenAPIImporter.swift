import MHHSCatalogue

/// Interfaces from the DIP OpenAPI documents (Elexon's "Swagger", converted to JSON).
///
/// `Interfaces-EventCodes` holds one `IF-nnn-Payload` / `REP-nnn[A]-Payload` schema per
/// interface; within it (following `$ref`s inside the document and `oneOf` / `anyOf` / `allOf`
/// variants) the `interfaceID`, `schemaVersion` and `eventCode` properties give the id, the
/// schema version and the event codes. `SubmitEvents`, when present, lists the supported
/// interfaces with their names in `info.description`.
public enum DIPOpenAPIImporter {
  static let interfacesDocument = "Interfaces-EventCodes"
  static let submitDocument = "SubmitEvents"

  /// Reads SPEC: a folder holding the JSON documents (or its `json/` subfolder), or the
  /// `Interfaces-EventCodes` document itself.
  public static func read(_ path: String) throws(ImportError) -> ImportResult {
    var interfacesPath = path
    var submitPath: String?
    var payloadFiles: [(name: String, path: String)] = []
    if try ImportSource.shape(of: path) == .directory {
      var folder = path
      var found = try find(interfacesDocument, in: folder)
      if found == nil,
        FileSystem.type(of: ImportSource.join(path, "json"), followingLinks: true) == .directory
      {
        folder = ImportSource.join(path, "json")
        found = try find(interfacesDocument, in: folder)
      }
      guard let found else {
        throw ImportError(
          "no \(interfacesDocument) JSON document in '\(path)'; pass the folder holding Interfaces-EventCodes-unresolved.json or that file"
        )
      }
      interfacesPath = ImportSource.join(folder, found)
      submitPath = try find(submitDocument, in: folder).map { ImportSource.join(folder, $0) }
      payloadFiles = try Self.payloadFiles(in: folder)
    }
    let interfaces = try ImportSource.parseJSON(interfacesPath)
    let submit = try submitPath.map { path throws(ImportError) in try ImportSource.parseJSON(path) }
    var result = entities(interfaces: interfaces, submitEvents: submit, interfacesFile: interfacesPath)
    if result.entities.isEmpty {
      throw ImportError(
        "'\(interfacesPath)' holds no IF-nnn-Payload or REP-nnn-Payload schema under components.schemas")
    }
    if !payloadFiles.isEmpty {
      var documents = [ImportSource.baseName(interfacesPath): interfaces]
      for file in payloadFiles { documents[file.name] = try ImportSource.parseJSON(file.path) }
      addPayloads(documents, to: &result)
    }
    return result
  }

  /// The file in `folder` for `document`: `<document>-unresolved.json`, else the first `.json`
  /// whose name contains `document` (`MHHSPROGRAMME-SubmitEvents-2.0.1-unresolved.json`).
  static func find(_ document: String, in folder: String) throws(ImportError) -> String? {
    let names = try ImportSource.names(in: folder).filter { $0.lowercased().hasSuffix(".json") }
    if let exact = names.first(where: { $0 == document + "-unresolved.json" }) { return exact }
    return names.first { $0.lowercased().contains(document.lowercased()) }
  }

  /// The entities described by the parsed documents (pure); `interfacesFile` names the
  /// interfaces document in messages.
  public static func entities(
    interfaces: JSONValue, submitEvents: JSONValue?, interfacesFile: String = "Interfaces-EventCodes"
  ) -> ImportResult {
    var problems: [ImportProblem] = []
    let version = interfaces[value: "info"]?[value: "version"]?.stringValue
    let interfacesLine = sourceLine(version: version, document: interfacesDocument)
    var listed: [(id: String, name: String)] = []
    var submitLine: SourceLine?
    if let submitEvents {
      listed = supportedInterfaces(submitEvents[value: "info"]?[value: "description"]?.stringValue ?? "")
      submitLine = sourceLine(
        version: submitEvents[value: "info"]?[value: "version"]?.stringValue, document: submitDocument)
      if listed.isEmpty {
        problems.append(
          .init(.warning, "the SubmitEvents document lists no supported interfaces; names were not imported"))
      }
    }
    let names = Dictionary(listed.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

    var entities: [ImportedEntity] = []
    var references = LocalReferences(in: interfaces)
    var budget = maximumWalk
    let schemas = interfaces[value: "components"]?[value: "schemas"]?.members ?? []
    for member in schemas where member.key.hasSuffix("-Payload") {
      let schemaName = String(member.key.dropLast("-Payload".count))
      let (facts, walkProblems) = collect(
        member.value, schemaName: member.key, references: &references, file: interfacesFile, budget: &budget)
      let id: String
      if let first = facts.interfaceIDs.first {
        id = first
        if facts.interfaceIDs.count > 1 {
          problems.append(
            .init(
              .warning,
              "schema \(member.key) names several interface ids (\(facts.interfaceIDs.joined(separator: ", "))); \(id) was used",
              id: id))
        }
        if id != schemaName {
          problems.append(
            .init(
              .warning,
              "schema \(member.key) carries interfaceID \(ImportMerger.quoted(id)); the interfaceID was used",
              id: id))
        }
      } else {
        id = schemaName
        problems.append(
          .init(
            .warning, "schema \(member.key) has no interfaceID enum; the id was taken from the schema name",
            id: id))
      }
      problems += walkProblems.map { ImportProblem($0.level, $0.message, id: id) }
      var entity = ImportedEntity(kind: .interface, id: id)
      entity.sourceLines = [interfacesLine]
      if let name = names[id] {
        entity.fields.append(ImportedField("name", .string(name)))
        if let submitLine { entity.sourceLines.append(submitLine) }
      } else if let name = nameFromDescription(member.value[value: "description"]?.stringValue, id: id) {
        entity.defaults.append(ImportedField("name", .string(name)))
      }
      entity.fields.append(ImportedField("transport", .string("dip")))
      if facts.events.isEmpty {
        problems.append(.init(.warning, "\(id): the payload schema gives no eventCode values", id: id))
      } else {
        entity.fields.append(ImportedField("events", .array(facts.events.map(JSON.string))))
      }
      if let schemaVersion = facts.schemaVersions.max(by: versionOrder) {
        entity.fields.append(ImportedField("schemaVersion", .string(schemaVersion)))
      } else {
        problems.append(.init(.warning, "\(id): the payload schema gives no schemaVersion", id: id))
      }
      entity.defaults += [
        ImportedField("version", .string("1.0")), ImportedField("status", .string("active")),
      ]
      entities.append(entity)
    }
    let imported = Set(entities.map(\.id))
    for item in listed where !imported.contains(item.id) {
      problems.append(
        .init(
          .warning,
          "\(item.id) \"\(item.name)\" is listed in SubmitEvents as a supported interface but has no payload schema in Interfaces-EventCodes; it was not imported",
          id: item.id))
    }
    return ImportResult(entities: entities, problems: problems)
  }

  static func sourceLine(version: String?, document: String) -> SourceLine {
    let prefix = "DIP API "
    let suffix = " (Elexon, \(document))"
    return SourceLine(
      text: prefix + (version ?? "(version not stated)") + suffix, prefix: prefix, suffix: suffix)
  }

  /// `a` before `b` for three-digit versions (numerically when both are numbers).
  static func versionOrder(_ a: String, _ b: String) -> Bool {
    if let x = Int(a), let y = Int(b), x != y { return x < y }
    return a < b
  }

  // MARK: The payload schemas

  struct Facts {
    var interfaceIDs: [String] = []
    var schemaVersions: [String] = []
    var events: [String] = []
    /// The values of each list, so that adding stays linear in the number of values.
    private var seen: [WritableKeyPath<Facts, [String]>: Set<String>] = [:]

    /// Appends those of `values` that `list` does not hold yet, in order.
    mutating func add(_ values: [String], to list: WritableKeyPath<Facts, [String]>) {
      for value in values where seen[list, default: []].insert(value).inserted {
        self[keyPath: list].append(value)
      }
    }
  }

  /// How many schema parts the walks of one document may visit in all, counting a part again
  /// for each payload schema that reaches it: far more than a published specification needs
  /// (DIP 2.1.0 needs about 12,500), few enough to take seconds.
  static let maximumWalk = 20_000_000

  /// Walks `schema` and everything it reaches through local `$ref`s, collecting the values of the
  /// `interfaceID`, `schemaVersion` and `eventCode` properties in document order.
  ///
  /// The walk keeps its own stack, so no depth of nesting or length of `$ref` chain can exhaust
  /// the thread's. Each `$ref` is followed once per payload schema (so shared parts cost nothing
  /// twice); a `$ref` that leads back into itself, or to nothing in the document, is a warning
  /// naming `schemaName`, `file` and the reference. A `$ref` to another document is not followed:
  /// the interface facts live in this one. Each part visited takes one from `budget`; when none
  /// is left the walk stops with a warning.
  static func collect(
    _ schema: JSONValue, schemaName: String, references: inout LocalReferences, file: String,
    budget: inout Int
  ) -> (facts: Facts, problems: [ImportProblem]) {
    enum Step {
      case value(JSONValue)
      case member(key: String, value: JSONValue)
      /// The walk has finished with what `ref` leads to.
      case leave(ref: String)
    }
    var facts = Facts()
    var problems: [ImportProblem] = []
    var followed: Set<String> = []
    var path: [String] = []  // the `$ref`s being followed, outermost first
    var onPath: [String: Int] = [:]  // where in `path`
    var stack: [Step] = [.value(schema)]
    while let step = stack.popLast() {
      guard budget > 0 else {
        problems.append(
          .init(
            .warning,
            "schema \(schemaName): the $refs of '\(file)' lead through more than \(maximumWalk) schema parts; "
              + "the walk stopped, and what this schema gives may be incomplete"))
        break
      }
      budget -= 1
      switch step {
      case .value(let value):
        switch value.storage {
        case .array(let elements): stack += elements.reversed().map(Step.value)
        case .object(let members): stack += members.reversed().map { .member(key: $0.key, value: $0.value) }
        default: break
        }
      case .member(let key, let value):
        switch key {
        case "$ref":
          guard let ref = value.stringValue, ref.hasPrefix("#/") else { continue }
          if let start = onPath[ref] {
            problems.append(
              .init(
                .warning,
                "schema \(schemaName): $ref '\(ref)' in '\(file)' leads back to itself (\(cycle(path[start...]))); it was followed once"
              ))
            continue
          }
          guard followed.insert(ref).inserted else { continue }
          guard let target = references.resolve(ref) else {
            problems.append(
              .init(
                .warning,
                "schema \(schemaName): $ref '\(ref)' in '\(file)' names nothing in that document; it was not followed"
              ))
            continue
          }
          onPath[ref] = path.count
          path.append(ref)
          stack += [.leave(ref: ref), .value(target)]
        case "example", "examples", "default", "enum", "const":
          continue
        case "properties":
          for property in value.members ?? [] {
            switch property.key {
            case "interfaceID": facts.add(values(property.value), to: \.interfaceIDs)
            case "schemaVersion": facts.add(values(property.value), to: \.schemaVersions)
            case "eventCode": facts.add(values(property.value).map(stripBrackets), to: \.events)
            default: break
            }
          }
          stack.append(.value(value))
        default:
          stack.append(.value(value))
        }
      case .leave(let ref):
        path.removeLast()
        onPath[ref] = nil
      }
    }
    return (facts, problems)
  }

  /// A cycle of `$ref`s for a message, back to its first: `'A' → 'B' → 'A'`; a long one shows
  /// its first three and its last, and how many it leaves out.
  static func cycle(_ refs: ArraySlice<String>) -> String {
    let quoted = { (ref: String) in "'\(ref)'" }
    guard refs.count > 4 else { return (refs + [refs.first!]).map(quoted).joined(separator: " → ") }
    return
      (refs.prefix(3).map(quoted) + ["… (\(refs.count - 4) more)", quoted(refs.last!), quoted(refs.first!)])
      .joined(separator: " → ")
  }

  /// The string values a property schema allows: its `enum` and `const`, else its `example`.
  static func values(_ property: JSONValue) -> [String] {
    var result: [String] = []
    for element in property[value: "enum"]?.elements ?? [] {
      if let s = element.stringValue { result.append(s) }
    }
    if let s = property[value: "const"]?.stringValue { result.append(s) }
    if result.isEmpty, let s = property[value: "example"]?.stringValue { result.append(s) }
    return result.map(trimmed).filter { !$0.isEmpty }
  }

  static func stripBrackets(_ code: String) -> String {
    var s = Substring(code)
    if s.hasPrefix("[") && s.hasSuffix("]") && s.count >= 2 { s = s.dropFirst().dropLast() }
    return trimmed(String(s))
  }

  // MARK: The supported-interfaces list

  /// The interfaces listed in SubmitEvents' `info.description`: lines such as
  /// `-  Channel-021  UTC Settlement Period Consumption Data<br>` or
  /// `-  REP-002A  Embedded Network report for DUoS – aggregated data`. Items of the
  /// "Supported interfaces" list come first; an item elsewhere in the text (a "New for release"
  /// note) names an interface the list leaves out. Markdown emphasis is dropped, runs of
  /// spaces become one.
  public static func supportedInterfaces(_ description: String) -> [(id: String, name: String)] {
    let text = description.replacing("<BR>", with: "\n").replacing("<br>", with: "\n")
      .replacing("<br/>", with: "\n").replacing("<br />", with: "\n")
    let marker = text.firstRange(of: "Supported interfaces")
    let ordered: [Substring]
    if let marker {
      ordered = [text[marker.upperBound...], text[..<marker.lowerBound]]
    } else {
      ordered = [text[...]]
    }
    var result: [(id: String, name: String)] = []
    for part in ordered {
      for line in part.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
        guard let item = listItem(String(line)), !result.contains(where: { $0.id == item.id }) else {
          continue
        }
        result.append(item)
      }
    }
    return result
  }

  static func listItem(_ line: String) -> (id: String, name: String)? {
    var s = Substring(line.replacing("**", with: ""))
    s = s.drop { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "*" || $0 == "•" }
    let words = s.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    guard words.count == 2 else { return nil }
    let token = String(words[0])
    let id: String
    if token.hasPrefix("Channel-") {
      id = "IF-" + token.dropFirst("Channel-".count)
    } else if token.hasPrefix("IF-") || token.hasPrefix("REP-") {
      id = token
    } else {
      return nil
    }
    let digits = id.drop { $0 != "-" }.dropFirst()
    guard digits.count >= 3, digits.prefix(3).allSatisfy(\.isNumber) else { return nil }
    let name = collapse(String(words[1]))
    return name.isEmpty ? nil : (id, name)
  }

  /// A name from a payload schema's description (`IF-013 Notification of …`, `IF006 - …`), for
  /// new entities when no list names them; `nil` for a bare "IF001 Message".
  static func nameFromDescription(_ description: String?, id: String) -> String? {
    guard var s = description.map(collapse), !s.isEmpty else { return nil }
    let compact = id.replacing("-", with: "")
    for prefix in [id, compact] where s.hasPrefix(prefix) {
      s = String(s.dropFirst(prefix.count))
      s = String(s.drop { $0 == " " || $0 == "-" || $0 == ":" })
      break
    }
    return s.isEmpty || s.lowercased() == "message" ? nil : s
  }

  static func collapse(_ s: String) -> String {
    s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }

  static func trimmed(_ s: String) -> String { collapse(s) }
}
