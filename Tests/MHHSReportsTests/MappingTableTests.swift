import MHHSCatalogue
import MHHSReports
import Testing

@Suite struct MappingTableTests {
  static let files: [CatalogueLoader.File] = [
    .init("catalogue.json", #"{ "format": 1, "name": "test" }"#),
    .init(
      "releases.json",
      #"{ "releases": [ { "id": "M5", "name": "M5", "date": "2022-10-31" }, { "id": "IR7", "name": "IR7", "date": "2024-01-31" } ] }"#
    ),
    .init(
      "roles.json",
      #"{ "roles": [ { "id": "SDS", "name": "Smart Data Service" }, { "id": "SUP", "name": "Supplier" } ] }"#),
    .init(
      "interfaces/IF-021.json",
      #"""
      { "id": "IF-021", "name": "UTC Settlement Period Consumption Data", "version": "1.0", "status": "active",
        "transport": "dip", "from": ["SDS"], "to": ["SUP", "SDS"], "replaces": ["D0379"], "introducedIn": "M5" }
      """#),
    .init(
      "interfaces/IF-099.json",
      #"""
      { "id": "IF-099", "name": "Later | piped <b>", "version": "1.0", "status": "active",
        "transport": "dip", "from": ["SDS"], "to": ["SUP"], "introducedIn": "IR7" }
      """#),
    .init(
      "dataflows/D0379.json",
      #"""
      { "id": "D0379", "version": "001", "name": "Half Hourly Advances UTC", "ownership": "MRA",
        "routes": [ { "from": "SDS", "to": "SUP" } ],
        "mhhs": { "disposition": "retained", "replacedBy": ["IF-021", "IF-099"], "decision": "DAG-DEC57",
                  "rationale": "Kept, \"for now\", with a comma\nand a second line" } }
      """#),
    .init(
      "dataflows/D0012.json",
      #"""
      { "id": "D0012", "version": "001", "name": "Confirmation *of* Inclusion", "ownership": "MRA",
        "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "removed" } }
      """#),
  ]

  let catalogue = try! CatalogueLoader.load(files: Self.files)

  @Test func flowCSVParsesBackToTheCatalogue() throws {
    let table = try MappingTable.build(catalogue, by: .flow)
    let csv = table.csv()
    #expect(Array(csv.utf8).starts(with: CSV.byteOrderMark))
    #expect(csv.hasSuffix("\r\n"))
    let rows = try CSV.parse(Array(csv.utf8)).get()
    #expect(
      rows[0] == [
        "Flow", "Version", "Name", "Ownership", "Disposition", "Replaced by", "Decision", "Rationale",
      ])
    #expect(rows.count == 1 + catalogue.dataflows.count)
    #expect(rows.dropFirst().map { $0[0] } == ["D0012", "D0379"])
    for row in rows.dropFirst() {
      let flow = try #require(catalogue.dataflow(row[0]))
      #expect(row[1] == flow.version?.value)
      #expect(row[2] == flow.name?.value)
      #expect(row[3] == flow.ownership?.value.rawValue)
      #expect(row[4] == flow.mhhs?.value.disposition?.value.rawValue)
      let replacedBy = row[5].split(separator: ";").map { String($0).trimmingSpaces }
      #expect(replacedBy == (flow.mhhs?.value.replacedBy?.values() ?? []))
      #expect(row[6] == (flow.mhhs?.value.decision?.value ?? ""))
      #expect(row[7] == (flow.mhhs?.value.rationale?.value ?? ""))
    }
  }

  @Test func interfaceCSVParsesBackToTheCatalogue() throws {
    let rows = try CSV.parse(Array(try MappingTable.build(catalogue, by: .interface).csv().utf8)).get()
    #expect(rows[0] == ["Interface", "Name", "Transport", "From", "To", "Replaces"])
    #expect(
      rows[1] == ["IF-021", "UTC Settlement Period Consumption Data", "dip", "SDS", "SUP; SDS", "D0379"])
    #expect(rows[2][1] == "Later | piped <b>")
  }

  @Test func releaseScopesInterfaces() throws {
    let byInterface = try MappingTable.build(catalogue, by: .interface, release: "M5")
    #expect(byInterface.rows.map { $0[0].text } == ["IF-021"])
    let byFlow = try MappingTable.build(catalogue, by: .flow, release: "M5")
    #expect(byFlow.rows[1][5] == .list(["IF-021"]))
    let later = try MappingTable.build(catalogue, by: .flow, release: "IR7")
    #expect(later.rows[1][5] == .list(["IF-021", "IF-099"]))
  }

  @Test func unknownReleaseIsAnError() {
    #expect(throws: MappingTable.BuildError.self) {
      try MappingTable.build(catalogue, by: .flow, release: "IR8")
    }
  }

  @Test func markdownEscapesCells() throws {
    let markdown = try MappingTable.build(catalogue, by: .flow).markdown()
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines[2] == "| Flow | Version | Name | Ownership | Disposition | Replaced by | Decision | Rationale |")
    #expect(lines[3] == "| --- | --- | --- | --- | --- | --- | --- | --- |")
    #expect(lines[4].contains("Confirmation \\*of\\* Inclusion"))
    #expect(lines[5].contains("with a comma and a second line"))
    let interfaces = try MappingTable.build(catalogue, by: .interface).markdown()
    #expect(interfaces.contains("Later \\| piped &lt;b&gt;"))
  }

  @Test func htmlIsSelfContainedAndEscaped() throws {
    let html = try MappingTable.build(catalogue, by: .interface).html()
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("Later | piped &lt;b&gt;"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http"))
    #expect(!html.contains("<link"))
    #expect(html.contains("<style>"))
  }

  @Test func htmlEscapingCoversTheFiveCharacters() {
  }

  @Test func jsonHasArraysForListsAndNullForGaps() throws {
    let json = try MappingTable.build(catalogue, by: .flow).json()
    let value = try JSONParser.parse(json).get()
    let rows = try #require(value[value: "rows"]?.elements)
    #expect(rows[0][value: "replacedBy"]?.plain == .null)
    #expect(rows[1][value: "replacedBy"]?.plain == .array([.string("IF-021"), .string("IF-099")]))
    #expect(value[value: "by"]?.stringValue == "flow")
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
