import MHHSCatalogue
@testable import MHHSImport
import Testing

/// A catalogue held in memory (with a manifest unless `manifest` is false), for the merger.
private func merger(_ files: [String: String], manifest: Bool = true) -> ImportMerger {
  var files = files
  if manifest { files["catalogue.json", default: "{ \"format\": 1, \"name\": \"test\" }"] += "" }
  let all = files
  return ImportMerger { path in all[path].map { .success(Array($0.utf8)) } }
}

private func parse(_ text: String) -> JSONValue {
  try! JSONParser.parse(text).get()
}

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// The mini DIP documents: IF-001 has two `oneOf` variants (one reached through a `$ref` to a
/// shared header), REP-002A has a report schema version, and SubmitEvents lists IF-030, which
/// has no payload schema.
enum MiniDIP {
  static let interfaces = """
    {
      "openapi": "3.0.0",
      "info": { "title": "Interface with Event Codes", "version": "9.9.9" },
      "components": { "schemas": {
        "IF-001-Payload": { "description": "IF001 Message", "oneOf": [
          { "$ref": "#/components/schemas/IF-001-InitialRegistration" },
          { "$ref": "#/components/schemas/IF-001-ChangeOfSupplier" } ] },
        "IF-001-InitialRegistration": { "type": "object", "properties": { "CommonBlock": { "properties": {
          "S0": { "properties": {
            "interfaceID": { "type": "string", "enum": ["IF-001"] },
            "schemaVersion": { "type": "string", "example": "011", "enum": ["011"] },
            "eventCode": { "type": "string", "enum": ["[InitialRegistration]"] } } } } } } },
        "IF-001-ChangeOfSupplier": { "type": "object", "properties": { "CommonBlock": { "properties": {
          "S0": { "$ref": "#/components/schemas/Header-COS" } } } } },
        "Header-COS": { "properties": {
          "interfaceID": { "type": "string", "enum": ["IF-001"] },
          "schemaVersion": { "type": "string", "enum": ["011"] },
          "eventCode": { "type": "string", "enum": ["[ChangeOfSupplier]", "[InitialRegistration]"] } } },
        "IF-021-Payload": { "description": "IF-021 UTC Settlement Period Consumption Data",
          "properties": { "CommonBlock": { "properties": { "S0": { "properties": {
            "interfaceID": { "type": "string", "enum": ["IF-021"] },
            "schemaVersion": { "type": "string", "enum": ["011"] },
            "eventCode": { "type": "string", "enum": ["[ActivePower]", "[ReactivePower]"] } } } } } } },
        "REP-002A-Payload": { "description": "Embedded Network report for DUoS",
          "properties": { "CommonBlock": { "properties": { "S0": { "properties": {
            "interfaceID": { "type": "string", "enum": ["REP-002A"] },
            "schemaVersion": { "type": "string", "example": "008", "enum": ["008", "009"] },
            "eventCode": { "type": "string", "enum": ["[DUoSEmbeddedLDSOAggData]"] } } } } } } }
      } }
    }
    """

  static let submitEvents = """
    {
      "openapi": "3.0.0",
      "info": { "version": "9.9.9", "title": "DIP",
        "description": "Latest release 9.9.9 <br>Supported interfaces -<br><br> -           Channel-001    Notification of Change of Supplier **<br> -           Channel-021    UTC Settlement Period  Consumption Data<br> -           Channel-030    Correlated MPAN Activity<br><br> **ECS Reports**<br><br> -           REP-002A  Embedded Network report for DUoS – aggregated data<br>" },
      "paths": {}
    }
    """
}

@Suite struct DIPOpenAPIImporterTests {
  let result = DIPOpenAPIImporter.entities(
    interfaces: parse(MiniDIP.interfaces), submitEvents: parse(MiniDIP.submitEvents))

  func entity(_ id: String) -> ImportedEntity? { result.entities.first { $0.id == id } }
  func field(_ id: String, _ name: String) -> JSON? { entity(id)?.fields.first { $0.name == name }?.value }

  @Test func readsEveryPayloadSchema() {
    #expect(result.entities.map(\.id) == ["IF-001", "IF-021", "REP-002A"])
  }

