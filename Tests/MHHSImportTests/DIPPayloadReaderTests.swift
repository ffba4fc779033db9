import MHHSCatalogue
import MHHSImport
import Testing

/// Small hand-made DIP-shaped documents (not copies of the published files).
private func documents(_ texts: [String: String]) -> OpenAPIDocumentSet {
  OpenAPIDocumentSet(texts.mapValues { try! JSONParser.parse($0).get() })
}

private func schemas(_ body: String, version: String = "9.9.9") -> String {
  """
  { "openapi": "3.0.0", "info": { "title": "t", "version": "\(version)" },
    "components": { "schemas": { \(body) } } }
  """
}

private func json(_ text: String) -> JSON { try! JSONParser.parse(text).get().plain }

private let base = "https://example.org/spec/main/"

/// Data types, items, blocks and two interfaces, across four files.
private let miniSpec: [String: String] = [
  "DataTypes-unresolved.json": schemas(
    """
    "DT-002-MPAN": { "description": "MPAN Core", "type": "string", "minLength": 13, "maxLength": 13,
      "pattern": "^\\\\d{13}?$", "example": "2000056535971" },
    "DT-002N-MPAN": { "description": "MPAN Core", "type": "string", "nullable": true, "minLength": 13,
      "maxLength": 13, "example": "2000056535971" },
    "DT-022-Decimal-9-6": { "type": "string", "pattern": "^-?\\\\d{1,9}\\\\.\\\\d{6}$", "example": -987654321.123456 },
    "DT-006-DIPParticipantID": { "description": "DIP Participant Id", "type": "string", "maxLength": 10 }
    """),
  "DataCatalogue-unresolved.json": schemas(
    """
    "DI-566-List-Of-MPANS-On-Site": { "description": "List of MPANS on site.", "type": "string",
      "minLength": 1, "maxLength": 1400, "nullable": false, "example": "MPAN1 MPAN2" },
    "DI-001-Address-Line-1": { "$ref": "\(base)DataTypes-unresolved.yaml#/components/schemas/DT-002N-MPAN" },
    "DI-081-Settlement-Period-Duration": { "description": "Minutes.", "type": "integer", "minimum": 30,
      "maximum": 30, "multipleOf": 15 },
    "DI-002-Wrapped": { "allOf": [ { "$ref": "DataTypes-unresolved.json#/components/schemas/DT-002-MPAN" } ] }
    """),
  "RealCommonBlocks-unresolved.json": schemas(
    """
    "S1": { "description": "Sender Common block", "type": "object",
      "properties": { "senderID": { "$ref": "\(base)DataCatalogue-unresolved.yaml#/components/schemas/DI-566-List-Of-MPANS-On-Site" } },
      "required": ["senderID"] },
    "B044": { "description": "Issuing Data Service", "type": "object",
      "properties": {
        "issuingDataServiceDIPID": { "$ref": "\(base)DataCatalogue-unresolved.yaml#/components/schemas/DI-001-Address-Line-1" },
        "registers": { "type": "array", "minItems": 1, "maxItems": 48, "items": { "$ref": "#/components/schemas/B067" } },
        "recipients": { "description": "ids", "type": "array", "items": { "$ref": "\(base)DataTypes-unresolved.yaml#/components/schemas/DT-006-DIPParticipantID" } },
        "report": { "description": "Compressed", "type": "string", "format": "byte" } },
      "required": ["issuingDataServiceDIPID", "registers"] },
    "B067": { "description": "Connection Type", "type": "object", "allOf": [
        { "properties": { "back": { "$ref": "#/components/schemas/B044" } }, "required": ["back"] } ] }
    """),
  "Interfaces-EventCodes-unresolved.json": schemas(
    """
    "IF-021-Payload": { "type": "object", "required": ["CommonBlock", "CustomBlock"], "properties": {
      "CommonBlock": { "type": "object", "required": ["S0", "S1"], "properties": {
        "S0": { "properties": {
          "interfaceID": { "type": "string", "enum": ["IF-021"] },
          "eventCode": { "type": "string", "enum": ["[ActivePower]", "[ReactivePower]"] } } },
        "S1": { "$ref": "\(base)RealCommonBlocks-unresolved.yaml#/components/schemas/S1" } } },
      "CustomBlock": { "type": "object", "required": ["B044"], "properties": {
        "B044": { "$ref": "\(base)RealCommonBlocks-unresolved.yaml#/components/schemas/B044" },
        "B067List": { "type": "array", "maxItems": 3,
          "items": { "$ref": "\(base)RealCommonBlocks-unresolved.yaml#/components/schemas/B067" } } } } } },
    "IF-001-Payload": { "oneOf": [
      { "$ref": "#/components/schemas/IF-001-InitialRegistration" },
      { "$ref": "#/components/schemas/IF-001-ChangeOfSupplier" } ] },
    "IF-001-InitialRegistration": { "required": ["CommonBlock"], "properties": { "CommonBlock": {
      "required": ["S0", "S1"], "properties": {
        "S0": { "properties": { "interfaceID": { "enum": ["IF-001"] }, "eventCode": { "enum": ["[InitialRegistration]"] } } },
        "S1": { "$ref": "\(base)RealCommonBlocks-unresolved.yaml#/components/schemas/S1" } } } } },
    "IF-001-ChangeOfSupplier": { "required": ["CommonBlock"], "properties": { "CommonBlock": {
      "required": ["S0"], "properties": {
        "S0": { "properties": { "interfaceID": { "enum": ["IF-001"] }, "eventCode": { "enum": ["[ChangeOfSupplier]"] } } },
        "S1": { "$ref": "\(base)RealCommonBlocks-unresolved.yaml#/components/schemas/S1" } } } } }
    """),
]

