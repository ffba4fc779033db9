import MHHSCatalogue

/// The payload tables: `--by item` (each data item and the interfaces that carry it) and
/// `--by payload` (each interface's payload flattened to wire paths). Both walk the payloads
/// with ``PayloadFields``.
extension MappingTable {
  static let itemColumns = [
    Column(title: "Item", key: "item"), Column(title: "Name", key: "name"),
    Column(title: "Interface", key: "interface"), Column(title: "Events", key: "events"),
    Column(title: "Blocks", key: "blocks"), Column(title: "Wire path", key: "wirePath"),
    Column(title: "Required", key: "required"),
  ]

  static let payloadColumns = [
    Column(title: "Interface", key: "interface"), Column(title: "Variant", key: "variant"),
    Column(title: "Events", key: "events"), Column(title: "Wire path", key: "wirePath"),
    Column(title: "Block", key: "block"), Column(title: "Item", key: "item"),
    Column(title: "Name", key: "name"),
    Column(title: "Data type", key: "dataType"), Column(title: "Type", key: "type"),
    Column(title: "Constraints", key: "constraints"), Column(title: "Required", key: "required"),
    Column(title: "List", key: "list"),
  ]

  /// One row per data item × interface × wire path (variants carrying the item at the same path
  /// with the same requiredness share a row, their events listed), sorted by item, interface,
  /// wire path; a data item no interface in scope carries has one row with the interface cells
  /// empty, so every data item appears.
  static func itemRows(_ catalogue: Catalogue, interfaces: [Interface]) -> [[Cell]] {
    struct Carrier {
      var item: String
      var interface: String
      var wirePath: String
      var blocks: [String]
      var required: String
      var firstVariant: Int
      var events: [String]
    }
    var carriers: [Carrier] = []
    var index: [[String]: Int] = [:]
    for interface in interfaces {
      for (number, variant) in (interface.payload?.value ?? []).enumerated() {
        let events = Self.events(of: variant.value, in: interface)
        for node in PayloadFields(variant.value, in: catalogue).nodes {
          guard let item = node.field?.item?.value else { continue }
          let required = Self.required(node)
          let key = [item, interface.id.value, node.wirePath, required]
          if let at = index[key] {
            for event in events where !carriers[at].events.contains(event) {
              carriers[at].events.append(event)
            }
          } else {
            index[key] = carriers.count
            carriers.append(
              Carrier(
                item: item, interface: interface.id.value, wirePath: node.wirePath, blocks: node.blocks,
                required: required, firstVariant: number, events: events))
          }
        }
      }
    }
    let carried = Set(carriers.map(\.item))
    for item in catalogue.dataItems where !carried.contains(item.id.value) {
      carriers.append(
        Carrier(
          item: item.id.value, interface: "", wirePath: "", blocks: [], required: "", firstVariant: 0,
          events: []))
    }
    carriers.sort { a, b in
      for (x, y) in [(a.item, b.item), (a.interface, b.interface), (a.wirePath, b.wirePath)] where x != y {
        return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
      }
      return a.firstVariant < b.firstVariant
    }
    return carriers.map { c in
      let carried = !c.interface.isEmpty
      return [
        .text(c.item), text(catalogue.dataItem(c.item)?.name?.value),
        carried ? .text(c.interface) : .empty, carried ? .list(c.events) : .empty,
        carried ? .text(c.blocks.joined(separator: " > ")) : .empty, carried ? .text(c.wirePath) : .empty,
        carried ? .text(c.required) : .empty,
      ]
    }
  }

