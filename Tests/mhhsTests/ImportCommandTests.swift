import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Fixtures for the import tests, written into a fresh temporary folder per test.
private struct Workspace {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("mhhs-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  func write(_ relative: String, _ text: String) throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ relative: String) -> String? {
    (try? Data(contentsOf: root.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Every file under the workspace with its contents, for "nothing changed" checks.
  func snapshot() -> [String: Data] {
    var result: [String: Data] = [:]
    let base = root.resolvingSymlinksInPath().path
    guard let e = FileManager.default.enumerator(atPath: base) else { return [:] }
    while let relative = e.nextObject() as? String {
      let full = base + "/" + relative
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        result[relative] = FileManager.default.contents(atPath: full)
      }
    }
    return result
  }

  func run(_ arguments: [String]) throws -> MHHSBinary.Output {
    try MHHSBinary.run(arguments, in: root)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// A payload schema for `id` with `events` (a oneOf of two variants when `variants`).
  static func payload(_ id: String, events: [String], schemaVersion: String = "011", variants: Bool = false)
    -> String
  {
    func header(_ events: [String]) -> String {
      let codes = events.map { "\"[\($0)]\"" }.joined(separator: ", ")
      return """
        { "type": "object", "properties": { "CommonBlock": { "properties": { "S0": { "properties": {
          "interfaceID": { "type": "string", "enum": ["\(id)"] },
          "schemaVersion": { "type": "string", "enum": ["\(schemaVersion)"] },
          "eventCode": { "type": "string", "enum": [\(codes)] } } } } } } }
        """
    }
    if variants {
      return """
        "\(id)-Payload": { "description": "\(id) Message", "oneOf": [
          { "$ref": "#/components/schemas/\(id)-A" }, { "$ref": "#/components/schemas/\(id)-B" } ] },
        "\(id)-A": \(header(Array(events.prefix(1)))),
        "\(id)-B": \(header(Array(events.dropFirst())))
        """
    }
    return "\"\(id)-Payload\": \(header(events))"
  }

  /// The mini DIP specification: IF-001 (two oneOf variants), IF-021 and REP-002A; SubmitEvents
  /// lists IF-030 as well, which has no payload schema.
  func writeSpec(folder: String = "spec", extraPayloads: [String] = []) throws {
    let payloads =
      [
        Self.payload("IF-001", events: ["InitialRegistration", "ChangeOfSupplier"], variants: true),
        Self.payload("IF-021", events: ["ActivePower", "ReactivePower"]),
        Self.payload("REP-002A", events: ["DUoSEmbeddedLDSOAggData"], schemaVersion: "008"),
      ] + extraPayloads
    try write(
      "\(folder)/Interfaces-EventCodes-unresolved.json",
      """
      { "openapi": "3.0.0", "info": { "title": "Interfaces", "version": "2.1.0" },
        "components": { "schemas": { \(payloads.joined(separator: ",\n")) } } }
      """)
    try write(
      "\(folder)/SubmitEvents-unresolved.json",
      """
      { "openapi": "3.0.0", "info": { "version": "2.1.0", "title": "DIP",
        "description": "Latest release 2.1.0 <br>Supported interfaces -<br><br> -           Channel-001    Notification of Change of Supplier **<br> -           Channel-021    UTC Settlement Period Consumption Data<br> -           Channel-030    Correlated MPAN Activity<br><br> **ECS Reports**<br><br> -           REP-002A  Embedded Network report for DUoS – aggregated data<br>" },
        "paths": {} }
      """)
  }

  /// A two-flow DTC bundle (D0001 in two versions) and a catalogue whose roles resolve
  /// `Supplier` and `SDSA` but not `Martian`.
  func writeDTC() throws {
    try write("dtc/manifest.json", #"{ "dtcVersion": "15.4", "flows": [] }"#)
    try write(
      "dtc/flows/D0001_v001.json",
      #"{ "flowId": "D0001", "flowVersion": "001", "flowName": "Old name", "ownership": "MRA", "routes": [] }"#
    )
    try write(
      "dtc/flows/D0001_v002.json",
      #"""
      { "flowId": "D0001", "flowVersion": "002", "flowName": "Request Metering System Investigation", "ownership": "MRA",
        "routes": [ { "from": "Supplier", "to": "SDSA", "version": "15.4" }, { "from": "SUP", "to": "SDSA", "version": "15.4" } ] }
      """#)
    try write(
      "dtc/flows/D0379_v001.json",
      #"""
      { "flowId": "D0379", "flowVersion": "001", "flowName": "Half Hourly Advances UTC", "ownership": "MRA",
        "routes": [ { "from": "SDSA", "to": "Supplier", "version": "15.4" }, { "from": "Martian", "to": "Supplier", "version": "15.4" } ] }
      """#)
    try write("cat/catalogue.json", #"{ "format": 1, "name": "test" }"#)
    try write(
      "cat/roles.json",
      #"""
      { "roles": [ { "id": "SUP", "name": "Supplier", "aliases": ["Supplier"] },
                   { "id": "SDS", "name": "Smart Data Service", "aliases": ["SDSA"] } ] }
      """#)
  }
}

@Suite(.serialized) struct ImportCommandTests {
  @Test func dipImportCreatesReportsAndIsIdempotent() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    let first = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(first.status == 0)
    #expect(first.stdout.contains("3 created"))
    #expect(first.stderr.contains("warning: IF-030 \"Correlated MPAN Activity\" is listed in SubmitEvents"))
    let if001 = try #require(w.read("cat/interfaces/IF-001.json"))
    #expect(if001.contains("\"InitialRegistration\",\n    \"ChangeOfSupplier\""))
    #expect(if001.contains("\"name\": \"Notification of Change of Supplier\""))
    #expect(!if001.contains("\"from\""))
    #expect(w.read("cat/catalogue.json") != nil)
    #expect(w.read("cat/interfaces/IF-030.json") == nil)

    let before = w.snapshot()
    let second = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(second.status == 0)
    #expect(second.stdout.contains("0 created, 0 updated, 3 up to date"))
    #expect(w.snapshot() == before)
  }

  @Test func aLongRefChainAndARefCycleImportWithoutACrash() throws {
    let w = try Workspace()
    defer { w.remove() }
    var schemas = [
      ##""IF-001-Payload": { "$ref": "#/components/schemas/C0" }"##,
      ##""IF-002-Payload": { "properties": { "interfaceID": { "enum": ["IF-002"] } }, "$ref": "#/components/schemas/Loop" }"##,
      ##""Loop": { "items": { "$ref": "#/components/schemas/Loop" } }"##,
    ]
    for i in 0..<30_000 { schemas.append(##""C\##(i)": { "$ref": "#/components/schemas/C\##(i + 1)" }"##) }
    schemas.append(
      ##""C30000": { "properties": { "interfaceID": { "enum": ["IF-001"] }, "eventCode": { "enum": ["[Last]"] } } }"##
    )
    try w.write(
      "spec/Interfaces-EventCodes-unresolved.json",
      ##"{ "components": { "schemas": {"## + schemas.joined(separator: ",\n") + "} } }")
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(w.read("cat/interfaces/IF-001.json")?.contains("\"Last\"") == true)
    #expect(
      result.stderr.contains(
        "warning: schema IF-002-Payload: $ref '#/components/schemas/Loop' in 'spec/Interfaces-EventCodes-unresolved.json' leads back to itself"
      ), "\(result.stderr)")
  }

  @Test func handWrittenFieldsSurvive() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    try w.write("cat/catalogue.json", #"{ "format": 1, "name": "test" }"#)
    try w.write(
      "cat/interfaces/IF-021.json",
      #"""
      {
        "id": "IF-021",
        "name": "Hand name",
        "version": "1.1",
        "status": "active",
        "transport": "dip",
        "from": ["SDS"],
        "to": ["SUP"],
        "responseTimes": { "acknowledgement": { "within": "PT6S" } },
        "history": [ { "version": "1.1", "release": "IR7", "changes": ["DIN-922"], "summary": "s" } ],
        "sources": ["DAG031 headline report, 13 Dec 2023"]
      }
      """#)
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--only", "IF-021"])
    #expect(result.status == 0)
    let text = try #require(w.read("cat/interfaces/IF-021.json"))
    #expect(text.contains("\"name\": \"UTC Settlement Period Consumption Data\""))
    #expect(text.contains("\"version\": \"1.1\""))
    #expect(text.contains("\"within\": \"PT6S\""))
    #expect(text.contains("\"DIN-922\""))
    #expect(text.contains("\"from\": [\n    \"SDS\"\n  ]"))
    #expect(
      text.contains(
        "\"DAG031 headline report, 13 Dec 2023\",\n    \"DIP API 2.1.0 (Elexon, Interfaces-EventCodes)\""))
  }

  @Test func checkNoticesMissingAndDifferingEntities() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    _ = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    let upToDate = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--check"])
    #expect(upToDate.status == 0)

    try FileManager.default.removeItem(atPath: w.path("cat/interfaces/IF-021.json"))
    let edited = try #require(w.read("cat/interfaces/REP-002A.json")).replacing("\"008\"", with: "\"007\"")
    try w.write("cat/interfaces/REP-002A.json", edited)
    let before = w.snapshot()
    let outOfDate = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--check"])
    #expect(outOfDate.status == 1)
    #expect(outOfDate.stdout.contains("missing interfaces/IF-021.json"))
    #expect(outOfDate.stdout.contains("differs interfaces/REP-002A.json"))
    #expect(outOfDate.stdout.contains("schemaVersion: \"007\" → \"008\""))
    #expect(w.snapshot() == before)

    // --only limits what --check looks at.
    let selected = try w.run([
      "import", "dip-openapi", "spec", "--into", "cat", "--check", "--only", "IF-001",
    ])
    #expect(selected.status == 0)
  }

  @Test func dryRunPrintsAndWritesNothing() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    let before = w.snapshot()
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--dry-run"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("create interfaces/IF-021.json"))
    #expect(result.stdout.contains("events: [\"ActivePower\",\"ReactivePower\"]"))
    #expect(result.stdout.contains("dry run: nothing written"))
    #expect(w.snapshot() == before)
    #expect(!FileManager.default.fileExists(atPath: w.path("cat")))
  }

  @Test func onlyFromAFileWithComments() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    try w.write("select.txt", "# the interfaces we keep\nIF-021   # UTC data\n\nREP-002A\n")
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--only", "@select.txt"])
    #expect(result.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: w.path("cat/interfaces")).sorted()
    #expect(names == ["IF-021.json", "REP-002A.json"])
    #expect(!result.stderr.contains("IF-030"))

    let unknown = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--only", "IF-777"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("\"IF-777\" was selected but is not in the source"))
  }

  @Test func hostileIDsWriteNothingOutsideTheCatalogue() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec(extraPayloads: [
      Workspace.payload("../x", events: ["Evil"]),
      Workspace.payload("IF-001/../../x", events: ["Evil"]),
      Workspace.payload("IF-1", events: ["Evil"]),
    ])
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\"../x\" is not a valid interface id"))
    #expect(result.stderr.contains("\"IF-001/../../x\" is not a valid interface id"))
    #expect(result.stderr.contains("\"IF-1\" is not a valid interface id"))
    let files = w.snapshot().keys.sorted()
    #expect(
      files == [
        "cat/catalogue.json", "cat/interfaces/IF-001.json", "cat/interfaces/IF-021.json",
        "cat/interfaces/REP-002A.json", "spec/Interfaces-EventCodes-unresolved.json",
        "spec/SubmitEvents-unresolved.json",
      ])
    #expect(
      !FileManager.default.fileExists(
        atPath: w.root.deletingLastPathComponent().appendingPathComponent("x.json").path))
  }

  @Test func dtcImportResolvesAliasesAndReportsUnknownRoles() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeDTC()
    let result = try w.run(["import", "dtc", "dtc", "--into", "cat"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning: DTC role \"Martian\" (in D0379) resolves to no role"))
    let d0001 = try #require(w.read("cat/dataflows/D0001.json"))
    #expect(d0001.contains("\"version\": \"002\""))
    #expect(d0001.contains("\"name\": \"Request Metering System Investigation\""))
    // Supplier→SDSA and SUP→SDSA collapse into one route.
    #expect(d0001.components(separatedBy: "\"from\"").count == 2)
    #expect(d0001.contains("\"from\": \"SUP\",\n      \"to\": \"SDS\""))
    #expect(d0001.contains("\"DTC 15.4 (third-party JSON extraction)\""))
    let d0379 = try #require(w.read("cat/dataflows/D0379.json"))
    #expect(d0379.contains("\"from\": \"Martian\""))

    let check = try w.run(["import", "dtc", "dtc/flows/D0001_v002.json", "--into", "cat", "--check"])
    #expect(check.status == 0)
  }

  @Test func csvImportAndHeaderErrors() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.write(
      "flows.csv",
      "\u{FEFF}Flow,Version,Name,Ownership,Disposition,Replaced by,Decision,Rationale\r\n"
        + "D0012,001,\"Confirmation, of \"\"Inclusion\"\"\",MRA,removed,IF-021; IF-013,DAG-DEC57,\"two\r\nlines\"\r\n"
    )
    let result = try w.run(["import", "csv", "flows.csv", "--kind", "dataflows", "--into", "cat"])
    #expect(result.status == 0)
    let text = try #require(w.read("cat/dataflows/D0012.json"))
    #expect(text.contains("\"name\": \"Confirmation, of \\\"Inclusion\\\"\""))
    #expect(
      text.contains(
        "\"mhhs\": {\n    \"disposition\": \"removed\",\n    \"replacedBy\": [\n      \"IF-021\",\n      \"IF-013\"\n    ],"
      ))
    #expect(text.contains("\"rationale\": \"two\\r\\nlines\""))

    try w.write("bad.csv", "id,colour\nIF-001,red\n")
    let bad = try w.run(["import", "csv", "bad.csv", "--kind", "interfaces", "--into", "cat"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("unknown column \"colour\""))
  }

  @Test func anEntityFileLinkedOutsideIsReportedAndNotWrittenThrough() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    #expect(try w.run(["import", "dip-openapi", "spec", "--into", "cat"]).status == 0)
    let outside = #"{ "id": "IF-021", "name": "Outside the catalogue" }"#
    try w.write("outside.json", outside)
    try FileManager.default.removeItem(atPath: w.path("cat/interfaces/IF-021.json"))
    try FileManager.default.createSymbolicLink(
      atPath: w.path("cat/interfaces/IF-021.json"), withDestinationPath: w.path("outside.json"))
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "cat/interfaces/IF-021.json is a symbolic link; import neither reads nor writes"),
      "\(result.stderr)")
    #expect(w.read("outside.json") == outside)
    let names = try FileManager.default.contentsOfDirectory(atPath: w.path("cat/interfaces")).sorted()
    #expect(names == ["IF-001.json", "IF-021.json", "REP-002A.json"])
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: w.path("cat/interfaces/IF-021.json"))
        == w.path("outside.json"))
  }

  @Test func aFolderLinkedOutsideIsNotWrittenInto() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    try FileManager.default.createDirectory(atPath: w.path("elsewhere"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: w.path("cat"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: w.path("cat/interfaces"), withDestinationPath: w.path("elsewhere"))
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cat/interfaces is a symbolic link"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: w.path("elsewhere")).isEmpty)
  }

  @Test func anOnlyFileLinkedToDevZeroIsRefusedAtOnce() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    try FileManager.default.createSymbolicLink(atPath: w.path("ids.txt"), withDestinationPath: "/dev/zero")
    let result = try MHHSBinary.run(
      ["import", "dip-openapi", "spec", "--into", "cat", "--only", "@ids.txt"], in: w.root, timeLimit: 30)
    #expect(!result.timedOut, "--only @FILE kept reading /dev/zero")
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("cannot read the --only file 'ids.txt': it is a character device"),
      "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: w.path("cat")))
  }

  @Test func anOnlyFileOverItsCapIsRefused() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeSpec()
    try w.write("ids.txt", "")
    #expect(truncate(w.path("ids.txt"), (1 << 20) + 1) == 0)
    let result = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--only", "@ids.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("a list of ids may hold at most 1 MiB"), "\(result.stderr)")
  }

  @Test func aSourceThatIsAFIFOIsExit2WithoutWaiting() throws {
    let w = try Workspace()
    defer { w.remove() }
    #expect(mkfifo(w.path("flows.csv"), 0o644) == 0)
    let result = try MHHSBinary.run(
      ["import", "csv", "flows.csv", "--kind", "dataflows", "--into", "cat"], in: w.root, timeLimit: 30)
    #expect(!result.timedOut)
    #expect(result.status == 2)
    #expect(result.stderr.contains("'flows.csv' is a FIFO (named pipe)"), "\(result.stderr)")
  }

  @Test func unusableSourcesAndCommandLinesExitTwo() throws {
    let w = try Workspace()
    defer { w.remove() }
    #expect(try w.run(["import", "dip-openapi", "nowhere", "--into", "cat"]).status == 2)
    #expect(try w.run(["import", "dip-openapi", "nowhere"]).status == 2)
    #expect(
      try w.run(["import", "swagger", "x", "--into", "cat"]).stderr.contains(
        "unknown import source 'swagger'"))
    #expect(try w.run(["import", "csv", "x.csv", "--into", "cat"]).status == 2)
    #expect(try w.run(["import", "dtc", "x", "--into", "cat", "--only", "@missing.txt"]).status == 2)
  }

  @Test func mappingCSVMatchesTheImportedCatalogue() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writeDTC()
    _ = try w.run(["import", "dtc", "dtc", "--into", "cat"])
    try w.write(
      "rows.csv",
      "Flow,Disposition,Replaced by,Rationale\r\nD0379,retained,IF-021,\"kept, \"\"for now\"\"\"\r\n")
    _ = try w.run(["import", "csv", "rows.csv", "--kind", "dataflows", "--into", "cat"])
    let result = try w.run(["mapping", "cat", "--output", "map.csv"])
    #expect(result.status == 0)
    let bytes = try #require(FileManager.default.contents(atPath: w.path("map.csv")))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(
      text == "Flow,Version,Name,Ownership,Disposition,Replaced by,Decision,Rationale\r\n"
        + "D0001,002,Request Metering System Investigation,MRA,,,,\r\n"
        + "D0379,001,Half Hourly Advances UTC,MRA,retained,IF-021,,\"kept, \"\"for now\"\"\"\r\n")

    // The table reads back in as a CSV import and changes nothing: no field differs, and
    // provenance is recorded only where values change.
    let again = try w.run(["import", "csv", "map.csv", "--kind", "dataflows", "--into", "cat", "--check"])
    #expect(again.status == 0)
    #expect(!again.stdout.contains("differs"))
  }

  /// A mapping CSV is written for Excel: cells Excel would run as formulas get a `'` in front,
  /// and `import csv` takes exactly that `'` away again, so the table reads back unchanged.
  @Test func mappingCSVNeutralisesFormulasAndReadsBack() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.write(
      "rows.csv",
      "Flow,Version,Name,Ownership,Rationale\r\n"
        + "D0001,001,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",MRA,@SUM(1+1)*cmd|' /C calc'!A0\r\n"
        + "D0002,001,''=genuinely quoted,MRA,\"-1+1\"\r\n")
    let imported = try w.run(["import", "csv", "rows.csv", "--kind", "dataflows", "--into", "cat"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(
      try #require(w.read("cat/dataflows/D0001.json")).contains(
        #""name": "=HYPERLINK(\"http://evil.example\",\"click\")""#))
    #expect(try #require(w.read("cat/dataflows/D0002.json")).contains(#""name": "'=genuinely quoted""#))

    #expect(try w.run(["mapping", "cat", "--output", "map.csv"]).status == 0)
    let text = String(
      decoding: try #require(FileManager.default.contents(atPath: w.path("map.csv"))).dropFirst(3),
      as: UTF8.self)
    #expect(
      text == "Flow,Version,Name,Ownership,Disposition,Replaced by,Decision,Rationale\r\n"
        + "D0001,001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",MRA,,,,'@SUM(1+1)*cmd|' /C calc'!A0\r\n"
        + "D0002,001,''=genuinely quoted,MRA,,,,'-1+1\r\n")

    let again = try w.run(["import", "csv", "map.csv", "--kind", "dataflows", "--into", "cat", "--check"])
    let details = again.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }
    #expect(details.allSatisfy { $0.hasPrefix("  sources: ") }, "\(again.stdout)")
  }
}

// MARK: - Payloads

extension Workspace {
  /// The payload documents of the mini specification (hand-made, not copies of the published
  /// ones): DT-001 with a pattern, DT-035 defined twice, DI-001 typed by DT-001, block S1 with
  /// DI-001 and a `$ref` to a block that does not exist, and IF-005, whose payload carries S1.
  func writePayloadSpec(pattern: String? = "^[A-Z]+$") throws {
    func document(_ title: String, _ body: String) -> String {
      """
      { "openapi": "3.0.0", "info": { "title": "\(title)", "version": "2.1.0" },
        "components": { "schemas": { \(body) } } }
      """
    }
    let patternMember = pattern.map { #", "pattern": "\#($0)""# } ?? ""
    try write(
      "spec/DataTypes-unresolved.json",
      document(
        "DataTypes",
        #""DT-001-Code": { "description": "Code", "type": "string", "maxLength": 8\#(patternMember) },"#
          + #""DT-035-Sort-Code": { "type": "string", "maxLength": 6 },"#
          + #""DT-035-Account": { "type": "string", "maxLength": 8 }"#))
    try write(
      "spec/DataCatalogue-unresolved.json",
      document(
        "DataCatalogue",
        #""DI-001-Code-Item": { "$ref": "DataTypes-unresolved.json#/components/schemas/DT-001-Code" }"#))
    try write(
      "spec/RealCommonBlocks-unresolved.json",
      document(
        "RealCommonBlocks",
        ##""S1": { "description": "Sender", "type": "object", "required": ["code"], "properties": { "code": { "$ref": "DataCatalogue-unresolved.json#/components/schemas/DI-001-Code-Item" }, "lost": { "$ref": "#/components/schemas/B404" } } }"##
      ))
    try writeSpec(extraPayloads: [
      #"""
      "IF-005-Payload": { "type": "object", "properties": { "CommonBlock": { "required": ["S0", "S1"], "properties": {
        "S0": { "properties": { "interfaceID": { "enum": ["IF-005"] }, "schemaVersion": { "enum": ["001"] }, "eventCode": { "enum": ["[Go]"] } } },
        "S1": { "$ref": "RealCommonBlocks-unresolved.json#/components/schemas/S1" } } } } }
      """#
    ])
  }
}

extension ImportCommandTests {
  @Test func dipImportReadsPayloadsAndIsIdempotent() throws {
    let w = try Workspace()
    defer { w.remove() }
    try w.writePayloadSpec()
    let first = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("DT-035"))
    #expect(first.stderr.contains("B404"))
    #expect(w.read("cat/datatypes/DT-035.json") == nil)
    let type = try #require(w.read("cat/datatypes/DT-001.json"))
    #expect(type.contains(#""pattern": "^[A-Z]+$""#))
    #expect(type.contains(#""DIP API 2.1.0 (Elexon, DataTypes)""#))
    #expect(try #require(w.read("cat/dataitems/DI-001.json")).contains(#""dataType": "DT-001""#))
    let block = try #require(w.read("cat/blocks/S1.json"))
    #expect(block.contains(#""item": "DI-001""#) && block.contains("RealCommonBlocks"))
    let interface = try #require(w.read("cat/interfaces/IF-005.json"))
    #expect(interface.contains(#""block": "S1""#) && interface.contains(#""section": "common""#))

    let before = w.snapshot()
    let second = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(second.stdout.contains("0 created, 0 updated"))
    #expect(w.snapshot() == before)
    let check = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--check"])
    #expect(check.status == 0)
    let lint = try w.run(["lint", "cat", "--format", "json"])
    #expect(lint.stdout.contains(#""block": 1"#))
    for folder in ["blocks/", "datatypes/", "dataitems/"] { #expect(!lint.stdout.contains("cat/" + folder)) }

    // The publication drops the pattern: --check sees it, the import removes it.
    try w.writePayloadSpec(pattern: nil)
    let stale = try w.run(["import", "dip-openapi", "spec", "--into", "cat", "--check"])
    #expect(stale.status == 1)
    #expect(stale.stdout.contains("differs datatypes/DT-001.json"))
    _ = try w.run(["import", "dip-openapi", "spec", "--into", "cat"])
    #expect(try #require(w.read("cat/datatypes/DT-001.json")).contains("pattern") == false)

    // --only selects ids of any kind.
    let only = try w.run([
      "import", "dip-openapi", "spec", "--into", "cat", "--check", "--only", "DI-001,IF-005",
    ])
    #expect(only.status == 0)
  }
}
