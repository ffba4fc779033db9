import Testing

@testable import MHHSCatalogue

struct EntityFieldsTests {
  private func load(_ path: String, _ text: String) throws -> Catalogue {
    try CatalogueLoader.load(files: [CatalogueLoader.File(path, text)], directory: "c")
  }

  @Test func anInterfaceBecomesCanonicalFieldsWithPositions() throws {
    let text = """
      {
        "id": "IF-021", "name": "UTC Settlement Period Consumption Data", "version": "1.0",
        "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP", "LSS"],
        "events": ["ActivePower"], "schemaVersion": "011",
        "responseTimes": { "error": { "within": "PT6S", "nfr": "E2E1009" } },
        "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" } ],
        "x": { "anything": true }
      }
      """
    let catalogue = try load("interfaces/IF-021.json", text)
    let entity = try #require(catalogue.interface("IF-021"))
    let fields = EntityFields.fields(of: entity)
    #expect(
      fields.map(\.pointer) == [
        "/name", "/version", "/status", "/transport", "/from", "/to", "/events", "/schemaVersion",
        "/responseTimes/error/within", "/responseTimes/error/nfr", "/history/0",
      ])
    let to = try #require(fields.first { $0.pointer == "/to" })
    #expect(to.value == .array([.string("SUP"), .string("LSS")]))
    #expect(to.order == .unordered)
    #expect(to.position == Position(line: 3, column: 60))
    let within = try #require(fields.first { $0.pointer == "/responseTimes/error/within" })
    #expect(within.value == .string("PT6S"))
    #expect(within.position.line == 5)
    #expect(within.topLevelName == "responseTimes")
    let history = try #require(fields.first { $0.pointer == "/history/0" })
    #expect(history.order == .meaningful)
    #expect(history.value["version"] == .string("1.0"))
  }

  @Test func everyKindEncodes() throws {
    let files = [
      CatalogueLoader.File(
        "dataflows/D0379.json",
        #"{ "id": "D0379", "version": "001", "name": "Half Hourly Advances UTC", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" } }"#
      ),
      CatalogueLoader.File(
        "nfrs/E2E1009.json",
        #"{ "id": "E2E1009", "title": "Validation response time", "responseTime": "PT6S", "appliesTo": { "validationLevels": [4] } }"#
      ),
      CatalogueLoader.File(
        "change-requests/CR034.json",
        #"{ "id": "CR034", "title": "Delay", "status": "approved", "decidedOn": "2023-12-13" }"#),
      CatalogueLoader.File("datatypes/DT-001.json", #"{ "id": "DT-001", "name": "T", "type": "string" }"#),
      CatalogueLoader.File(
        "dataitems/DI-001.json", #"{ "id": "DI-001", "name": "I", "dataType": "DT-001" }"#),
      CatalogueLoader.File("blocks/B001.json", #"{ "id": "B001", "name": "B", "fields": [] }"#),
      CatalogueLoader.File(
        "roles.json", #"{ "roles": [ { "id": "SUP", "name": "Supplier", "aliases": ["Supplier"] } ] }"#),
      CatalogueLoader.File(
        "releases.json",
        #"{ "releases": [ { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" } ] }"#),
    ]
    let c = try CatalogueLoader.load(files: files, directory: "c")
    #expect(
      EntityFields.fields(of: c.dataflow("D0379")!).map(\.pointer) == [
        "/version", "/name", "/ownership", "/routes", "/mhhs/disposition", "/mhhs/decision",
      ])
    #expect(
      EntityFields.fields(of: c.dataflow("D0379")!).first { $0.pointer == "/routes" }?.value
        == .array([.object([("from", .string("SDS")), ("to", .string("SUP"))])]))
    #expect(
      EntityFields.fields(of: c.nfr("E2E1009")!).map(\.pointer) == [
        "/title", "/responseTime", "/appliesTo/validationLevels",
      ])
    #expect(
      EntityFields.fields(of: c.changeRequest("CR034")!).first { $0.pointer == "/decidedOn" }?.value
        == .string("2023-12-13"))
    #expect(EntityFields.fields(of: c.role("SUP")!).map(\.pointer) == ["/name", "/aliases"])
    #expect(EntityFields.fields(of: c.release("IR7")!).map(\.pointer) == ["/name", "/date"])
    for kind in EntityKind.allCases where kind != .interface {
      #expect(EntityFields.entities(of: kind, in: c).count == 1, "\(kind)")
    }
  }
}