  /// One row per node of each payload variant, in wire order: interfaces by id, variants in
  /// published order (numbered from 1). A block's row has its id in Block and "object" as its
  /// type; a value's row has its item, data type, type and constraints, taken from the field
  /// itself when it is defined in place, else from its data item, else from the data type.
  static func payloadRows(_ catalogue: Catalogue, interfaces: [Interface]) -> [[Cell]] {
    var rows: [[Cell]] = []
    for interface in interfaces {
      for (number, variant) in (interface.payload?.value ?? []).enumerated() {
        let events = Self.events(of: variant.value, in: interface)
        let fields = PayloadFields(variant.value, in: catalogue)
        for node in fields.nodes {
          var row: [Cell] = [
            .text(interface.id.value), .text(String(number + 1)), .list(events), .text(node.wirePath),
          ]
          if let block = node.block {
            row += [.text(block), .empty, text(catalogue.block(block)?.name?.value), .empty]
            row += [node.stop == .unknownBlock ? .empty : .text("object"), stopNote(node.stop)]
          } else if let field = node.field {
            let definition = Definition(field, in: catalogue)
            row += [
              .empty, text(field.item?.value),
              text(field.item.flatMap { catalogue.dataItem($0.value) }?.name?.value),
              text(definition.dataType), text(definition.constraints?.type?.value.rawValue),
              definition.constraints.map { list(Self.constraints($0)) } ?? .empty,
            ]
          }
          row += [.text(Self.required(node)), text(node.list.map(Self.bounds))]
          rows.append(row)
        }
        if fields.truncated {
          rows.append(
            [.text(interface.id.value), .text(String(number + 1)), .list(events), .text("…")]
              + Array(repeating: .empty, count: 5)
              + [.list(["not listed: more than \(PayloadFields.maxNodes) fields"]), .empty, .empty])
        }
      }
    }
    return rows
  }

  /// Where a value's definition comes from: the field itself when defined in place, else its
  /// data item (defined in place, or by its data type), else the data type the field names.
  struct Definition {
    var dataType: String?
    var constraints: (any PayloadConstraints)?

    init(_ field: BlockField, in catalogue: Catalogue) {
      if field.hasConstraints {
        dataType = field.dataType?.value
        constraints = field
      } else if let id = field.item?.value {
        let item = catalogue.dataItem(id)
        dataType = item?.dataType?.value
        if let item, item.hasConstraints {
          constraints = item
        } else {
          constraints = dataType.flatMap { catalogue.dataType($0) }
        }
      } else {
        dataType = field.dataType?.value
        constraints = dataType.flatMap { catalogue.dataType($0) }
      }
    }
  }

  /// The events a variant covers: its own, or (absent) every event of the interface.
  static func events(of variant: PayloadVariant, in interface: Interface) -> [String] {
    (variant.events ?? interface.events)?.values() ?? []
  }

  /// `yes`, `no`, or `if CommonBlock.A0 is present` when the node is required only inside an
  /// optional block.
  static func required(_ node: PayloadNode) -> String {
    guard node.required else { return "no" }
    return node.requiredIf.map { "if \($0) is present" } ?? "yes"
  }

  /// An array's bounds as a multiplicity: `1..200`, `0..*`.
  static func bounds(_ list: ListBounds) -> String {
    "\(list.min?.value ?? 0)..\(list.max.map { String($0.value) } ?? "*")"
  }

  /// The constraints as published, one per entry: `maxLength 200`, `pattern ^S-…$`,
  /// `enum W, L, H`, `nullable`.
  static func constraints(_ c: some PayloadConstraints) -> [String] {
    var out: [String] = []
    if let v = c.minLength?.value { out.append("minLength \(v)") }
    if let v = c.maxLength?.value { out.append("maxLength \(v)") }
    if let v = c.pattern?.value { out.append("pattern \(v)") }
    if let v = c.format?.value { out.append("format \(v)") }
    if let v = c.minimum?.value { out.append("minimum \(v.text)") }
    if let v = c.maximum?.value { out.append("maximum \(v.text)") }
    if let v = c.multipleOf?.value { out.append("multipleOf \(v.text)") }
    if let values = c.enumValues?.values() {
      out.append("enum " + values.map(enumText).joined(separator: ", "))
    }
    if c.nullable?.value == true { out.append("nullable") }
    return out
  }

  private static func enumText(_ value: JSON) -> String {
    switch value {
    case .string(let s): s
    case .number(let n): n
    default: value.render(indent: false)
    }
  }

  private static func stopNote(_ stop: PayloadNode.Stop?) -> Cell {
    switch stop {
    case nil: .empty
    case .cycle(let blocks):
      .list(["not expanded: \(blocks[0]) contains itself (\(blocks.joined(separator: " > ")))"])
    case .tooDeep: .list(["not expanded: nested deeper than \(PayloadFields.maxDepth) blocks"])
    case .unknownBlock: .list(["unknown block"])
    }
  }

  private static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
  private static func list(_ values: [String]) -> Cell { values.isEmpty ? .empty : .list(values) }
}
