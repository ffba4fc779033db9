import Testing

@testable import MHHSCatalogue

/// The reverse index from payload entities to the interfaces that reach them.
@Suite("Payload users")
struct PayloadUsersTests {
  /// Two interfaces; IF-033 has two variants, only the second carries B012; blocks B012 and
  /// B013 form a cycle; DI-566 is typed by DT-002, B013 also names DT-002 directly.
  static let files: [String: String] = [
    "datatypes/DT-002.json": #"{ "id": "DT-002", "name": "MPAN Core", "type": "string" }"#,
    "datatypes/DT-995.json": #"{ "id": "DT-995", "name": "Sender Unique Reference", "type": "string" }"#,
    "dataitems/DI-566.json": #"{ "id": "DI-566", "name": "List Of MPANS On Site", "dataType": "DT-002" }"#,
    "dataitems/DI-995.json": #"{ "id": "DI-995", "name": "Sender Unique Reference", "dataType": "DT-995" }"#,
    "blocks/S1.json":
      #"{ "id": "S1", "name": "Sender", "fields": [ { "name": "senderUniqueReference", "item": "DI-995", "required": true } ] }"#,
    "blocks/B012.json":
      #"{ "id": "B012", "name": "X", "fields": [ { "name": "next", "block": "B013", "required": false } ] }"#,
    "blocks/B013.json": #"""
    { "id": "B013", "name": "Y", "fields": [ { "name": "back", "block": "B012", "required": false },
      { "name": "mpans", "item": "DI-566", "required": true }, { "name": "core", "dataType": "DT-002", "required": true } ] }
    """#,
    "blocks/B099.json": #"{ "id": "B099", "name": "Unused", "fields": [] }"#,
    "interfaces/IF-033.json": CatalogueFixture.interface(
      "IF-033",
      #", "payload": [ { "blocks": [ { "block": "S1", "section": "common", "required": true } ] }, { "blocks": [ { "block": "S1", "section": "common", "required": true }, { "block": "B012", "section": "custom", "required": true } ] } ]"#
    ),
    "interfaces/IF-001.json": CatalogueFixture.interface(
      "IF-001",
      #", "payload": [ { "blocks": [ { "block": "S1", "section": "common", "required": true }, { "block": "B013", "section": "custom", "required": true } ] } ]"#
    ),
    "interfaces/IF-002.json": CatalogueFixture.interface("IF-002"),
  ]

  @Test func routesNameTheInterfacesVariantsAndPath() throws {
    let catalogue = try CatalogueFixture.load(Self.files)
    #expect(catalogue.issues.count == 1, "the B012/B013 cycle: \(catalogue.issues.map(\.message))")
    let users = PayloadUsers(catalogue)
    #expect(users.interfaces(reaching: .dataType, "DT-995") == ["IF-001", "IF-033"])
    let toDI566 = users.routes(to: .dataItem, "DI-566")
    #expect(toDI566.map(\.interface) == ["IF-001", "IF-033"])
    #expect(toDI566[0].via == ["B013", "DI-566"])
    #expect(
      toDI566[1]
        == PayloadRoute(interface: "IF-033", variants: [2], variantCount: 2, via: ["B012", "B013", "DI-566"]))
    #expect(users.routes(to: .dataType, "DT-995")[1].variants == [1, 2])
    #expect(users.routes(to: .dataType, "DT-995")[1].via == ["S1", "DI-995", "DT-995"])
    #expect(users.routes(to: .dataType, "DT-002")[0].via == ["B013", "DI-566", "DT-002"])
    #expect(users.interfaces(reaching: .block, "B099").isEmpty)
    #expect(users.interfaces(reaching: .block, "S9").isEmpty)
  }

  /// The index equals a plain search: for every entity and interface, a walk with its own stack
  /// over blocks, items and types says whether the interface's payload reaches it.
  @Test func equalsAPlainSearch() throws {
    let catalogue = try CatalogueFixture.load(Self.files)
    let users = PayloadUsers(catalogue)
    func plainReach(_ interface: Interface) -> Set<PayloadEntityKey> {
      var seen: Set<PayloadEntityKey> = []
      var stack = (interface.payload?.values() ?? []).flatMap {
        ($0.blocks?.values() ?? []).map(\.block.value)
      }
      while let id = stack.popLast() {
        guard let block = catalogue.block(id), seen.insert(PayloadEntityKey(.block, id)).inserted else {
          continue
        }
        for field in block.fields?.values() ?? [] {
          if let child = field.block?.value { stack.append(child) }
          if let type = field.dataType?.value, catalogue.dataType(type) != nil {
            seen.insert(PayloadEntityKey(.dataType, type))
          }
          if let item = field.item?.value, let found = catalogue.dataItem(item) {
            seen.insert(PayloadEntityKey(.dataItem, item))
            if let type = found.dataType?.value, catalogue.dataType(type) != nil {
              seen.insert(PayloadEntityKey(.dataType, type))
            }
          }
        }
      }
      return seen
    }
    let keys =
      catalogue.blocks.map { PayloadEntityKey(.block, $0.id.value) }
      + catalogue.dataItems.map { PayloadEntityKey(.dataItem, $0.id.value) }
      + catalogue.dataTypes.map { PayloadEntityKey(.dataType, $0.id.value) }
    let reach = Dictionary(uniqueKeysWithValues: catalogue.interfaces.map { ($0.id.value, plainReach($0)) })
    for key in keys {
      let expected = reach.keys.filter { reach[$0]!.contains(key) }.sorted()
      #expect(users.interfaces(reaching: key.kind, key.id) == expected, "\(key)")
      for route in users.routes(to: key.kind, key.id) { #expect(route.via.last == key.id) }
    }
  }
}
