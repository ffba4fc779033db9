import MHHSCatalogue

/// Every block's fields as a payload tree draws them under one of a variant's blocks, worked
/// out once (on all cores) for a catalogue rather than again for every interface that carries
/// the block: a site of 40,000 entities draws the same few common blocks on nearly all of its
/// 25,000 interface pages.
///
/// Under a variant's block the walk starts with only that block on its path, so what it draws
/// there depends on the block alone, except for two things the tree adds in place: the note
/// for fields grouped right under the block names the block's box (kept as a count and worded
/// when spliced), and the cap of ``Graph/maximumPayloadNodes`` boxes (a block is spliced only
/// when all its fields fit under the cap where it goes; a block whose fields alone reach it is
/// not prepared).
struct PreparedBlocks: Sendable {
  /// A block's fields, nested blocks opened, as the walk adds them under the block's box.
  struct Fields: Sendable {
    /// Ids relative to the block's box (`/0`, `/0/1`, `/+more`).
    var nodes: [Graph.Node]
    var measured: [GraphDrawing.MeasuredText]
    /// Each node's box drawn in SVG at the origin (``SVGRenderer/body(_:_:)``).
    var bodies: [String]
    /// Arrows as indices into `nodes`; -1 is the block's box.
    var links: [(from: Int, to: Int)]
    /// How many fields are grouped into a "+K more" box right under the block's box.
    var grouped: Int
    /// The notes of the boxes below, in order (not the one for `grouped`).
    var notes: [String]
  }

  let fanOut: Int
  private let byBlock: [String: Fields]

  init(_ catalogue: Catalogue, fanOut: Int = Graph.defaultFanOut) {
    self.fanOut = fanOut
    let ids = catalogue.blocks.map(\.id.value)
    var byBlock: [String: Fields] = [:]
    for (id, fields) in zip(ids, Parallel.map(ids) { Self.fields(of: $0, in: catalogue, fanOut: fanOut) }) {
      byBlock[id] = fields
    }
    self.byBlock = byBlock
  }

  /// The fields of block `id`, when prepared.
  func fields(of id: String) -> Fields? { byBlock[id] }

  /// What the walk adds under a variant's block `id`, from a box with an empty id and title.
  static func fields(of id: String, in catalogue: Catalogue, fanOut: Int) -> Fields? {
    var tree = PayloadTree(catalogue: catalogue, fanOut: fanOut, graph: Graph(title: "", summary: ""))
    tree.add(Graph.Node(id: "", title: "", kind: .block, layer: 2), under: nil)
    tree.addFields(of: id, under: 0, layer: 3, path: [id])
    guard !tree.reachedCap else { return nil }
    let count = catalogue.block(id)?.fields?.value.count ?? 0
    let grouped = count - FanOut(limit: fanOut).shownCount(count)
    let nodes = Array(tree.graph.nodes.dropFirst())
    let measured = nodes.map(GraphDrawing.measure)
    return Fields(
      nodes: nodes, measured: measured, bodies: zip(nodes, measured).map(SVGRenderer.body),
      links: tree.links.map { ($0.from - 1, $0.to - 1) }, grouped: grouped,
      notes: Array(tree.graph.notes.dropFirst(grouped > 0 ? 1 : 0)))
  }
}
