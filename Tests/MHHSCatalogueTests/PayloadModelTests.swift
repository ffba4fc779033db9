@testable import MHHSCatalogue
import Testing

/// Data types, data items, blocks and interface payloads in a catalogue (`design/payloads.md`).
@Suite("Payload model")
struct PayloadModelTests {
  static let dataType = #"""
    { "id": "DT-995", "name": "Sender Unique Reference", "type": "string", "minLength": 1, "maxLength": 200,
      "pattern": "^S-\\d+$", "minimum": 0, "maximum": 9.5, "multipleOf": 0.5, "enum": ["A", 1], "nullable": false,
      "example": 42, "sources": ["DIP API 2.1.0 (Elexon, DataTypes)"] }
    """#
  static let files: [String: String] = [
    "datatypes/DT-995.json": dataType,
    "dataitems/DI-566.json": #"{ "id": "DI-566", "name": "List Of MPANS On Site", "dataType": "DT-995" }"#,
    "dataitems/DI-081.json": #"{ "id": "DI-081", "name": "Duration", "type": "integer", "multipleOf": 15 }"#,
    "blocks/B044.json": #"""
    { "id": "B044", "name": "Issuing Data Service", "fields": [
      { "name": "issuingDataServiceDIPID", "item": "DI-566", "required": true },
      { "name": "registers", "block": "B067", "required": false, "list": { "min": 1, "max": 48 } },
      { "name": "transactionID", "dataType": "DT-995", "required": true },
      { "name": "compressedReport", "type": "string", "format": "byte", "required": false } ] }
    """#,
    "blocks/B067.json":
      #"{ "id": "B067", "name": "Registers", "fields": [ { "name": "d", "item": "DI-081", "required": true } ] }"#,
    "blocks/S1.json": #"{ "id": "S1", "name": "Sender", "fields": [] }"#,
    "interfaces/IF-021.json": CatalogueFixture.interface(
      "IF-021",
      #", "events": ["ActivePower"], "payload": [ { "events": ["ActivePower"], "blocks": [ { "block": "S1", "section": "common", "required": true }, { "block": "B044", "name": "B044List", "section": "custom", "required": false, "list": { "max": 3 } } ] } ]"#
    ),
  ]

  @Test func decodesEveryKindWithPositions() throws {
    let catalogue = try CatalogueFixture.load(Self.files)
    #expect(catalogue.issues.isEmpty, "\(catalogue.issues.map(\.message))")
    let type = try #require(catalogue.dataType("DT-995"))
    #expect(type.type?.value == .string)
    #expect(type.maxLength?.value == 200)
    #expect(type.pattern?.value == #"^S-\d+$"#)
    #expect(type.maximum?.value.text == "9.5")
    #expect(type.multipleOf?.value.doubleValue == 0.5)
    #expect(type.enumValues?.values() == [.string("A"), .number("1")])
    #expect(type.nullable?.value == false)
    #expect(type.example?.value == .number("42"))
    #expect(type.example?.position.line == 3)
    #expect(catalogue.dataItem("DI-566")?.dataType?.value == "DT-995")
    #expect(catalogue.dataItem("DI-081")?.type?.value == .integer)
    let block = try #require(catalogue.block("B044"))
    let fields = block.fields?.values() ?? []
    #expect(
      fields.map(\.name.value) == [
        "issuingDataServiceDIPID", "registers", "transactionID", "compressedReport",
      ])
    #expect(fields[0].target == .item(fields[0].item!))
    #expect(fields[1].list?.value.max?.value == 48)
    #expect(fields[3].format?.value == "byte")
    let payload = try #require(catalogue.interface("IF-021")?.payload?.values())
    #expect(payload[0].events?.values() == ["ActivePower"])
    #expect(payload[0].blocks?.values().map(\.wireName) == ["S1", "B044List"])
    #expect(payload[0].blocks?.values()[1].section?.value == .custom)
    #expect(catalogue.count(of: .block) == 3)
    #expect(catalogue.kind(of: "DI-566") == .dataItem)
  }

  @Test func fieldTreeAndKeyOrderComeFromTheDeclaration() throws {
    let catalogue = try CatalogueFixture.load(Self.files)
    #expect(
      CatalogueFormat.keyOrder(.dataType) == [
        "id", "name", "type", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
        "multipleOf",
        "enum", "nullable", "example", "sources",
      ])
    let tree = FieldTree.of(catalogue.dataType("DT-995")!)
    #expect(tree["example"].map { if case .text(let t) = $0.value { t } else { "" } } == "42")
    #expect(FieldTree.paths[.block]?.contains("fields.list.max") == true)
    #expect(Interface.format.paths.contains("payload.blocks.block"))
  }

  @Test(arguments: [
    (#"{ "id": "DT-001", "name": "X", "type": "text" }"#, "which is not one of `string`, `integer`"),
    (#"{ "id": "DT-001", "name": "X" }"#, "missing required field `type`"),
    (#"{ "id": "DT-001", "name": "X", "type": "string", "maxLenght": 3 }"#, "did you mean `maxLength`?"),
    (#"{ "id": "DT-001", "name": "X", "type": "string", "maxLength": "3" }"#, "must be a whole number"),
    (#"{ "id": "DT-001", "name": "X", "type": "string", "maxLength": -1 }"#, "must not be negative"),
    (#"{ "id": "DT-001", "name": "X", "type": "string", "nullable": "no" }"#, "must be true or false"),
    (#"{ "id": "DT-001", "name": "X", "type": "number", "minimum": "0" }"#, "must be a number"),
    (
      #"{ "id": "DT-001", "name": "X", "type": "string", "enum": [[1]] }"#,
      "must be a string, number or boolean"
    ),
  ])
  func dataTypeSchemaErrors(text: String, message: String) throws {
    let catalogue = try CatalogueFixture.load(["datatypes/DT-001.json": text])
    let issues = catalogue.issues(.schema).map(\.message)
    #expect(issues.contains { $0.contains(message) }, "\(issues)")
  }

  @Test(arguments: [
    ("dataitems/DI-001.json", #"{ "id": "DI-001", "name": "X" }"#, "needs `dataType`"),
    (
      "dataitems/DI-001.json", #"{ "id": "DI-001", "name": "X", "dataType": "DT-001", "type": "string" }"#,
      "not both"
    ),
    (
      "dataitems/DI-001.json", #"{ "id": "DI-001", "name": "X", "dataTyp": "DT-001" }"#,
      "did you mean `dataType`?"
    ),
    (
      "blocks/B001.json", #"{ "id": "B001", "name": "X", "fields": [ { "name": "a", "required": true } ] }"#,
      "needs one of"
    ),
    (
      "blocks/B001.json",
      #"{ "id": "B001", "name": "X", "fields": [ { "name": "a", "item": "DI-001", "block": "B002", "required": true } ] }"#,
      "more than one"
    ),
    (
      "blocks/B001.json", #"{ "id": "B001", "name": "X", "fields": [ { "name": "a", "item": "DI-001" } ] }"#,
      "missing required field `required`"
    ),
    (
      "blocks/B001.json",
      #"{ "id": "B001", "name": "X", "fields": [ { "name": "a", "item": "DI-001", "required": true, "list": { "maxi": 1 } } ] }"#,
      "did you mean `max`?"
    ),
    (
      "interfaces/IF-001.json",
      CatalogueFixture.interface(
        "IF-001",
        #", "payload": [ { "blocks": [ { "block": "S1", "section": "header", "required": true } ] } ]"#),
      "not one of `common`, `custom`"
    ),
    (
      "interfaces/IF-001.json",
      CatalogueFixture.interface("IF-001", #", "payload": [ { "event": ["A"], "blocks": [] } ]"#),
      "did you mean `events`?"
    ),
    (
      "interfaces/IF-001.json",
      CatalogueFixture.interface(
        "IF-001", #", "payload": [ { "blocks": [ { "section": "common", "required": true } ] } ]"#),
      "missing required field `block`"
    ),
  ])
  func otherSchemaErrors(path: String, text: String, message: String) throws {
    let catalogue = try CatalogueFixture.load([path: text])
    let issues = catalogue.issues(.schema).map(\.message)
    #expect(issues.contains { $0.contains(message) }, "\(issues)")
  }

  @Test func idPatterns() {
    for id in ["DT-995", "DT-995N", "DI-566", "DI-992N"] {
      #expect((id.hasPrefix("DT") ? IDPattern.dataType : .dataItem).matches(id), "\(id)")
    }
    for id in ["DT-99", "DT-9951", "DT-995X", "DI-56", "DT-566"] {
      #expect(!(id.hasPrefix("DT") ? IDPattern.dataType : .dataItem).matches(id) || id == "DT-566", "\(id)")
    }
    #expect(!IDPattern.dataItem.matches("DT-566"))
    for id in ["S1", "B044", "R900-04", "B906a", "R0105", "REP002-R027", "REP-002-CustomBlock"] {
      #expect(IDPattern.block.matches(id), "\(id)")
    }
    for id in ["", "1B", "B-", "B--1", "B_1", "../x", String(repeating: "B", count: 65)] {
      #expect(!IDPattern.block.matches(id), "\(id)")
    }
  }

  @Test func duplicateIDsAcrossFiles() throws {
    let catalogue = try CatalogueFixture.load([
      "blocks/B001.json": #"{ "id": "B001", "name": "X", "fields": [] }"#,
      "blocks/B002.json": #"{ "id": "B001", "name": "Y", "fields": [] }"#,
    ])
    #expect(catalogue.issues(.duplicateID).count == 2)
  }

  @Test func aCatalogueWithoutPayloadsHasNone() throws {
    let catalogue = try CatalogueFixture.load(["interfaces/IF-001.json": CatalogueFixture.interface("IF-001")]
    )
    #expect(catalogue.dataTypes.isEmpty && catalogue.dataItems.isEmpty && catalogue.blocks.isEmpty)
    #expect(catalogue.interface("IF-001")?.payload == nil)
    #expect(catalogue.issues.isEmpty)
  }

  @Test func blockCyclesAreFindings() throws {
    let catalogue = try CatalogueFixture.load([
      "blocks/B001.json":
        #"{ "id": "B001", "name": "X", "fields": [ { "name": "b", "block": "B002", "required": true } ] }"#,
      "blocks/B002.json":
        #"{ "id": "B002", "name": "Y", "fields": [ { "name": "a", "block": "B001", "required": false } ] }"#,
      "blocks/B003.json":
        #"{ "id": "B003", "name": "Z", "fields": [ { "name": "self", "block": "B003", "required": false } ] }"#,
    ])
    let issues = catalogue.issues(.schema)
    #expect(issues.count == 2, "\(issues.map(\.message))")
    #expect(issues[0].message.contains("B001 → B002 → B001"))
    #expect(issues[0].location.pointer == "/fields/0/block")
    #expect(issues[0].location.file == "catalogue/blocks/B002.json")
    #expect(issues[1].message.contains("B003 → B003"))
  }

  /// A chain of 10,000 blocks closed into a cycle: one finding, no stack overflow; the reach
  /// of its head walks all of them.
  @Test func longChainsNeedNoStack() throws {
    let n = 10_000
    func id(_ i: Int) -> String { "B" + String(i) }
    var files: [CatalogueLoader.File] = [CatalogueLoader.File("catalogue.json", CatalogueFixture.manifest)]
    for i in 0..<n {
      files.append(
        CatalogueLoader.File(
          "blocks/\(id(i)).json",
          #"{ "id": "\#(id(i))", "name": "X", "fields": [ { "name": "n", "block": "\#(id((i + 1) % n))", "required": true } ] }"#
        ))
    }
    let catalogue = try CatalogueLoader.load(files: files)
    let cycles = catalogue.issues(.schema)
    #expect(cycles.count == 1)
    #expect(cycles.first?.message.contains("more)") == true)
    let reach = PayloadReach(blocks: [id(0)], in: catalogue)
    #expect(reach.blocks.count == n)
    #expect(reach.path(toBlock: id(n - 1))?.count == n)
  }

  @Test func payloadReachFollowsBlocksItemsAndTypes() throws {
    let catalogue = try CatalogueFixture.load(Self.files)
    let reach = PayloadReach(catalogue.interface("IF-021")!, in: catalogue)
    #expect(reach.blocks == ["S1", "B044", "B067"])
    #expect(reach.dataItems == ["DI-566", "DI-081"])
    #expect(reach.dataTypes == ["DT-995"])
    #expect(reach.path(toBlock: "B067") == ["B044", "B067"])
    #expect(reach.path(toDataItem: "DI-081") == ["B044", "B067"])
    #expect(reach.path(toDataType: "DT-995")?.item == "DI-566")
    #expect(reach.reaches(dataItem: "DI-081"))
    #expect(!reach.reaches(block: "B999"))
  }
}
