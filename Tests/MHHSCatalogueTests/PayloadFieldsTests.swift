import MHHSCatalogue
import Testing

/// Payload variants flattened to wire paths: order, requiredness, lists, and the walk's bounds.
@Suite struct PayloadFieldsTests {
  static func block(_ id: String, _ fields: String) -> String {
    #"{ "id": "\#(id)", "name": "Block \#(id)", "fields": [\#(fields)] }"#
  }

  static func variant(_ blocks: String) -> PayloadVariant {
    let files = [
      "interfaces/IF-001.json": CatalogueFixture.interface(
        "IF-001", #", "payload": [ { "blocks": [\#(blocks)] } ]"#)
    ]
    let catalogue = try! CatalogueFixture.load(files)
    return catalogue.interface("IF-001")!.payload!.value[0].value
  }

  @Test func flattensInWireOrderWithListsAndConditions() throws {
    let catalogue = try CatalogueFixture.load([
      "blocks/A0.json": Self.block(
        "A0", #"{ "name": "primaryRecipients", "dataType": "DT-006", "required": true, "list": {} }"#),
      "blocks/B900.json": Self.block(
        "B900",
        #"{ "name": "MQID", "item": "DI-052", "required": true }, { "name": "periods", "block": "B901", "required": true, "list": { "min": 1, "max": 200 } }"#
      ),
      "blocks/B901.json": Self.block("B901", #"{ "name": "v", "item": "DI-147", "required": false }"#),
    ])
    let variant = Self.variant(
      #"{ "block": "A0", "section": "common", "required": false }, { "block": "B900", "section": "custom", "required": true }"#
    )
    let nodes = PayloadFields(variant, in: catalogue).nodes
    #expect(
      nodes.map(\.wirePath) == [
        "CommonBlock.A0", "CommonBlock.A0.primaryRecipients[]", "CustomBlock.B900", "CustomBlock.B900.MQID",
        "CustomBlock.B900.periods[]", "CustomBlock.B900.periods[].v",
      ])
    #expect(nodes.map(\.block) == ["A0", nil, "B900", nil, "B901", nil])
    #expect(nodes.map(\.required) == [false, true, true, true, true, false])
    #expect(nodes[1].requiredIf == "CommonBlock.A0")
    #expect(nodes[3].requiredIf == nil)
    #expect(nodes[4].list?.min?.value == 1 && nodes[4].list?.max?.value == 200)
    #expect(nodes[5].blocks == ["B900", "B901"])
    #expect(nodes[5].field?.item?.value == "DI-147")
  }

  @Test func aBlockInsideItselfIsListedOnceMoreAndNotExpanded() throws {
    let catalogue = try CatalogueFixture.load([
      "blocks/C1.json": Self.block("C1", #"{ "name": "next", "block": "C2", "required": true }"#),
      "blocks/C2.json": Self.block("C2", #"{ "name": "back", "block": "C1", "required": true }"#),
    ])
    let nodes = PayloadFields(
      Self.variant(#"{ "block": "C1", "section": "custom", "required": true }"#), in: catalogue
    ).nodes
    #expect(nodes.map(\.wirePath) == ["CustomBlock.C1", "CustomBlock.C1.next", "CustomBlock.C1.next.back"])
    #expect(nodes.last?.stop == .cycle(["C1", "C2", "C1"]))
  }

  @Test func nestingStopsAtTheDepthBound() throws {
    let depth = PayloadFields.maxDepth + 10
    var files: [String: String] = [:]
    for n in 0..<depth {
      files["blocks/B\(n).json"] = Self.block(
        "B\(n)", #"{ "name": "f", "block": "B\#(n + 1)", "required": true }"#)
    }
    let catalogue = try CatalogueFixture.load(files)
    let nodes = PayloadFields(
      Self.variant(#"{ "block": "B0", "section": "custom", "required": true }"#), in: catalogue
    ).nodes
    #expect(nodes.count == PayloadFields.maxDepth + 1)
    #expect(nodes.last?.stop == .tooDeep)
    #expect(nodes.dropLast().allSatisfy { $0.stop == nil })
  }

  /// Blocks that each hold the next one twice double the payload at every level: the walk stops
  /// at its node limit instead of listing 2^30 fields.
  @Test func reusedBlocksStopAtTheNodeLimit() throws {
    var files: [String: String] = [:]
    for n in 0..<30 {
      files["blocks/B\(n).json"] = Self.block(
        "B\(n)",
        #"{ "name": "a", "block": "B\#(n + 1)", "required": true }, { "name": "b", "block": "B\#(n + 1)", "required": true }"#
      )
    }
    let catalogue = try CatalogueFixture.load(files)
    let variant = Self.variant(#"{ "block": "B0", "section": "custom", "required": true }"#)
    let fields = PayloadFields(variant, in: catalogue, maxNodes: 500)
    #expect(fields.truncated)
    #expect(fields.nodes.count == 500)
    let small = PayloadFields(
      Self.variant(#"{ "block": "B29", "section": "custom", "required": true }"#), in: catalogue)
    #expect(!small.truncated)
    #expect(small.nodes.map(\.stop) == [nil, .unknownBlock, .unknownBlock])
  }
}
