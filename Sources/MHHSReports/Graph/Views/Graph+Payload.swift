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
    try PayloadTree.build(id, in: catalogue, release: release, fanOut: fanOut, prepared: nil).graph
  }

  /// The drawing of ``payload(_:in:release:fanOut:)``, with each block's fields taken from
  /// `prepared` where that draws them as the plain walk would (see ``PreparedBlocks``): the
  /// same graph and the same drawing, without walking, wording and measuring those fields
  /// again for every interface that carries the block.
  static func payloadDrawing(
    _ id: String, in catalogue: Catalogue, prepared: PreparedBlocks
  ) throws(GraphError) -> GraphDrawing {
    payloadDrawing(
      try PayloadTree.build(id, in: catalogue, release: nil, fanOut: prepared.fanOut, prepared: prepared))
  }

  /// The SVG of ``payloadDrawing(_:in:prepared:)``, the prepared boxes written as drawn once.
  static func payloadSVG(_ id: String, in catalogue: Catalogue, prepared: PreparedBlocks) throws(GraphError)
    -> String
  {
    let tree = try PayloadTree.build(
      id, in: catalogue, release: nil, fanOut: prepared.fanOut, prepared: prepared)
    return SVGRenderer.render(payloadDrawing(tree), bodies: tree.bodies)
  }

  private static func payloadDrawing(_ tree: PayloadTree) -> GraphDrawing {
    GraphDrawing(
      tree.graph, measured: zip(tree.graph.nodes, tree.measured).map { $1 ?? GraphDrawing.measure($0) },
      edges: tree.links, drawn: Array(tree.links.indices))
  }
}

/// A payload tree being built: its graph, and each arrow as node indices (every arrow joins a
/// box to one added after it, so all can be drawn).
struct PayloadTree {
  let catalogue: Catalogue
  let fanOut: Int
  var graph: Graph
  var links: [(from: Int, to: Int)] = []
  /// Each node's text as ``PreparedBlocks`` measured it, or `nil` (measured when drawn).
  var measured: [GraphDrawing.MeasuredText?] = []
  /// Each node's box as ``PreparedBlocks`` drew it in SVG, or `nil` (drawn when written).
  var bodies: [String?] = []
  /// Whether a block's fields were left out for ``Graph/maximumPayloadNodes``.
  var reachedCap = false
  let prepared: PreparedBlocks?

  init(catalogue: Catalogue, fanOut: Int, graph: Graph, prepared: PreparedBlocks? = nil) {
    self.catalogue = catalogue
    self.fanOut = fanOut
    self.graph = graph
    self.prepared = prepared
  }

