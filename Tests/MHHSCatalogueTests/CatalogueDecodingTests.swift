import MHHSCatalogue
import Testing

/// Decoding entity files into the model: schema findings with their exact location, and what
/// the loader does with ids, byte order marks and the format version.
@Suite struct CatalogueDecodingTests {
  struct SchemaCase: CustomTestStringConvertible, Sendable {
    var name: String
    var path: String
    var text: String
    /// A fragment the message must contain.
    var message: String
    var line: Int
    var column: Int
    var pointer: String
    var entity: String?
    var testDescription: String { name }
  }

  static let schemaCases: [SchemaCase] = [
    SchemaCase(
      name: "wrong type: number for a string",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001",
          "name": 5,
          "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"]
        }
        """,
      message: "`name` must be a string, not a number", line: 3, column: 11, pointer: "/name",
      entity: "IF-001"),
    SchemaCase(
      name: "wrong type: string for an array",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": "SDS",
          "to": ["SUP"]
        }
        """,
      message: "`from` must be an array, not a string", line: 3, column: 11, pointer: "/from",
      entity: "IF-001"),
    SchemaCase(
      name: "wrong type: array element",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": ["SDS", true],
          "to": ["SUP"]
        }
        """,
      message: "`from.1` must be a string, not a boolean", line: 3, column: 19, pointer: "/from/1",
      entity: "IF-001"),
    SchemaCase(
      name: "wrong type: nested duration",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": ["SDS"], "to": ["SUP"],
          "responseTimes": {
            "error": { "within": 6 }
          }
        }
        """,
      message: "`responseTimes.error.within` must be a string, not a number", line: 5, column: 26,
      pointer: "/responseTimes/error/within", entity: "IF-001"),
    SchemaCase(
      name: "not a duration",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": ["SDS"], "to": ["SUP"],
          "responseTimes": { "error": { "within": "6 seconds" } }
        }
        """,
      message: "not an ISO 8601 duration", line: 4, column: 43, pointer: "/responseTimes/error/within",
      entity: "IF-001"),
    SchemaCase(
      name: "missing required field: located at the object, pointing where the field belongs",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "transport": "dip",
          "from": ["SDS"], "to": ["SUP"]
        }
        """,
      message: "an interface is missing required field `status`", line: 1, column: 1, pointer: "/status",
      entity: "IF-001"),
    SchemaCase(
      name: "missing required field in a nested object",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": ["SDS"], "to": ["SUP"],
          "responseTimes": { "error": { "nfr": "E2E1009" } }
        }
        """,
      message: "missing required field `within`", line: 4, column: 31, pointer: "/responseTimes/error/within",
      entity: "IF-001"),
    SchemaCase(
      name: "missing id: no entity",
      path: "interfaces/IF-001.json",
      text: """
        { "name": "Example", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }
        """,
      message: "missing required field `id`", line: 1, column: 1, pointer: "/id", entity: nil),
    SchemaCase(
      name: "status outside the enum names the allowed values",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0",
          "status": "live",
          "transport": "dip", "from": ["SDS"], "to": ["SUP"]
        }
        """,
      message: "`status` is \"live\", which is not one of `draft`, `active`, `withdrawn`", line: 3,
      column: 13,
      pointer: "/status", entity: "IF-001"),
    SchemaCase(
      name: "transport outside the enum",
      path: "interfaces/IF-001.json",
      text: """
        { "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "email", "from": ["SDS"], "to": ["SUP"] }
        """,
      message: "which is not one of `dip`, `dtn`, `file`, `other`", line: 1, column: 89,
      pointer: "/transport",
      entity: "IF-001"),
    SchemaCase(
      name: "change request status with a near miss",
      path: "change-requests/CR001.json",
      text: """
        { "id": "CR001", "title": "Example", "status": "aproved" }
        """,
      message: "did you mean `approved`?", line: 1, column: 48, pointer: "/status", entity: "CR001"),
    SchemaCase(
      name: "D-flow ownership outside the enum",
      path: "dataflows/D0001.json",
      text: """
        {
          "id": "D0001", "version": "001", "name": "Example", "ownership": "ELEXON",
          "routes": [ { "from": "SDS", "to": "SUP" } ]
        }
        """,
      message: "`ownership` is \"ELEXON\", which is not one of `BSC`, `MRA`, `REC`, `DCUSA`", line: 2,
      column: 68, pointer: "/ownership", entity: "D0001"),
    SchemaCase(
      name: "D-flow disposition outside the enum",
      path: "dataflows/D0001.json",
      text: """
        {
          "id": "D0001", "version": "001", "name": "Example", "ownership": "BSC",
          "routes": [ { "from": "SDS", "to": "SUP" } ],
          "mhhs": { "disposition": "kept" }
        }
        """,
      message: "not one of `retained`, `removed`, `amended`, `new`", line: 4, column: 28,
      pointer: "/mhhs/disposition", entity: "D0001"),
    SchemaCase(
      name: "unknown field with the nearest name",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": ["SDS"], "to": ["SUP"],
          "responeTimes": {}
        }
        """,
      message: "unknown field `responeTimes` in an interface; did you mean `responseTimes`?", line: 4,
      column: 3, pointer: "/responeTimes", entity: "IF-001"),
    SchemaCase(
      name: "unknown nested field",
      path: "interfaces/IF-001.json",
      text: """
        {
          "id": "IF-001", "name": "Example", "version": "1.0", "status": "active", "transport": "dip",
          "from": ["SDS"], "to": ["SUP"],
          "responseTimes": { "eror": { "within": "PT6S" } }
        }
        """,
      message: "unknown field `eror` in `responseTimes`; did you mean `error`?", line: 4, column: 22,
      pointer: "/responseTimes/eror", entity: "IF-001"),
    SchemaCase(
      name: "unknown field with no near name",
      path: "nfrs/E2E1009.json",
      text: """
        { "id": "E2E1009", "title": "Validation response time", "responseTime": "PT6S", "colour": "blue" }
        """,
      message: "unknown field `colour` in an NFR", line: 1, column: 81, pointer: "/colour", entity: "E2E1009"),
    SchemaCase(
      name: "validation level out of range",
      path: "nfrs/E2E1009.json",
      text: """
        { "id": "E2E1009", "title": "Validation", "responseTime": "PT6S", "appliesTo": { "validationLevels": [5] } }
        """,
      message: "validation level 5 does not exist", line: 1, column: 103,
      pointer: "/appliesTo/validationLevels/0", entity: "E2E1009"),
    SchemaCase(
      name: "a role in roles.json without a name",
      path: "roles.json",
      text: """
        { "roles": [
          { "id": "SDS", "name": "Smart Data Service" },
          { "id": "SUP" }
        ] }
        """,
      message: "a role is missing required field `name`", line: 3, column: 3, pointer: "/roles/1/name",
      entity: "SUP"),
    SchemaCase(
      name: "a release date that does not exist",
      path: "releases.json",
      text: """
        { "releases": [
          { "id": "M5", "name": "Baseline", "date": "2023-02-30" }
        ] }
        """,
      message: "not a date written YYYY-MM-DD", line: 2, column: 45, pointer: "/releases/0/date", entity: "M5"
    ),
    SchemaCase(
      name: "an entity file that is not an object",
      path: "interfaces/IF-001.json",
      text: "[]",
      message: "an interface must be an object, not an array", line: 1, column: 1, pointer: "", entity: nil),
    SchemaCase(
      name: "the manifest's format must be a whole number",
      path: "catalogue.json",
      text: #"{ "format": "1", "name": "Test" }"#,
      message: "`format` must be a whole number, not a string", line: 1, column: 13, pointer: "/format",
      entity: nil),
  ]

  @Test("schema finding", arguments: schemaCases)
  func schemaFinding(_ c: SchemaCase) throws {
    let catalogue = try CatalogueFixture.load([c.path: c.text])
    let schema = catalogue.issues(.schema)
    #expect(catalogue.issues.count == schema.count, "unexpected issues: \(catalogue.issues.map(\.message))")
    let issue = try #require(schema.first { $0.message.contains(c.message) }, "got \(schema.map(\.message))")
    #expect(issue.location.file == "catalogue/" + c.path)
    #expect(issue.location.position == Position(line: c.line, column: c.column), "\(issue.message)")
    #expect(issue.location.pointer == c.pointer)
    #expect(issue.entityID == c.entity)
  }

  @Test func aCompleteInterfaceHasNoIssuesAndKeepsItsValues() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-021.json": CatalogueFixture.interface(
        "IF-021",
        #", "responseTimes": { "error": { "within": "PT6S", "nfr": "E2E1009" } }, "replaces": ["D0379"], "timeBasis": "utc""#
      )
    ])
    #expect(catalogue.issues.isEmpty)
    let i = try #require(catalogue.interface("IF-021"))
    #expect(i.name?.value == "Example")
    #expect(i.status?.value == .active)
    #expect(i.transport?.value == .dip)
    #expect(i.from?.values() == ["SDS"])
    #expect(i.responseTimes?.value.error?.value.within?.value == ISODuration("PT6S"))
    #expect(i.responseTimes?.value.error?.value.nfr?.value == "E2E1009")
    #expect(i.replaces?.values() == ["D0379"])
    #expect(i.timeBasis?.value == .utc)
    #expect(i.origin.file == "catalogue/interfaces/IF-021.json")
    #expect(i.origin.relativePath == "interfaces/IF-021.json")
  }

  @Test func theXFieldIsNeverChecked() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": CatalogueFixture.interface(
        "IF-001", #", "x": { "responeTimes": 1, "anything": [null, {"deep": "value"}] }"#),
      "dataflows/D0001.json": #"""
      { "id": "D0001", "version": "001", "name": "F", "ownership": "BSC",
        "routes": [ { "from": "SDS", "to": "SUP", "x": 1 } ], "x": "tool data" }
      """#,
    ])
    // `x` is allowed on entities; inside nested objects it is allowed too.
    #expect(catalogue.issues.isEmpty, "\(catalogue.issues.map(\.message))")
    #expect(catalogue.interface("IF-001") != nil)
  }

  @Test func everyIssueInAFileIsReportedNotJustTheFirst() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": #"""
      { "id": "IF-001", "name": 1, "version": "1.0", "status": "live", "transport": "dip", "from": [], "to": ["SUP"], "colour": 1 }
      """#
    ])
    let messages = catalogue.issues(.schema).map(\.message)
    #expect(messages.count == 4, "\(messages)")
    #expect(messages.contains { $0.contains("`name`") })
    #expect(messages.contains { $0.contains("`status`") })
    #expect(messages.contains { $0.contains("`from` must list at least one entry") })
    #expect(messages.contains { $0.contains("`colour`") })
  }

  // MARK: Invalid JSON

  @Test func invalidJSONIsAnIssueWithTheParserLocation() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": "{\n  \"id\": \"IF-001\",\n}"
    ])
    let issue = try #require(catalogue.issues(.invalidJSON).first)
    #expect(issue.location.file == "catalogue/interfaces/IF-001.json")
    #expect(issue.location.position == Position(line: 3, column: 1))
    #expect(issue.message.contains("trailing comma"))
    #expect(issue.entityID == nil)
    #expect(catalogue.interface("IF-001") == nil)
  }

  @Test func invalidUTF8InAFileIsAnIssue() throws {
    let file = CatalogueLoader.File(
      relativePath: "interfaces/IF-001.json",
      contents: .success(Array(#"{ "id": "IF-001", "name": ""#.utf8) + [0xC0, 0xAF] + Array("\" }".utf8)))
    let base = CatalogueFixture.base.map { CatalogueLoader.File($0.key, $0.value) }
    let catalogue = try CatalogueLoader.load(files: base + [file])
    let issue = try #require(catalogue.issues(.invalidJSON).first)
    #expect(issue.message.contains("UTF-8"))
    #expect(issue.location.position == Position(line: 1, column: 28))
  }

  @Test func aByteOrderMarkIsReportedAndTheFileStillRead() throws {
    let file = CatalogueLoader.File(
      relativePath: "interfaces/IF-001.json",
      contents: .success([0xEF, 0xBB, 0xBF] + Array(CatalogueFixture.interface("IF-001").utf8)))
    let base = CatalogueFixture.base.map { CatalogueLoader.File($0.key, $0.value) }
    let catalogue = try CatalogueLoader.load(files: base + [file])
    let issue = try #require(catalogue.issues(.invalidJSON).first)
    #expect(issue.message.contains("byte order mark"))
    #expect(issue.location.position == Position(line: 1, column: 1))
    #expect(issue.location.file == "catalogue/interfaces/IF-001.json")
    #expect(catalogue.interface("IF-001") != nil)
  }

  @Test func anUnreadableFileIsAnIssueAtTheStartOfIt() throws {
    let base = CatalogueFixture.base.map { CatalogueLoader.File($0.key, $0.value) }
    let catalogue = try CatalogueLoader.load(
      files: base + [.init(relativePath: "nfrs/N1.json", contents: .failure(.init("cannot be read: denied")))]
    )
    let issue = try #require(catalogue.issues(.invalidJSON).first)
    #expect(issue.message == "nfrs/N1.json cannot be read: denied")
    #expect(issue.location.position == .start)
  }

  // MARK: Ids

  @Test func aFileWhoseNameDiffersFromItsIdKeepsItsPath() throws {
    let catalogue = try CatalogueFixture.load(["interfaces/IF-001.json": CatalogueFixture.interface("IF-002")]
    )
    #expect(catalogue.interface("IF-001") == nil)
    let i = try #require(catalogue.interface("IF-002"))
    #expect(i.origin.relativePath == "interfaces/IF-001.json")
    #expect(i.id.position == Position(line: 1, column: 3))
  }

  @Test func duplicateIdsAreReportedAtBothPlaces() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": "{\n" + String(CatalogueFixture.interface("IF-001").dropFirst()),
      "interfaces/IF-001-copy.json": CatalogueFixture.interface("IF-001"),
    ])
    let issues = catalogue.issues(.duplicateID)
    #expect(issues.count == 2)
    // Files load in sorted order: `IF-001-copy.json` comes before `IF-001.json`.
    let locations = issues.map {
      "\($0.location.file):\($0.location.line):\($0.location.column)\($0.location.pointer)"
    }
    #expect(
      Set(locations) == [
        "catalogue/interfaces/IF-001-copy.json:1:3/id", "catalogue/interfaces/IF-001.json:2:2/id",
      ])
    #expect(issues.allSatisfy { $0.entityID == "IF-001" })
    #expect(issues.contains { $0.message.contains("catalogue/interfaces/IF-001.json:2:2") })
    #expect(issues.contains { $0.message.contains("catalogue/interfaces/IF-001-copy.json:1:3") })
    // The first one wins.
    #expect(catalogue.interface("IF-001")?.origin.relativePath == "interfaces/IF-001-copy.json")
    #expect(catalogue.count(of: .interface) == 1)
  }

  @Test func duplicateRolesInOneFile() throws {
    let catalogue = try CatalogueFixture.load([
      "roles.json": #"{ "roles": [ { "id": "SDS", "name": "A" }, { "id": "SDS", "name": "B" } ] }"#
    ])
    let issues = catalogue.issues(.duplicateID)
    #expect(issues.map(\.location.pointer).sorted() == ["/roles/0/id", "/roles/1/id"])
    #expect(catalogue.role("SDS")?.name?.value == "A")
  }

  // MARK: Format

  @Test func aHigherFormatStopsTheLoad() {
    #expect(
      throws: CatalogueLoadError.unsupportedFormat(file: "catalogue/catalogue.json", found: 2, supported: 1)
    ) {
      try CatalogueFixture.load(["catalogue.json": #"{ "format": 2, "name": "Future" }"#])
    }
    let error = CatalogueLoadError.unsupportedFormat(file: "catalogue/catalogue.json", found: 2, supported: 1)
    #expect(error.description.contains("format 2"))
    #expect(error.description.contains("upgrade"))
  }

  @Test func formatOneLoads() throws {
    let catalogue = try CatalogueFixture.load([:])
    #expect(catalogue.manifest?.format?.value == 1)
    #expect(catalogue.manifest?.name?.value == "Test catalogue")
  }

  // MARK: Lookup and releases

  @Test func lookupByIdForEveryKind() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": CatalogueFixture.interface("IF-001"),
      "dataflows/D0001.json":
        #"{ "id": "D0001", "version": "001", "name": "F", "ownership": "BSC", "routes": [ { "from": "SDS", "to": "SUP" } ] }"#,
      "nfrs/E2E1009.json": #"{ "id": "E2E1009", "title": "T", "responseTime": "PT6S" }"#,
      "change-requests/CR034.json": #"{ "id": "CR034", "title": "T", "status": "approved" }"#,
    ])
    #expect(catalogue.interface("IF-001")?.id.value == "IF-001")
    #expect(catalogue.dataflow("D0001")?.ownership?.value == .BSC)
    #expect(catalogue.nfr("E2E1009")?.responseTime?.value == ISODuration("PT6S"))
    #expect(catalogue.changeRequest("CR034")?.status?.value == .approved)
    #expect(catalogue.role("SUP")?.name?.value == "Supplier")
    #expect(catalogue.release("IR7")?.date?.value == CalendarDate("2024-01-31"))
    #expect(catalogue.interface("IF-002") == nil)
    #expect(catalogue.dataflow("IF-001") == nil)
    #expect(catalogue.kind(of: "CR034") == .changeRequest)
    #expect(catalogue.kind(of: "nothing") == nil)
  }

  @Test func releaseRankOrdersByDateWithUndatedReleasesAfterTheirPredecessor() throws {
    let catalogue = try CatalogueFixture.load([
      "releases.json": #"""
      { "releases": [
        { "id": "R0", "name": "Undated, first in the file" },
        { "id": "M5", "name": "Baseline", "date": "2022-10-31" },
        { "id": "IR7", "name": "IR7", "date": "2024-01-31" },
        { "id": "IR8", "name": "IR8, not dated yet" },
        { "id": "IR6", "name": "IR6, listed late", "date": "2023-06-01" },
        { "id": "IR6.5", "name": "Same day as IR6", "date": "2023-06-01" }
      ] }
      """#
    ])
    let order = ["R0", "M5", "IR6", "IR6.5", "IR7", "IR8"]
    #expect(order.map { catalogue.releaseRank($0) } == Array(0..<order.count).map { Optional($0) })
    #expect(catalogue.releaseRank("IR9") == nil)
  }
}
