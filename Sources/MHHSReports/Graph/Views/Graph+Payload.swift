import MHHSCatalogue

extension Graph {
  /// The most boxes a payload tree draws; past it, blocks are drawn without their fields.
  public static let maximumPayloadNodes = 400

  /// What an interface carries, as a tree: the interface, its payload variants, their blocks,
  /// and each block's fields, nested blocks opened in place. A block met again inside itself is
  /// drawn as a leaf marked "(cycle)". With `release`, the interface must be in scope at it.
  public static func payload(
    _ id: String, in catalogue: Catalogue, release: String? = nil, fanOut: Int = defaultFanOut
  ) throws(GraphError) -> Graph {
    guard let interface = catalogue.interface(id) else { throw .unknown(.interface, id, in: catalogue) }
    guard try GraphError.scope(release, in: catalogue).contains(interface, in: catalogue) else {
      throw .notInRelease(interface: id, release: release ?? "")
    }
    let variants = interface.payload?.values() ?? []
    let plural = variants.count == 1 ? "" : "s"
    var tree = PayloadTree(
      catalogue: catalogue, fanOut: fanOut,
      graph: Graph(
        title: "\(id)\((interface.name?.value).map { " \($0)" } ?? ""): payload",
        summary: variants.isEmpty
          ? "The catalogue records no payload for \(id)."
          : "\(id) carries \(variants.count) payload variant\(plural), drawn with their blocks and the blocks' fields."
      ))
    let root = "interface:\(id)"
    tree.add(Node(id: root, title: id, detail: interface.name?.value, kind: .interface, layer: 0), under: nil)
    for index in tree.capped(variants.count, under: root, layer: 1, what: "variants") {
      tree.addVariant(variants[index], number: index + 1, under: root)
    }
    return tree.graph
  }
}

/// A payload tree being built.
struct PayloadTree {
  let catalogue: Catalogue
  let fanOut: Int
  var graph: Graph

  mutating func add(_ node: Graph.Node, under parent: String?) {
    graph.nodes.append(node)
    if let parent { graph.edges.append(Graph.Edge(from: parent, to: node.id)) }
  }

  /// The indices of the first children of `parent` to draw, out of `count`; past the fan-out
  /// cap the rest are grouped into one "+K more" box, and noted.
  mutating func capped(_ count: Int, under parent: String, layer: Int, what: String) -> Range<Int> {
    let shown = FanOut(limit: fanOut).shownCount(count)
    if shown < count {
      let title = graph.nodes.first { $0.id == parent }?.title ?? parent
      add(
        Graph.Node(id: "\(parent)/+more", title: "+\(count - shown) more", kind: .more, layer: layer),
        under: parent)
      graph.notes.append("\(count - shown) \(what) under \(title) grouped as \"+\(count - shown) more\".")
    }
    return 0..<shown
  }

  mutating func addVariant(_ variant: PayloadVariant, number: Int, under parent: String) {
    let id = "variant:\(number)"
    let events = variant.events.map { "events: " + $0.values().joined(separator: ", ") } ?? "all events"
    add(
      Graph.Node(id: id, title: "variant \(number)", detail: events, kind: .variant, layer: 1), under: parent)
    let blocks = variant.blocks?.values() ?? []
    for index in capped(blocks.count, under: id, layer: 2, what: "blocks") {
      let entry = blocks[index]
      let node = "\(id)/\(index)"
      var detail = [catalogue.block(entry.block.value)?.name?.value, entry.section?.value.rawValue].compactMap
      { $0 }
      if entry.required?.value != true { detail.append("optional") }
      if let list = entry.list?.value { detail.append(Self.bounds(list)) }
      let block = entry.block.value
      let title = entry.wireName == block ? block : "\(entry.wireName): \(block)"
      add(
        Graph.Node(id: node, title: title, detail: detail.joined(separator: ", "), kind: .block, layer: 2),
        under: id)
      addFields(of: block, under: node, layer: 3, path: [block])
    }
  }

  /// Adds the fields of block `blockID` under `parent`, opening nested blocks not already on
  /// `path`.
  mutating func addFields(of blockID: String, under parent: String, layer: Int, path: [String]) {
    guard let fields = catalogue.block(blockID)?.fields?.values(), !fields.isEmpty else { return }
    guard graph.nodes.count < Graph.maximumPayloadNodes else {
      graph.notes.append(
        "Fields of \(blockID) not drawn: the tree reached \(Graph.maximumPayloadNodes) boxes.")
      return
    }
    for index in capped(fields.count, under: parent, layer: layer, what: "fields") {
      let field = fields[index]
      let node = "\(parent)/\(index)"
      var detail: [String] = []
      var nested: String?
      switch field.target {
      case .item(let item)?: detail.append(named(item.value, catalogue.dataItem(item.value)?.name?.value))
      case .dataType(let type)?: detail.append(named(type.value, catalogue.dataType(type.value)?.name?.value))
      case .block(let block)?:
        detail.append(named(block.value, catalogue.block(block.value)?.name?.value))
        nested = block.value
      case nil: if let type = field.type?.value { detail.append(type.rawValue) }
      }
      if field.required?.value != true { detail.append("optional") }
      if let list = field.list?.value { detail.append(Self.bounds(list)) }
      let cycle = nested.map(path.contains) ?? false
      if cycle { detail.append("(cycle)") }
      add(
        Graph.Node(
          id: node, title: field.name.value, detail: detail.joined(separator: ", "),
          kind: nested == nil ? .item : .block, layer: layer),
        under: parent)
      if let nested, !cycle { addFields(of: nested, under: node, layer: layer + 1, path: path + [nested]) }
    }
  }

  private func named(_ id: String, _ name: String?) -> String { name.map { "\(id) \($0)" } ?? id }

  /// "list", "list 1..48", "list 0..10".
  static func bounds(_ list: ListBounds) -> String {
    if list.min == nil && list.max == nil { return "list" }
    return "list \(list.min.map { String($0.value) } ?? "0")..\(list.max.map { String($0.value) } ?? "*")"
  }
}