  @Test func followsOneOfVariantsAndRefsForEventCodes() {
    #expect(
      field("IF-001", "events") == .array([.string("InitialRegistration"), .string("ChangeOfSupplier")]))
    #expect(field("IF-021", "events") == .array([.string("ActivePower"), .string("ReactivePower")]))
  }

  @Test func schemaVersionIsTheHighestTheEnumAllows() {
    #expect(field("IF-001", "schemaVersion") == .string("011"))
    #expect(field("REP-002A", "schemaVersion") == .string("009"))
  }

  @Test func namesComeFromTheSupportedInterfacesList() {
    #expect(field("IF-001", "name") == .string("Notification of Change of Supplier"))
    #expect(field("IF-021", "name") == .string("UTC Settlement Period Consumption Data"))
    #expect(field("REP-002A", "name") == .string("Embedded Network report for DUoS – aggregated data"))
    #expect(field("IF-001", "transport") == .string("dip"))
  }

  @Test func listedInterfaceWithoutPayloadIsReported() {
    let warnings = result.problems.filter { $0.id == "IF-030" }
    #expect(warnings.count == 1)
    #expect(warnings.first?.level == .warning)
    #expect(warnings.first?.message.contains("Correlated MPAN Activity") == true)
  }

  @Test func newEntitiesGetVersionAndStatusButNoRoles() {
    let defaults = entity("IF-001")?.defaults.map(\.name) ?? []
    #expect(defaults.contains("version") && defaults.contains("status"))
    #expect(!defaults.contains("from") && !defaults.contains("to"))
  }

  @Test func withoutSubmitEventsTheNameIsOnlyADefaultFromTheDescription() {
    let alone = DIPOpenAPIImporter.entities(interfaces: parse(MiniDIP.interfaces), submitEvents: nil)
    let if021 = alone.entities.first { $0.id == "IF-021" }
    #expect(if021?.fields.contains { $0.name == "name" } == false)
    #expect(
      if021?.defaults.first { $0.name == "name" }?.value == .string("UTC Settlement Period Consumption Data"))
    // "IF001 Message" is no name.
    #expect(alone.entities.first { $0.id == "IF-001" }?.defaults.contains { $0.name == "name" } == false)
  }

  @Test func sourcesNameTheVersionAndDocument() {
    #expect(
      entity("IF-001")?.sourceLines.map(\.text) == [
        "DIP API 9.9.9 (Elexon, Interfaces-EventCodes)", "DIP API 9.9.9 (Elexon, SubmitEvents)",
      ])
  }

  /// A spec whose IF-001 payload reaches its header through `$ref`s `C0` → `C1` → … → `C<n>`.
  static func refChain(_ length: Int) -> String {
    var schemas = [
      ##""IF-001-Payload": { "description": "IF001 Message", "$ref": "#/components/schemas/C0" }"##
    ]
    for i in 0..<length { schemas.append(##""C\##(i)": { "$ref": "#/components/schemas/C\##(i + 1)" }"##) }
    schemas.append(
      ##""C\##(length)": { "properties": { "interfaceID": { "enum": ["IF-001"] }, "eventCode": { "enum": ["[Last]"] } } }"##
    )
    return ##"{ "components": { "schemas": {"## + schemas.joined(separator: ",\n") + "} } }"
  }

  /// The time limit is a hang guard: each reference once cost a search through every schema.
  @Test(.timeLimit(.minutes(1))) func aLongRefChainIsFollowedToItsEndWithoutExhaustingTheStack() {
    let result = DIPOpenAPIImporter.entities(interfaces: parse(Self.refChain(30_000)), submitEvents: nil)
    #expect(result.entities.map(\.id) == ["IF-001"])
    #expect(result.entities.first?.fields.first { $0.name == "events" }?.value == .array([.string("Last")]))
    #expect(!result.problems.contains { $0.message.contains("$ref") })
  }

  @Test func aRefCycleIsAWarningNamingTheFileAndTheReferences() {
    let spec = """
      { "components": { "schemas": {
        "IF-001-Payload": { "oneOf": [ { "$ref": "#/components/schemas/A" }, { "$ref": "#/components/schemas/A" } ] },
        "A": { "properties": { "interfaceID": { "enum": ["IF-001"] }, "next": { "$ref": "#/components/schemas/B" } } },
        "B": { "allOf": [ { "$ref": "#/components/schemas/A" } ], "properties": { "eventCode": { "enum": ["[E]"] } } }
      } } }
      """
    let result = DIPOpenAPIImporter.entities(
      interfaces: parse(spec), submitEvents: nil, interfacesFile: "spec/Interfaces.json")
    #expect(result.entities.first?.fields.first { $0.name == "events" }?.value == .array([.string("E")]))
    let warnings = result.problems.filter { $0.message.contains("$ref") }
    // The second oneOf branch reaches A again, but not through itself: that is no cycle.
    #expect(
      warnings == [
        .init(
          .warning,
          "schema IF-001-Payload: $ref '#/components/schemas/A' in 'spec/Interfaces.json' leads back to itself ('#/components/schemas/A' → '#/components/schemas/B' → '#/components/schemas/A'); it was followed once",
          id: "IF-001")
      ])
  }

  @Test func aLongCycleIsShortenedInItsWarning() {
    #expect(
      DIPOpenAPIImporter.cycle(["A", "B", "C", "D", "E", "F"][...])
        == "'A' → 'B' → 'C' → … (2 more) → 'F' → 'A'")
    #expect(DIPOpenAPIImporter.cycle(["A"][...]) == "'A' → 'A'")
  }

  @Test func theWalkStopsWithAWarningWhenItsBudgetIsSpent() throws {
    let document = parse(Self.refChain(100))
    let payload = try #require(document[value: "components"]?[value: "schemas"]?[value: "IF-001-Payload"])
    var references = LocalReferences(in: document)
    var budget = 50
    let (facts, problems) = DIPOpenAPIImporter.collect(
      payload, schemaName: "IF-001-Payload", references: &references, file: "spec.json", budget: &budget)
    #expect(facts.events.isEmpty)
    #expect(
      problems.map(\.message) == [
        "schema IF-001-Payload: the $refs of 'spec.json' lead through more than \(DIPOpenAPIImporter.maximumWalk) schema parts; the walk stopped, and what this schema gives may be incomplete"
      ])
  }

  @Test func aRefToNothingIsAWarningNamingTheFileAndTheReference() {
    let spec = """
      { "components": { "schemas": {
        "IF-001-Payload": { "properties": { "interfaceID": { "enum": ["IF-001"] } },
          "oneOf": [ { "$ref": "#/components/schemas/Missing" }, { "$ref": "#/components/schemas/list/7" } ] },
        "list": [ {} ]
      } } }
      """
    let result = DIPOpenAPIImporter.entities(
      interfaces: parse(spec), submitEvents: nil, interfacesFile: "spec/Interfaces.json")
    let warnings = result.problems.filter { $0.message.contains("$ref") }.map(\.message)
    #expect(
      warnings == [
        "schema IF-001-Payload: $ref '#/components/schemas/Missing' in 'spec/Interfaces.json' names nothing in that document; it was not followed",
        "schema IF-001-Payload: $ref '#/components/schemas/list/7' in 'spec/Interfaces.json' names nothing in that document; it was not followed",
      ])
  }

  @Test func listParserReadsChannelsAndReports() {
    let items = DIPOpenAPIImporter.supportedInterfaces(
      "**New for release 2.0.1<br> - Channel-051 EES Data Refresh**<br>Supported interfaces -<br> - Channel-004    Comms Hub Information <br> - REP-002B  LDSO report<br>"
    )
    #expect(items.map(\.id) == ["IF-004", "REP-002B", "IF-051"])
    #expect(items.map(\.name) == ["Comms Hub Information", "LDSO report", "EES Data Refresh"])
  }
}

