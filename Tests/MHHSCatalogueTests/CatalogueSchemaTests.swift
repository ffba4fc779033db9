import Foundation
import MHHSCatalogue
import Testing

@Suite struct CatalogueSchemaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test(arguments: CatalogueSchema.allCases)
  func committedSchemaIsUpToDate(_ schema: CatalogueSchema) throws {
    let url = Self.root.appendingPathComponent("schema").appendingPathComponent(schema.fileName)
    let committed = try String(contentsOf: url, encoding: .utf8)
    #expect(
      committed == schema.document.render(),
      "schema/\(schema.fileName) is out of date; regenerate it with: swift run mhhs schema --output schema")
  }

  @Test func vscodeSettingsMapEveryKindToItsSchema() throws {
    let url = Self.root.appendingPathComponent(".vscode/settings.json")
    guard case .success(let settings) = JSONParser.parse(try String(contentsOf: url, encoding: .utf8)) else {
      Issue.record(".vscode/settings.json is not JSON")
      return
    }
    let entries = try #require(settings["json.schemas"]?.value.elements)
    let mapped = entries.map { entry in
      (entry["fileMatch"]?.value.elements?.compactMap(\.stringValue) ?? [], entry["url"]?.value.stringValue)
    }
    #expect(mapped.map(\.0) == CatalogueSchema.allCases.map { ["catalogue/\($0.files)"] })
    #expect(mapped.map(\.1) == CatalogueSchema.allCases.map { "./schema/\($0.fileName)" })
  }

  @Test func everySchemaForbidsUnknownMembersAndListsRequiredOnes() {
    let interface = CatalogueSchema.interface.document
    #expect(interface["additionalProperties"] == .bool(false))
    #expect(
      interface["required"]
        == .array(["id", "name", "version", "status", "transport", "from", "to"].map(JSON.string)))
    let status = interface["properties"]?["status"]
    #expect(status?["enum"] == .array(["draft", "active", "withdrawn"].map(JSON.string)))
    #expect(status?["markdownDescription"] == .string("`draft`, `active` or `withdrawn`."))
    #expect(interface["properties"]?["from"]?["minItems"] == .int(1))
    let responseTime = interface["definitions"]?["ResponseTime"]
    #expect(responseTime?["required"] == .array([.string("within")]))
    #expect(responseTime?["additionalProperties"] == .bool(false))
    for schema in CatalogueSchema.allCases {
      #expect(schema.document["properties"]?["$schema"] != nil, "\(schema)")
      #expect(schema.document["definitions"]?["Fields"] == nil, "\(schema)")
    }
  }

  @Test func filesMapToTheirSchema() {
    #expect(CatalogueSchema.forFile("catalogue.json") == .manifest)
    #expect(CatalogueSchema.forFile("interfaces/IF-021.json") == .interface)
    #expect(CatalogueSchema.forFile("change-requests/CR034.json") == .changeRequest)
    #expect(CatalogueSchema.forFile("blocks/R900-04.json") == .block)
    #expect(CatalogueSchema.forFile("interfaces/old/IF-021.json") == nil)
    #expect(CatalogueSchema.forFile("interfaces/IF-021.txt") == nil)
    #expect(CatalogueSchema.forFile("dtc-flows.txt") == nil)
  }

  /// The ids each regular expression accepts are the ids the pattern's own matcher accepts.
  @Test(arguments: IDPattern.allCases)
  func idRegexAgreesWithTheMatcher(_ pattern: IDPattern) throws {
    let samples = [
      "IF-021", "IF-21", "IF-0211", "REP-002", "REP-002A", "REP-002a", "REP-02", "D0379", "D037", "D03791",
      "E2E1009", "2E", "e2", "CR034", "CR34", "CR0345", "M5", "IR7", "IR8.5", "IR-8", ".IR", "7", "SDS", "S",
      "SDSSDSSDS", "S1D", "sds", "DAG-DEC57", "DAG-DEC", "DAG31-03", "DAG31.2-03", "DAG31.2.1-03", "DAG31-",
      "DIN-922", "DIN-", "DT-995", "DT-995N", "DT-99", "DI-566", "DI-566N", "DI-566X", "S1", "B044",
      "R900-04",
      "R900--04", "R900-", "-R900", "1B", "", " ", "IF-021 ", String(repeating: "A", count: 64),
      String(repeating: "A", count: 65), String(repeating: "1", count: 32), String(repeating: "1", count: 33),
    ]
    let regex = try Pattern(compiling: pattern.regex)
    for id in samples {
      let bySchema = regex.matches(id) && pattern.maximumLength.map { id.count <= $0 } ?? true
      #expect(bySchema == pattern.matches(id), "\(pattern) \(id)")
    }
  }

  @Test func theLoaderAcceptsSchemaAtTheTopOfAFileOnly() throws {
    let top = try CatalogueFixture.load([
      "interfaces/IF-001.json": CatalogueFixture.interface(
        "IF-001", #", "$schema": "../../schema/interface.schema.json""#),
      "catalogue.json": #"{ "$schema": "schema/catalogue.schema.json", "format": 1, "name": "Test" }"#,
    ])
    #expect(top.issues.isEmpty, "\(top.issues)")
    let nested = try CatalogueFixture.load([
      "interfaces/IF-001.json": CatalogueFixture.interface(
        "IF-001", #", "responseTimes": { "$schema": "x" }"#)
    ])
    #expect(nested.issues.map(\.message) == ["unknown field `$schema` in `responseTimes`"])
  }
}
