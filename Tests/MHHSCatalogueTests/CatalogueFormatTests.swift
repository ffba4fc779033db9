import Testing

@testable import MHHSCatalogue

/// Each object's members are declared once (``ObjectFormat``); the decoder, the field tree and
/// the key order all follow that declaration.
struct CatalogueFormatTests {
  static let exemption =
    #"{ "rule": "r", "reason": "x", "decision": "DAG-DEC1", "changeRequest": "CR001", "expires": "2030-01-01" }"#
  static let history = #"{ "version": "1.0", "release": "M5", "changes": ["CR001"], "summary": "s" }"#

  /// Entity files holding every member the format knows, in the format's order.
  static let fullFiles: [(path: String, kind: EntityKind, text: String)] = [
    (
      "interfaces/IF-001.json", .interface,
      #"{ "id": "IF-001", "name": "N", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"], "events": ["A"], "schemaVersion": "011", "process": "BP007", "responseTimes": { "acknowledgement": { "within": "PT6S", "nfr": "E1" }, "success": { "within": "PT1H", "nfr": "E1" }, "error": { "within": "PT6S", "nfr": "E1" } }, "timeBasis": "utc", "codeDraftingName": "C", "replaces": ["D0001"], "introducedIn": "M5", "withdrawnIn": "IR8", "payload": [ { "events": ["A"], "blocks": [ { "block": "S1", "name": "S1x", "section": "common", "required": true, "list": { "min": 1, "max": 2 } } ] } ], "exemptions": [ \#(exemption) ], "history": [ \#(history) ], "sources": ["s"] }"#
    ),
    (
      "dataflows/D0379.json", .dataflow,
      #"{ "id": "D0379", "version": "001", "name": "N", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "amended", "replacedBy": ["IF-001"], "decision": "DAG-DEC57", "rationale": "r", "effective": "M5" }, "scenarioVariants": [ { "id": "1", "name": "v" } ], "exemptions": [ \#(exemption) ], "history": [ \#(history) ], "sources": ["s"] }"#
    ),
    (
      "nfrs/E2E1009.json", .nfr,
      #"{ "id": "E2E1009", "title": "T", "category": "c", "responseTime": "PT6S", "appliesTo": { "interfaces": ["IF-001"], "validationLevels": [4] }, "exemptions": [ { "party": "P", "scope": "s", "changeRequest": "CR034", "decision": "d", "release": "M5" } ], "sources": ["s"] }"#
    ),
    (
      "datatypes/DT-001.json", .dataType,
      #"{ "id": "DT-001", "name": "N", "type": "number", "minLength": 1, "maxLength": 2, "pattern": "^x$", "format": "f", "minimum": 0, "maximum": 9, "multipleOf": 0.5, "enum": ["a", 1], "nullable": true, "example": 1.5, "sources": ["s"] }"#
    ),
    (
      "dataitems/DI-001.json", .dataItem,
      #"{ "id": "DI-001", "name": "N", "description": "d", "dataType": "DT-001", "type": "string", "minLength": 1, "maxLength": 2, "pattern": "^x$", "format": "f", "minimum": 0, "maximum": 9, "multipleOf": 1, "enum": ["a"], "nullable": false, "example": "a", "sources": ["s"] }"#
    ),
    (
      "blocks/B001.json", .block,
      #"{ "id": "B001", "name": "N", "fields": [ { "name": "f", "item": "DI-001", "required": true, "list": { "min": 0, "max": 3 } } ], "sources": ["s"] }"#
    ),
    (
      "change-requests/CR034.json", .changeRequest,
      #"{ "id": "CR034", "title": "T", "status": "approved", "raisedBy": "R", "decision": "d", "decidedOn": "2023-12-13", "release": "M5", "affects": ["IF-001"], "sources": ["s"] }"#
    ),
  ]

  /// The importers place new keys by this order, so it is pinned here as the format lists it.
  @Test func keyOrderIsTheFormatsOrder() {
    #expect(
      CatalogueFormat.keyOrder(.interface) == [
        "id", "name", "version", "status", "transport", "from", "to", "events", "schemaVersion", "process",
        "responseTimes", "timeBasis", "codeDraftingName", "replaces", "introducedIn", "withdrawnIn",
        "payload",
        "exemptions", "history", "sources",
      ])
    #expect(
      CatalogueFormat.keyOrder(.dataflow) == [
        "id", "version", "name", "ownership", "routes", "mhhs", "scenarioVariants", "exemptions", "history",
        "sources",
      ])
    #expect(CatalogueFormat.keyOrder(.role) == ["id", "name", "aliases", "sources"])
    #expect(CatalogueFormat.keyOrder(.release) == ["id", "name", "date", "sources"])
  }

  /// Every declared member is read from its own key and written back under it: the field tree of
  /// a file holding every member has the file's keys, in order, at the file's positions, at
  /// every depth.
  @Test(arguments: fullFiles.indices) func everyMemberIsReadAndWrittenUnderItsKey(_ index: Int) throws {
    let file = Self.fullFiles[index]
    let catalogue = try CatalogueLoader.load(
      files: [CatalogueLoader.File(file.path, file.text)], directory: "c")
    // (A data item holding every member has both `dataType` and `type`, which is reported.)
    #expect(
      catalogue.issues.allSatisfy { $0.message.contains("not both") }, "\(catalogue.issues.map(\.message))")
    let entity = try #require(EntityFields.entities(of: file.kind, in: catalogue).first)
    let tree = FieldTree.of(try #require(entity as? any Entity & FieldObject))
    let json = try JSONParser.parse(Array(file.text.utf8)).get()
    #expect(json.members?.map(\.key) == CatalogueFormat.keyOrder(file.kind))
    expectSameShape(json, tree, file.path)
  }

  private func expectSameShape(_ json: JSONValue, _ node: FieldNode, _ path: String) {
    switch node.value {
    case .object(let fields):
      let members = json.members ?? []
      #expect(fields.map(\.key) == members.map(\.key), "\(path)")
      for (member, field) in zip(members, fields) {
        #expect(field.node.position == member.keyPosition, "\(path)/\(member.key)")
        expectSameShape(member.value, field.node, "\(path)/\(member.key)")
      }
    case .list(let items):
      let elements = json.elements ?? []
      #expect(items.count == elements.count, "\(path)")
      for (i, (element, item)) in zip(elements, items).enumerated() {
        #expect(item.position == element.position, "\(path)/\(i)")
        expectSameShape(element, item, "\(path)/\(i)")
      }
    case .text:
      #expect(json.members == nil && json.elements == nil, "\(path)")
    }
  }

  /// Rule paths come from the same declaration, nested objects included.
  @Test func rulePathsFollowTheMembers() {
    let paths = FieldTree.paths[.dataflow] ?? []
    #expect(paths.starts(with: ["id", "version", "name", "ownership", "routes", "routes.from", "routes.to"]))
    #expect(paths.contains("mhhs.replacedBy") && paths.contains("history.summary"))
    #expect(FieldTree.paths[.interface]?.contains("responseTimes.error.within") == true)
  }
}