@Suite struct ImportMergeTests {
  static let handWritten = """
    {
      "id": "IF-021",
      "name": "Old name",
      "version": "1.2",
      "status": "active",
      "transport": "dip",
      "from": ["SDS"],
      "to": ["SUP"],
      "events": ["ActivePower"],
      "responseTimes": { "acknowledgement": { "within": "PT6S", "nfr": "E2E1009" } },
      "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03" } ],
      "history": [ { "version": "1.2", "release": "IR7", "changes": ["DIN-922"], "summary": "s" } ],
      "sources": ["DAG031 headline report, 13 Dec 2023", "DIP API 2.0.1 (Elexon, Interfaces-EventCodes)"],
      "x": { "note": "kept" }
    }
    """

  let entities = DIPOpenAPIImporter.entities(
    interfaces: parse(MiniDIP.interfaces), submitEvents: parse(MiniDIP.submitEvents)
  ).entities

  @Test func handWrittenFieldsSurviveAndImportedFieldsUpdate() throws {
    let plan = merger(["interfaces/IF-021.json": Self.handWritten]).plan(entities, selection: ["IF-021"])
    #expect(plan.changes.count == 1)
    let change = try #require(plan.changes.first)
    #expect(change.relativePath == "interfaces/IF-021.json")
    let merged = parse(text(change.new))
    #expect(
      merged.members?.map(\.key) == [
        "id", "name", "version", "status", "transport", "from", "to", "events", "schemaVersion",
        "responseTimes",
        "exemptions", "history", "sources", "x",
      ])
    #expect(merged[value: "name"]?.stringValue == "UTC Settlement Period Consumption Data")
    #expect(merged[value: "version"]?.stringValue == "1.2")
    #expect(merged[value: "events"]?.elements?.compactMap(\.stringValue) == ["ActivePower", "ReactivePower"])
    #expect(merged[value: "schemaVersion"]?.stringValue == "011")
    #expect(merged[value: "responseTimes"]?.plain == parse(Self.handWritten)[value: "responseTimes"]?.plain)
    #expect(merged[value: "exemptions"]?.plain == parse(Self.handWritten)[value: "exemptions"]?.plain)
    #expect(merged[value: "history"]?.plain == parse(Self.handWritten)[value: "history"]?.plain)
    #expect(merged[value: "x"]?.plain == parse(Self.handWritten)[value: "x"]?.plain)
    // The 2.0.1 line written by an earlier import is replaced; the hand-written one stays.
    #expect(
      merged[value: "sources"]?.elements?.compactMap(\.stringValue) == [
        "DAG031 headline report, 13 Dec 2023", "DIP API 9.9.9 (Elexon, Interfaces-EventCodes)",
        "DIP API 9.9.9 (Elexon, SubmitEvents)",
      ])
    #expect(change.fieldChanges.contains { $0.hasPrefix("name: \"Old name\" → ") })
  }

  @Test func secondRunChangesNoByte() throws {
    let first = merger(["interfaces/IF-021.json": Self.handWritten]).plan(entities)
    var files: [String: String] = [:]
    for change in first.changes { files[change.relativePath] = text(change.new) }
    let second = merger(files).plan(entities)
    #expect(second.changes.isEmpty)
    #expect(second.upToDate == entities.count)
  }

  @Test func newEntitiesAreCreatedInCanonicalOrderWithAManifest() throws {
    let plan = merger([:], manifest: false).plan(entities)
    #expect(
      plan.changes.map(\.relativePath) == [
        "catalogue.json", "interfaces/IF-001.json", "interfaces/IF-021.json", "interfaces/REP-002A.json",
      ])
    #expect(parse(text(plan.changes[0].new))[value: "format"]?.plain == .number("1"))
    let created = parse(text(plan.changes[1].new))
    #expect(
      created.members?.map(\.key) == [
        "id", "name", "version", "status", "transport", "events", "schemaVersion", "sources",
      ])
    #expect(created[value: "version"]?.stringValue == "1.0")
    #expect(created[value: "status"]?.stringValue == "active")
  }

  @Test func aFileThatOnlyDiffersInLayoutIsLeftAlone() {
    var files: [String: String] = [:]
    for change in merger([:]).plan(entities).changes { files[change.relativePath] = text(change.new) }
    files["interfaces/IF-021.json"] = files["interfaces/IF-021.json"]!.replacing("\n  ", with: "\n    ")
    #expect(merger(files).plan(entities).changes.isEmpty)
  }

  @Test func handAnnotatedSourceLineCountsAsRecorded() throws {
    var files: [String: String] = [:]
    for change in merger([:]).plan(entities).changes { files[change.relativePath] = text(change.new) }
    files["interfaces/IF-021.json"] = files["interfaces/IF-021.json"]!.replacing(
      "\"DIP API 9.9.9 (Elexon, SubmitEvents)\"", with: "\"DIP API 9.9.9 (Elexon, SubmitEvents list): name\"")
    #expect(merger(files).plan(entities).changes.isEmpty)
  }

  @Test(arguments: ["../x", "IF-001/../../x", "IF-1", "/etc/passwd", "IF-0011", ""])
  func hostileIDsAreRejected(_ id: String) {
    let plan = merger([:]).plan([
      ImportedEntity(kind: .interface, id: id, fields: [ImportedField("name", .string("x"))])
    ])
    #expect(plan.changes.isEmpty)
    #expect(plan.hasErrors)
    #expect(plan.errors.first?.message.contains("not a valid interface id") == true)
  }

  @Test(arguments: ["D0001/../../x", "../D0001", "D001", "d0001"])
  func hostileDataflowIDsAreRejected(_ id: String) {
    let plan = merger([:]).plan([
      ImportedEntity(kind: .dataflow, id: id, fields: [ImportedField("name", .string("x"))])
    ])
    #expect(plan.changes.isEmpty)
    #expect(plan.errors.first?.message.contains("not a valid D-flow id") == true)
  }

  @Test func selectionLimitsTheImportAndReportsUnknownIDs() {
    let plan = merger([:]).plan(entities, selection: ["IF-021", "IF-999"])
    #expect(plan.importedIDs == ["IF-021"])
    #expect(plan.errors.map(\.id) == ["IF-999"])
    // Warnings about interfaces outside the selection are dropped.
    let withWarning = merger([:]).plan(
      entities, selection: ["IF-021"], problems: [.init(.warning, "about IF-030", id: "IF-030")])
    #expect(withWarning.problems.isEmpty)
  }

  @Test func anInvalidExistingFileIsReportedNotClobbered() {
    let plan = merger(["interfaces/IF-021.json": "{ \"id\": \"IF-021\", "]).plan(
      entities, selection: ["IF-021"])
    #expect(plan.changes.isEmpty)
    #expect(plan.errors.first?.message.contains("fix the file") == true)
  }

  @Test func nestedFieldsMergeIntoTheirObject() throws {
    let existing = """
      {
        "id": "D0379",
        "version": "001",
        "mhhs": { "disposition": "retained", "rationale": "kept by hand" },
        "sources": ["DAG026"]
      }
      """
    let entity = ImportedEntity(
      kind: .dataflow, id: "D0379",
      fields: [
        ImportedField(["mhhs", "decision"], .string("DAG-DEC57")),
        ImportedField("name", .string("HH Advances UTC")),
      ])
    let plan = merger(["dataflows/D0379.json": existing]).plan([entity])
    let merged = parse(text(try #require(plan.changes.first).new))
    #expect(merged.members?.map(\.key) == ["id", "version", "name", "mhhs", "sources"])
    #expect(merged[value: "mhhs"]?.members?.map(\.key) == ["disposition", "decision", "rationale"])
    #expect(merged[value: "mhhs"]?[value: "rationale"]?.stringValue == "kept by hand")
  }
}

@Suite struct DTCImporterTests {
  static let roles = DTCImporter.roleAliases(
    rolesJSON: parse(
      """
      { "roles": [ { "id": "SUP", "name": "Supplier", "aliases": ["Supplier"] },
                   { "id": "SDS", "name": "Smart Data Service", "aliases": ["SDSA"] } ] }
      """))

  static let flows = [
    DTCImporter.Flow(
      id: "D0002", version: "001", name: "Old", ownership: "MRA", routes: [("SDSA", "Supplier")],
      file: "D0002_v001.json"),
    DTCImporter.Flow(
      id: "D0002", version: "002", name: "Two", ownership: "BSC",
      routes: [("SDSA", "Supplier"), ("SDS", "SUP"), ("Supplier", "Martian")], file: "D0002_v002.json"),
    DTCImporter.Flow(
      id: "D0001", version: "001", name: "One", ownership: "REC", routes: [("Supplier", "SDSA")],
      file: "D0001_v001.json"),
  ]

  let result = DTCImporter.entities(Self.flows, roles: Self.roles, dtcVersion: "15.4")

  @Test func takesTheHighestVersionAndSortsByID() {
    #expect(result.entities.map(\.id) == ["D0001", "D0002"])
    #expect(result.entities[1].fields.first { $0.name == "version" }?.value == .string("002"))
    #expect(result.entities[1].fields.first { $0.name == "ownership" }?.value == .string("BSC"))
  }

  @Test func resolvesAliasesAndCollapsesDuplicateRoutes() {
    let routes = result.entities[1].fields.first { $0.name == "routes" }?.value
    #expect(
      routes
        == .array([
          .object([("from", .string("SDS")), ("to", .string("SUP"))]),
          .object([("from", .string("SUP")), ("to", .string("Martian"))]),
        ]))
  }

  @Test func unresolvedRoleNamesAreReportedAndKept() {
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.message.contains("\"Martian\" (in D0002)") == true)
    #expect(result.problems.first?.level == .warning)
  }

  @Test func sourcesNameTheDTCVersion() {
    #expect(result.entities[0].sourceLines.map(\.text) == ["DTC 15.4 (third-party JSON extraction)"])
  }

  @Test func twoFilesForTheSameFlowAndVersionAreAWarningAndTheFirstIsUsed() {
    let copy = DTCImporter.Flow(
      id: "D0002", version: "002", name: "Copy", ownership: "BSC", routes: [], file: "D0002_v002 copy.json")
    let unversioned = [nil, nil].enumerated().map { index, version in
      DTCImporter.Flow(
        id: "D0003", version: version, name: "N", ownership: nil, routes: [], file: "D0003-\(index).json")
    }
    let result = DTCImporter.entities(Self.flows + [copy] + unversioned, roles: Self.roles, dtcVersion: nil)
    #expect(result.entities[1].fields.first { $0.name == "name" }?.value == .string("Two"))
    let warnings = result.problems.filter { !$0.message.contains("Martian") }
    #expect(
      warnings == [
        .init(
          .warning,
          "D0002 version \"002\" is in two files, D0002_v002.json and D0002_v002 copy.json; D0002_v002.json was used",
          id: "D0002"),
        .init(
          .warning,
          "D0003 without a flowVersion is in two files, D0003-0.json and D0003-1.json; D0003-0.json was used",
          id: "D0003"),
      ])
  }
}

