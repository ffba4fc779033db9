import MHHSCatalogue
import MHHSImport
import Testing

/// The `sources` line `mhhs import csv` writes names the file and the fields each row sets, so a
/// reader can tell which facts rest on the file (the DES138 roles CSV: `from, to`).
@Suite struct CSVSourceLineTests {
  private func merger(_ files: [String: String]) -> ImportMerger {
    var all = files
    all["catalogue.json"] = "{ \"format\": 1, \"name\": \"test\" }"
    let frozen = all
    return ImportMerger { path in frozen[path].map { .success(Array($0.utf8)) } }
  }

  private func entities(_ csv: String, file: String = "roles.csv") throws -> [ImportedEntity] {
    try CSVImporter.entities(csv: Array(csv.utf8), kind: .interfaces, file: file).entities
  }

  @Test func theLineNamesTheFileAndTheFieldsEachRowSets() throws {
    let rows = try entities("id,from,to\nIF-001,REGS,SUP;MDS\nIF-035,REGS,\nIF-041,,SUP\n")
    #expect(
      rows.map { $0.sourceLines.map(\.text) } == [
        ["CSV file 'roles.csv': from, to"], ["CSV file 'roles.csv': from"], ["CSV file 'roles.csv': to"],
      ])
  }

  @Test func aRowThatSetsNothingAddsNoSourcesLine() throws {
    let rows = try entities("id,from,to\nIF-047,,\n")
    #expect(rows.map(\.id) == ["IF-047"])
    #expect(rows[0].sourceLines.isEmpty)
    let plan = merger([
      "interfaces/IF-047.json":
        "{ \"id\": \"IF-047\", \"sources\": [\"DIP API 2.1.0 (Elexon, SubmitEvents)\"] }\n"
    ]).plan(rows)
    #expect(plan.changes.isEmpty)
    #expect(plan.upToDate == 1)
  }

  @Test func theLineIsAddedOnceAndKeepsOtherSources() throws {
    let rows = try entities("id,from,to\nIF-001,REGS,SUP\n")
    let old = "{ \"id\": \"IF-001\", \"sources\": [\"DIP API 2.1.0 (Elexon, SubmitEvents)\"] }\n"
    let plan = merger(["interfaces/IF-001.json": old]).plan(rows)
    let change = try #require(plan.changes.first)
    let written = try JSONParser.parse(change.new).get().plain
    guard case .object(let members) = written else {
      Issue.record("not an object")
      return
    }
    #expect(
      members.first { $0.0 == "sources" }?.1
        == .array([
          .string("DIP API 2.1.0 (Elexon, SubmitEvents)"), .string("CSV file 'roles.csv': from, to"),
        ]))
    let again = merger(["interfaces/IF-001.json": String(decoding: change.new, as: UTF8.self)]).plan(rows)
    #expect(again.changes.isEmpty)
  }

  @Test func anotherFileSettingTheSameFieldsReplacesTheLineButNotOthers() throws {
    let old = """
      { "id": "IF-001", "from": ["REGS"], "to": ["SUP"],
        "sources": ["CSV file 'a.csv': from, to", "CSV file 'c.csv': name"] }
      """
    // b.csv changes a value (provenance is recorded only where values change).
    let rows = try entities("id,from,to\nIF-001,SDS,SUP\n", file: "b.csv")
    let change = try #require(merger(["interfaces/IF-001.json": old]).plan(rows).changes.first)
    let text = String(decoding: change.new, as: UTF8.self)
    #expect(!text.contains("a.csv"))
    #expect(text.contains("CSV file 'b.csv': from, to"))
    #expect(text.contains("CSV file 'c.csv': name"))
  }
}
