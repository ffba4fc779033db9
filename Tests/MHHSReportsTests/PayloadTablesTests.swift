import Foundation
import MHHSCatalogue
import MHHSReports
import Testing

/// `mapping --by item` and `--by payload` over a small inline catalogue, and one row of the
/// shipped catalogue checked by hand against the published DIP 2.1.0.
@Suite struct PayloadTablesTests {
  static let files: [CatalogueLoader.File] = [
    .init("catalogue.json", #"{ "format": 1, "name": "test" }"#),
    .init(
      "releases.json",
      #"{ "releases": [ { "id": "M5", "name": "M5", "date": "2022-10-31" }, { "id": "IR7", "name": "IR7", "date": "2024-01-31" } ] }"#
    ),
    .init("roles.json", #"{ "roles": [ { "id": "SDS", "name": "Smart Data Service" } ] }"#),
    .init(
      "interfaces/IF-021.json",
      #"""
      { "id": "IF-021", "name": "Consumption", "version": "1.0", "status": "active", "transport": "dip",
        "from": ["SDS"], "to": ["SDS"], "introducedIn": "M5", "events": ["ActivePower", "ReactivePower"],
        "payload": [
          { "events": ["ActivePower"], "blocks": [
            { "block": "S1", "section": "common", "required": true },
            { "block": "B044", "section": "custom", "required": false } ] },
          { "events": ["ReactivePower"], "blocks": [
            { "block": "S1", "section": "common", "required": true },
            { "block": "B900", "name": "B900List", "section": "custom", "required": true, "list": { "min": 1 } } ] } ] }
      """#),
    .init(
      "interfaces/IF-099.json",
      #"""
      { "id": "IF-099", "name": "Later", "version": "1.0", "status": "active", "transport": "dip",
        "from": ["SDS"], "to": ["SDS"], "introducedIn": "IR7", "events": ["Later"],
        "payload": [ { "blocks": [ { "block": "S1", "section": "common", "required": true } ] } ] }
      """#),
    .init(
      "blocks/S1.json",
      #"{ "id": "S1", "name": "Sender", "fields": [ { "name": "senderUniqueReference", "item": "DI-995", "required": true } ] }"#
    ),
    .init(
      "blocks/B044.json",
      #"""
      { "id": "B044", "name": "Issuing Data Service", "fields": [
        { "name": "issuingDataServiceDIPID", "item": "DI-845", "required": true },
        { "name": "note", "type": "string", "maxLength": 5, "required": false } ] }
      """#),
    .init(
      "blocks/B900.json",
      #"""
      { "id": "B900", "name": "Periods", "fields": [
        { "name": "periods", "block": "B901", "required": true, "list": { "min": 1, "max": 48 } } ] }
      """#),
    .init(
      "blocks/B901.json",
      #"{ "id": "B901", "name": "Period", "fields": [ { "name": "issuer", "item": "DI-845", "required": true } ] }"#
    ),
    .init(
      "datatypes/DT-995.json",
      #"{ "id": "DT-995", "name": "Sender Unique Reference", "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^S-\\d+$" }"#
    ),
    .init(
      "dataitems/DI-995.json", #"{ "id": "DI-995", "name": "Sender Unique Reference", "dataType": "DT-995" }"#
    ),
    .init(
      "dataitems/DI-845.json",
      #"{ "id": "DI-845", "name": "Issuing DIP ID", "type": "string", "enum": ["A", "B"], "nullable": true }"#
    ),
    .init("dataitems/DI-001.json", #"{ "id": "DI-001", "name": "Carried by nobody", "type": "boolean" }"#),
  ]

  let catalogue = try! CatalogueLoader.load(files: Self.files)

  func column(_ table: MappingTable, _ key: String) -> [String] {
    let index = table.columns.firstIndex { $0.key == key }!
    return table.rows.map { $0[index].text }
  }

  @Test func itemTableListsEveryCarrierAndPath() throws {
    let table = try MappingTable.build(catalogue, by: .item)
    #expect(
      table.columns.map(\.title) == [
        "Item", "Name", "Interface", "Events", "Blocks", "Wire path", "Required",
      ])
    #expect(
      table.rows.map { $0.map(\.text) } == [
        ["DI-001", "Carried by nobody", "", "", "", "", ""],
        [
          "DI-845", "Issuing DIP ID", "IF-021", "ActivePower", "B044",
          "CustomBlock.B044.issuingDataServiceDIPID",
          "if CustomBlock.B044 is present",
        ],
        [
          "DI-845", "Issuing DIP ID", "IF-021", "ReactivePower", "B900 > B901",
          "CustomBlock.B900List[].periods[].issuer", "yes",
        ],
        [
          "DI-995", "Sender Unique Reference", "IF-021", "ActivePower; ReactivePower", "S1",
          "CommonBlock.S1.senderUniqueReference", "yes",
        ],
        [
          "DI-995", "Sender Unique Reference", "IF-099", "Later", "S1",
          "CommonBlock.S1.senderUniqueReference", "yes",
        ],
      ])
  }

  @Test func payloadTableFlattensEachVariant() throws {
    let table = try MappingTable.build(catalogue, by: .payload)
    #expect(
      table.columns.map(\.key) == [
        "interface", "variant", "events", "wirePath", "block", "item", "name", "dataType", "type",
        "constraints",
        "required", "list",
      ])
    #expect(
      column(table, "wirePath") == [
        "CommonBlock.S1", "CommonBlock.S1.senderUniqueReference", "CustomBlock.B044",
        "CustomBlock.B044.issuingDataServiceDIPID", "CustomBlock.B044.note",
        "CommonBlock.S1", "CommonBlock.S1.senderUniqueReference", "CustomBlock.B900List[]",
        "CustomBlock.B900List[].periods[]", "CustomBlock.B900List[].periods[].issuer",
        "CommonBlock.S1", "CommonBlock.S1.senderUniqueReference",
      ])
    #expect(column(table, "variant") == ["1", "1", "1", "1", "1", "2", "2", "2", "2", "2", "1", "1"])
    #expect(
      table.rows[1].map(\.text) == [
        "IF-021", "1", "ActivePower", "CommonBlock.S1.senderUniqueReference", "", "DI-995",
        "Sender Unique Reference",
        "DT-995", "string", #"minLength 1; maxLength 200; pattern ^S-\d+$"#, "yes", "",
      ])
    #expect(table.rows[3][9] == .list(["enum A, B", "nullable"]))
    #expect(table.rows[4].map(\.text)[5...] == ["", "", "", "string", "maxLength 5", "no", ""])
    #expect(table.rows[8].map(\.text)[4...] == ["B901", "", "Period", "", "object", "", "yes", "1..48"])
    #expect(column(table, "list")[7] == "1..*")
    #expect(column(table, "events")[10] == "Later")
  }

  @Test func releaseScopesTheCarriers() throws {
    let items = try MappingTable.build(catalogue, by: .item, release: "M5")
    #expect(!column(items, "interface").contains("IF-099"))
    #expect(column(items, "item") == ["DI-001", "DI-845", "DI-845", "DI-995"])
    let payload = try MappingTable.build(catalogue, by: .payload, release: "M5")
    #expect(Set(column(payload, "interface")) == ["IF-021"])
    #expect(throws: MappingTable.BuildError.self) {
      try MappingTable.build(catalogue, by: .item, release: "X")
    }
  }

  @Test func everyFormatRendersThePayloadTables() throws {
    for grouping in [MappingTable.Grouping.item, .payload] {
      let table = try MappingTable.build(catalogue, by: grouping)
      let csv = try CSV.parse(Array(table.csv().utf8)).get()
      #expect(csv.count == table.rows.count + 1)
      #expect(
        csv.dropFirst().map { $0.count } == Array(repeating: table.columns.count, count: table.rows.count))
      let json = try JSONParser.parse(table.json()).get()
      #expect(json[value: "by"]?.stringValue == grouping.rawValue)
      #expect(json[value: "rows"]?.elements?.count == table.rows.count)
      #expect(table.markdown().contains("CommonBlock.S1.senderUniqueReference"))
      #expect(table.html().contains("<td>CommonBlock.S1.senderUniqueReference</td>"))
    }
    let json = try JSONParser.parse(try MappingTable.build(catalogue, by: .payload).json()).get()
    let first = try #require(json[value: "rows"]?.elements?[1])
    #expect(
      first[value: "constraints"]?.plain
        == .array([.string("minLength 1"), .string("maxLength 200"), .string(#"pattern ^S-\d+$"#)]))
    #expect(first[value: "block"]?.plain == .null)
  }

  /// IF-021 in the published DIP 2.1.0 (Interfaces-EventCodes `IF-021-Payload`): `CustomBlock`
  /// requires `B044`, whose required `issuingDataServiceDIPID` is `DI-845-Issuing-Data-Service-DIP-ID`
  /// (DataCatalogue), a `$ref` to `DT-006-DIPParticipantID`: a string of exactly 10 characters.
  /// `B900.settlementDayConsumptionPeriods` is an array of 1 to 200 `B901`.
  @Test func shippedCatalogueMatchesThePublishedIF021() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let shipped = try CatalogueLoader.load(directory: root.appendingPathComponent("catalogue").path)
    let table = try MappingTable.build(shipped, by: .payload)
    let rows = table.rows.map { $0.map(\.text) }
    #expect(
      rows.contains([
        "IF-021", "1", "ActivePower; ReactivePower", "CustomBlock.B044.issuingDataServiceDIPID", "", "DI-845",
        "Issuing Data Service DIP ID", "DT-006", "string", "minLength 10; maxLength 10", "yes", "",
      ]))
    #expect(
      rows.contains {
        $0[0] == "IF-021" && $0[3] == "CustomBlock.B900.settlementDayConsumptionPeriods[]" && $0[4] == "B901"
          && $0[11] == "1..200"
      })
    let items = try MappingTable.build(shipped, by: .item)
    #expect(
      items.rows.contains {
        $0.map(\.text)[2...] == [
          "IF-021", "ActivePower; ReactivePower", "B044", "CustomBlock.B044.issuingDataServiceDIPID", "yes",
        ]
      })
  }
}