@Suite struct CSVImporterTests {
  @Test func mapsHeadersCaseInsensitivelyAndSplitsLists() throws {
    let csv =
      "\u{FEFF}ID,Name,From,To,Events,SchemaVersion,Code drafting name\r\n"
      + "IF-021,\"UTC data, settlement\",SDS; ADS,SUP,ActivePower;ReactivePower,011,\r\n"
    let result = try CSVImporter.entities(csv: Array(csv.utf8), kind: .interfaces, file: "if.csv")
    let entity = try #require(result.entities.first)
    #expect(entity.id == "IF-021")
    #expect(entity.fields.map(\.name) == ["name", "from", "to", "events", "schemaVersion"])
    #expect(entity.fields[0].value == .string("UTC data, settlement"))
    #expect(entity.fields[1].value == .array([.string("SDS"), .string("ADS")]))
  }

  @Test func dataflowColumnsGoIntoMHHS() throws {
    let csv =
      "Flow,Version,Name,Ownership,Disposition,Replaced by,Decision,Rationale\nD0012,001,X,MRA,removed,IF-021; IF-013,DAG-DEC57,\"He said \"\"no\"\"\nthen left\"\n"
    let result = try CSVImporter.entities(csv: Array(csv.utf8), kind: .dataflows, file: "flows.csv")
    let fields = try #require(result.entities.first).fields
    #expect(
      fields.map(\.name) == [
        "version", "name", "ownership", "mhhs.disposition", "mhhs.replacedBy", "mhhs.decision",
        "mhhs.rationale",
      ])
    #expect(fields.last?.value == .string("He said \"no\"\nthen left"))
  }

  @Test func unknownHeadersAreAnErrorNamingThem() {
    #expect {
      try CSVImporter.entities(
        csv: Array("id,nmae,colour\nIF-001,a,b\n".utf8), kind: .interfaces, file: "x.csv")
    } throws: { error in
      let message = (error as? ImportError)?.message ?? ""
      return message.contains("\"nmae\"") && message.contains("did you mean")
        && message.contains("\"colour\"")
    }
  }

  @Test func rowsWithTheWrongFieldCountOrNoIDAreErrors() throws {
    let result = try CSVImporter.entities(
      csv: Array("id,name\nIF-001,a,extra\n,b\nIF-002,c\n".utf8), kind: .interfaces, file: "x.csv")
    #expect(result.entities.map(\.id) == ["IF-002"])
    #expect(result.problems.filter { $0.level == .error }.count == 2)
  }
}