@Suite("DIPPayloadReader")
struct DIPPayloadReaderTests {
  let result = DIPPayloadReader.read(documents(miniSpec))

  @Test func dataTypesKeepPublishedValuesAndNullableVariants() {
    #expect(result.dataTypes.map(\.id) == ["DT-002", "DT-002N", "DT-006", "DT-022"])
    #expect(
      result.dataType("DT-002")?.json
        == json(
          #"{"id": "DT-002", "name": "MPAN Core", "type": "string", "minLength": 13, "maxLength": 13, "pattern": "^\\d{13}?$", "example": "2000056535971"}"#
        ))
    #expect(result.dataType("DT-002N")?["nullable"] == .bool(true))
    // A number example stays the published text; a type without description is named by its key.
    #expect(result.dataType("DT-022")?["example"] == .number("-987654321.123456"))
    #expect(result.dataType("DT-022")?["name"] == .string("Decimal-9-6"))
    #expect(result.dataType("DT-002")?.document == "DataTypes")
    #expect(result.dataType("DT-002")?.version == "9.9.9")
    #expect(result.dataType("DT-002")?.schemaKey == "DT-002-MPAN")
  }

  @Test func dataItemsReferToDataTypesAcrossFilesOrCarryConstraints() {
    #expect(result.dataItems.map(\.id) == ["DI-001", "DI-002", "DI-081", "DI-566"])
    #expect(
      result.dataItem("DI-001")?.json
        == json(#"{"id": "DI-001", "name": "Address Line 1", "dataType": "DT-002N"}"#))
    #expect(result.dataItem("DI-002")?["dataType"] == .string("DT-002"))  // one-member allOf
    #expect(
      result.dataItem("DI-566")?.json
        == json(
          #"{"id": "DI-566", "name": "List Of MPANS On Site", "description": "List of MPANS on site.", "type": "string", "minLength": 1, "maxLength": 1400, "nullable": false, "example": "MPAN1 MPAN2"}"#
        ))
    // multipleOf is a constraint field of the catalogue format (a deviation from payloads.md).
    #expect(result.dataItem("DI-081")?["multipleOf"] == .number("15"))
    #expect(!result.problems.contains { $0.message.contains("multipleOf") })
  }

  @Test func blockFieldsListsAndInlineFields() {
    #expect(result.blocks.map(\.id) == ["B044", "B067", "S1"])
    #expect(
      result.block("B044")?.json
        == json(
          """
          {"id": "B044", "name": "Issuing Data Service", "fields": [
            {"name": "issuingDataServiceDIPID", "item": "DI-001", "required": true},
            {"name": "registers", "block": "B067", "required": true, "list": {"min": 1, "max": 48}},
            {"name": "recipients", "dataType": "DT-006", "required": false, "list": {}},
            {"name": "report", "type": "string", "format": "byte", "required": false}]}
          """))
    // allOf members are merged; a block cycle is two ids, not a recursion.
    #expect(
      result.block("B067")?["fields"] == json(#"[{"name": "back", "block": "B044", "required": true}]"#))
    #expect(
      result.problems.contains {
        $0.message.contains("field recipients of block B044 refers to data type DT-006")
      })
    #expect(
      result.problems.contains { $0.message.contains("field report of block B044 is defined in place") })
  }

  @Test func payloadVariantsWithEventsSectionsAndLists() {
    #expect(result.interfacePayloads.map(\.id) == ["IF-001", "IF-021"])
    #expect(
      result.payload(of: "IF-021")
        == json(
          """
          [{"events": ["ActivePower", "ReactivePower"], "blocks": [
            {"block": "S1", "section": "common", "required": true},
            {"block": "B044", "section": "custom", "required": true},
            {"block": "B067", "name": "B067List", "section": "custom", "required": false, "list": {"max": 3}}]}]
          """))
    #expect(
      result.payload(of: "IF-001")
        == json(
          """
          [{"events": ["InitialRegistration"], "blocks": [{"block": "S1", "section": "common", "required": true}]},
           {"events": ["ChangeOfSupplier"], "blocks": [{"block": "S1", "section": "common", "required": false}]}]
          """))
    #expect(result.interfacePayloads.first?.schemaKey == "IF-001-Payload")
  }

  @Test func readingIsDeterministic() {
    let again = DIPPayloadReader.read(documents(miniSpec))
    #expect(again == result)
  }

  @Test func anIDUsedForTwoDifferentDefinitionsIsReportedAndNeitherKept() {
    let spec = documents([
      "DataTypes.json": schemas(
        """
        "DT-035-Sort-Code": { "description": "Sort Code", "type": "string", "minLength": 6, "maxLength": 6 },
        "DT-035-Bank-Account-Number": { "description": "Account", "type": "string", "minLength": 8, "maxLength": 10 },
        "DT-027-MPID": { "type": "string", "maxLength": 4 },
        "DT-027-Legacy-MPID": { "type": "string", "maxLength": 4 }
        """),
      "DataCatalogue.json": schemas(
        """
        "DI-100-Account": { "$ref": "DataTypes.json#/components/schemas/DT-035-Bank-Account-Number" },
        "DI-101-MPID": { "$ref": "DataTypes.json#/components/schemas/DT-027-Legacy-MPID" }
        """),
    ])
    let read = DIPPayloadReader.read(spec)
    #expect(read.dataTypes.map(\.id) == ["DT-027"])  // identical copies are one definition
    let duplicate = read.problems.filter { $0.id == "DT-035" }
    #expect(duplicate.count == 1)
    #expect(duplicate.first?.message.contains("DT-035-Sort-Code") == true)
    #expect(duplicate.first?.message.contains("DT-035-Bank-Account-Number") == true)
    // The item names one exact definition: its constraints are copied, the ambiguous id is not used.
    #expect(
      read.dataItem("DI-100")?.json
        == json(#"{"id": "DI-100", "name": "Account", "type": "string", "minLength": 8, "maxLength": 10}"#))
    #expect(read.dataItem("DI-101")?["dataType"] == .string("DT-027"))
    #expect(read.problems.contains { $0.id == "DI-100" && $0.message.contains("DT-035-Bank-Account-Number") })
  }

  @Test func missingFilesAnchorsAndCyclesAreReportedWithFileAndReference() {
    let spec = documents([
      "DataCatalogue.json": schemas(
        """
        "DI-001-Gone-File": { "$ref": "https://x/y/Nowhere-unresolved.yaml#/components/schemas/DT-001" },
        "DI-002-Gone-Anchor": { "$ref": "#/components/schemas/DT-404" },
        "DI-003-Plain-Anchor": { "$ref": "#somewhere" },
        "DI-004-Cycle": { "$ref": "#/components/schemas/Loop-A" },
        "Loop-A": { "$ref": "#/components/schemas/Loop-B" },
        "Loop-B": { "$ref": "#/components/schemas/Loop-A" },
        "DI-005-Self": { "$ref": "#/components/schemas/DI-005-Self" },
        "DI-006-Not-Text": { "$ref": 42 }
        """)
    ])
    let read = DIPPayloadReader.read(spec)
    #expect(read.dataItems.isEmpty)
    func problem(_ fragment: String) -> String? {
      read.problems.first { $0.message.contains(fragment) }?.message
    }
    #expect(
      problem("DI-001-Gone-File")
        == "DataCatalogue.json#/components/schemas/DI-001-Gone-File: $ref \"https://x/y/Nowhere-unresolved.yaml#/components/schemas/DT-001\" cannot be resolved: the document 'Nowhere-unresolved.yaml' is not among the files of the specification that were read"
    )
    #expect(
      problem("DI-002-Gone-Anchor")?.hasSuffix("DataCatalogue.json has nothing at /components/schemas/DT-404")
        == true)
    #expect(problem("DI-003-Plain-Anchor")?.contains("plain-name anchor") == true)
    #expect(problem("DI-004-Cycle")?.contains("cycle") == true)
    #expect(problem("DI-005-Self")?.contains("cycle") == true)
    #expect(problem("DI-006-Not-Text")?.contains("not a string") == true)
    #expect(read.problems.contains { $0.message.contains("Loop-A is not a data item id") })
  }

  /// A document whose schemas `C0` … `C(length-1)` each refer to the next, the last to `end`.
  private func chain(_ length: Int, end: String) -> JSONValue {
    func value(_ storage: JSONValue.Storage) -> JSONValue { JSONValue(storage, at: .start) }
    func member(_ key: String, _ v: JSONValue) -> JSONMember {
      JSONMember(key: key, keyPosition: .start, value: v)
    }
    let links = (0..<length).map { i in
      member(
        "C\(i)",
        value(
          .object([member("$ref", value(.string(i + 1 < length ? "#/components/schemas/C\(i + 1)" : end)))])))
    }
    return value(.object([member("components", value(.object([member("schemas", value(.object(links)))])))]))
  }

  @Test func aChainOfThirtyThousandReferencesNeitherOverflowsNorHangs() {
    let length = 30_000
    let spec = OpenAPIDocumentSet([
      "Chain.json": chain(length, end: "DataTypes.json#/components/schemas/DT-001-End"),
      "DataTypes.json": try! JSONParser.parse(schemas(#""DT-001-End": { "type": "string", "maxLength": 1 }"#))
        .get(),
      "DataCatalogue.json": try! JSONParser.parse(
        schemas(#""DI-001-Far": { "$ref": "Chain.json#/components/schemas/C0" }"#)
      ).get(),
    ])
    // Bounded: reported, not followed to the end.
    let bounded = DIPPayloadReader.read(spec)
    #expect(bounded.dataItems.isEmpty)
    #expect(
      bounded.problems.contains {
        $0.message.contains("longer than 64 hops") && $0.message.contains("DI-001-Far")
      })
    // Unbounded: followed iteratively to the end.
    let far = DIPPayloadReader.read(spec, maximumHops: 100_000)
    #expect(far.dataItem("DI-001")?["dataType"] == .string("DT-001"))
    // A cycle 30,000 long is found too.
    let cyclic = OpenAPIDocumentSet(["Chain.json": chain(length, end: "#/components/schemas/C0")])
    let c0 = cyclic.document(named: "Chain.json")!.schemas[0].value
    switch cyclic.dereference(
      c0, at: .init(document: "Chain.json", pointer: "/components/schemas/C0"), maximumHops: 100_000)
    {
    case .success: Issue.record("a cycle resolved")
    case .failure(let error):
      guard case .cycle(let path) = error.reason else {
        Issue.record("not a cycle: \(error)")
        return
      }
      #expect(path.count == length + 1)
    }
  }

  @Test func allOfCyclesAndOddShapesDoNotHang() {
    let spec = documents([
      "RealCommonBlocks.json": schemas(
        """
        "B001": { "allOf": [ { "$ref": "#/components/schemas/B002" } ], "properties": { "a": { "$ref": "#/components/schemas/B002" } } },
        "B002": { "allOf": [ { "$ref": "#/components/schemas/B001" } ], "properties": { "b": { "type": "array", "items": { "type": "array", "items": {} } } } },
        "B003": { "properties": { "c": { "type": "object", "properties": {} }, "d": { "type": "array" } } },
        "bad key!": { "properties": {} },
        "B004": { "oneOf": [ { "properties": { "x": {} } } ] }
        """)
    ])
    let read = DIPPayloadReader.read(spec)
    #expect(read.blocks.map(\.id) == ["B001", "B002", "B003", "B004"])
    #expect(
      read.problems.contains {
        $0.message.contains("B004: the oneOf alternatives of an object schema are not read")
      })
    #expect(
      read.block("B001")?["fields"] == json(#"[{"name": "a", "block": "B002", "required": false}]"#))
    #expect(read.problems.contains { $0.message.contains("array of arrays") })
    #expect(read.problems.contains { $0.message.contains("object defined in place") })
    #expect(read.problems.contains { $0.message.contains("items are not defined") })
    #expect(read.problems.contains { $0.message.contains("bad key! is not a usable block id") })
  }

  @Test func referencesNameDocumentsByFileStemOrTitle() {
    let spec = documents([
      "/some/folder/DataTypes-unresolved.json": schemas(#""DT-001-A": {"type": "string"}"#)
    ])
    for reference in [
      "DataTypes-unresolved.json#/components/schemas/DT-001-A",
      "https://h/x/DataTypes-unresolved.yaml#/components/schemas/DT-001-A",
      "DataTypes.yml#/components/schemas/DT-001-A",
      "DataTypes-unresolved.json#/components/schemas/DT%2D001-A",
    ] {
      let resolved = try? spec.resolve(reference, at: .init(document: "Other.json", pointer: "")).get()
      #expect(
        resolved?.location.description == "DataTypes-unresolved.json#/components/schemas/DT-001-A",
        "\(reference)")
    }
    let root = try? spec.resolve("DataTypes.json", at: .init(document: "x", pointer: "")).get()
    #expect(root?.location.pointer == "")
  }

  @Test func payloadsWithoutVariantsOrBlocksAreReported() {
    let spec = documents([
      "Interfaces-EventCodes.json": schemas(
        """
        "IF-009-Payload": { "oneOf": [ { "$ref": "#/components/schemas/Missing" } ] },
        "IF-010-Payload": { "properties": { "Extra": {}, "CustomBlock": { "properties": { "X1": { "type": "string" } } } } },
        "IF-011-Payload": { "properties": {} },
        "IF-011B-Payload": { "properties": { "CommonBlock": { "properties": { "S0": { "properties": { "interfaceID": { "enum": ["IF-011"] } } } } } } }
        """)
    ])
    let read = DIPPayloadReader.read(spec)
    #expect(read.payload(of: "IF-009") == nil)
    #expect(read.problems.contains { $0.message.contains("IF-009-Payload/oneOf/0") })
    #expect(read.payload(of: "IF-010") == json(#"[{"blocks": []}]"#))
    #expect(read.problems.contains { $0.message.contains("Extra is neither CommonBlock nor CustomBlock") })
    #expect(read.problems.contains { $0.message.contains("X1 of payload IF-010 is not a block") })
    #expect(read.payload(of: "IF-011") == nil)  // two payload schemas name IF-011
    #expect(read.problems.contains { $0.message.contains("IF-011 has 2 payload schemas") })
  }
}