  static func build(
    _ id: String, in catalogue: Catalogue, release: String?, fanOut: Int, prepared: PreparedBlocks?
  ) throws(GraphError) -> PayloadTree {
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
      ),
      prepared: prepared)
    let root = tree.add(
      Graph.Node(id: "interface:\(id)", title: id, detail: interface.name?.value, kind: .interface, layer: 0),
      under: nil)
    for index in tree.capped(variants.count, under: root, layer: 1, what: "variants") {
      tree.addVariant(variants[index], number: index + 1, under: root)
    }
    return tree
  }

  /// Adds `node` under the node at index `parent`; returns its index.
  @discardableResult
  mutating func add(_ node: Graph.Node, under parent: Int?) -> Int {
    let index = graph.nodes.count
    if let parent {
      graph.edges.append(Graph.Edge(from: graph.nodes[parent].id, to: node.id))
      links.append((parent, index))
    }
    graph.nodes.append(node)
    measured.append(nil)
    bodies.append(nil)
    return index
  }

  /// The indices of the first children of `parent` to draw, out of `count`; past the fan-out
  /// cap the rest are grouped into one "+K more" box, and noted.
  mutating func capped(_ count: Int, under parent: Int, layer: Int, what: String) -> Range<Int> {
    let shown = FanOut(limit: fanOut).shownCount(count)
    if shown < count {
      let parentNode = graph.nodes[parent]
      add(
        Graph.Node(id: "\(parentNode.id)/+more", title: "+\(count - shown) more", kind: .more, layer: layer),
        under: parent)
      graph.notes.append(Self.groupedNote(count - shown, what, under: parentNode.title))
    }
    return 0..<shown
  }

  /// The note for `grouped` children of the box titled `title` drawn as one "+K more" box.
  static func groupedNote(_ grouped: Int, _ what: String, under title: String) -> String {
    "\(grouped) \(what) under \(title) grouped as \"+\(grouped) more\"."
  }

  mutating func addVariant(_ variant: PayloadVariant, number: Int, under parent: Int) {
    let id = "variant:\(number)"
    let events = variant.events.map { "events: " + $0.values().joined(separator: ", ") } ?? "all events"
    let variantNode = add(
      Graph.Node(id: id, title: "variant \(number)", detail: events, kind: .variant, layer: 1), under: parent)
    let blocks = variant.blocks?.values() ?? []
    for index in capped(blocks.count, under: variantNode, layer: 2, what: "blocks") {
      let entry = blocks[index]
      var detail = [catalogue.block(entry.block.value)?.name?.value, entry.section?.value.rawValue].compactMap
      { $0 }
      if entry.required?.value != true { detail.append("optional") }
      if let list = entry.list?.value { detail.append(Self.bounds(list)) }
      let block = entry.block.value
      let title = entry.wireName == block ? block : "\(entry.wireName): \(block)"
      let node = add(
        Graph.Node(
          id: "\(id)/\(index)", title: title, detail: detail.joined(separator: ", "), kind: .block, layer: 2),
        under: variantNode)
      if let fields = prepared?.fields(of: block),
        graph.nodes.count + fields.nodes.count <= Graph.maximumPayloadNodes
      {
        splice(fields, under: node)
      } else {
        addFields(of: block, under: node, layer: 3, path: [block])
      }
    }
  }

  /// Adds the fields of block `blockID` under `parent`, opening nested blocks not already on
  /// `path`.
  mutating func addFields(of blockID: String, under parent: Int, layer: Int, path: [String]) {
    guard let fields = catalogue.block(blockID)?.fields?.values(), !fields.isEmpty else { return }
    guard graph.nodes.count < Graph.maximumPayloadNodes else {
      graph.notes.append(
        "Fields of \(blockID) not drawn: the tree reached \(Graph.maximumPayloadNodes) boxes.")
      reachedCap = true
      return
    }
    for index in capped(fields.count, under: parent, layer: layer, what: "fields") {
      let field = fields[index]
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
      let node = add(
        Graph.Node(
          id: "\(graph.nodes[parent].id)/\(index)", title: field.name.value,
          detail: detail.joined(separator: ", "),
          kind: nested == nil ? .item : .block, layer: layer),
        under: parent)
      if let nested, !cycle { addFields(of: nested, under: node, layer: layer + 1, path: path + [nested]) }
    }
  }

  /// Adds a block's fields as ``PreparedBlocks`` drew them, under the block's box at `parent`:
  /// the nodes with their ids under the box's, the arrows, the notes (the one naming the box
  /// worded with its title).
  mutating func splice(_ fields: PreparedBlocks.Fields, under parent: Int) {
    let base = graph.nodes.count
    let parentNode = graph.nodes[parent]
    for (node, (text, body)) in zip(fields.nodes, zip(fields.measured, fields.bodies)) {
      var node = node
      node.id = parentNode.id + node.id
      graph.nodes.append(node)
      measured.append(text)
      bodies.append(body)
    }
    for (from, to) in fields.links {
      let source = from < 0 ? parent : base + from
      graph.edges.append(Graph.Edge(from: graph.nodes[source].id, to: graph.nodes[base + to].id))
      links.append((source, base + to))
    }
    if fields.grouped > 0 {
      graph.notes.append(Self.groupedNote(fields.grouped, "fields", under: parentNode.title))
    }
    graph.notes += fields.notes
  }

  private func named(_ id: String, _ name: String?) -> String { name.map { "\(id) \($0)" } ?? id }

  /// "list", "list 1..48", "list 0..10".
  static func bounds(_ list: ListBounds) -> String {
    if list.min == nil && list.max == nil { return "list" }
    return "list \(list.min.map { String($0.value) } ?? "0")..\(list.max.map { String($0.value) } ?? "*")"
  }
}
