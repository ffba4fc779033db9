/// A ``Graph`` laid out: each box's place and the lines of text in it, each arrow's route.
public struct GraphDrawing: Sendable {
  public struct Box: Sendable {
    public var node: Graph.Node
    public var frame: Rect
    /// The title, wrapped; drawn bold.
    public var titleLines: [String]
    /// The detail, wrapped and shortened.
    public var detailLines: [String]
  }

  /// Widest a title or detail line may be, in monospace columns.
  public static let titleColumns = 36
  public static let detailColumns = 34
  public static let horizontalPadding = 10.0
  public static let verticalPadding = 7.0

  public var graph: Graph
  public var boxes: [Box]
  /// One per edge of the graph; empty for an arrow the picture cannot draw (to a box that does
  /// not exist, or from a box to itself).
  public var routes: [[Point]]
  public var width: Double
  public var height: Double

  /// A node's text wrapped to its box, and the box's size: all a box needs before it is placed.
  public struct MeasuredText: Sendable {
    public var titleLines: [String]
    public var detailLines: [String]
    public var size: Size
  }

  /// `node`'s title and detail wrapped, and the box that holds them.
  public static func measure(_ node: Graph.Node) -> MeasuredText {
    let title = TextMetrics.wrap(node.title, width: titleColumns, maxLines: 2)
    let detail = node.detail.map { TextMetrics.wrap($0, width: detailColumns, maxLines: 3) } ?? []
    let widest = (title + detail).map(TextMetrics.width).max() ?? 0
    return MeasuredText(
      titleLines: title, detailLines: detail,
      size: Size(
        width: (widest + 2 * horizontalPadding).rounded(.up),
        height: Double(title.count + detail.count) * TextMetrics.lineHeight + 2 * verticalPadding))
  }

  public init(_ graph: Graph, layout: LayeredLayout = LayeredLayout()) {
    var index: [String: Int] = [:]
    index.reserveCapacity(graph.nodes.count)
    for (i, node) in graph.nodes.enumerated() where index[node.id] == nil { index[node.id] = i }
    var edges: [(from: Int, to: Int)] = []
    var drawn: [Int] = []
    for (i, edge) in graph.edges.enumerated() {
      guard let from = index[edge.from], let to = index[edge.to], from != to else { continue }
      edges.append((from, to))
      drawn.append(i)
    }
    self.init(graph, measured: graph.nodes.map(Self.measure), edges: edges, drawn: drawn, layout: layout)
  }

  /// The drawing of `graph` from its nodes' texts already measured (one per node) and the
  /// arrows it can draw, as node indices; `drawn` holds the index in `graph.edges` of each.
  init(
    _ graph: Graph, measured: [MeasuredText], edges: [(from: Int, to: Int)], drawn: [Int],
    layout: LayeredLayout = LayeredLayout()
  ) {
    self.graph = graph
    // A wide fan needs room to spread: the gap between columns grows with the most arrows at
    // one box.
    var degree = Array(repeating: 0, count: graph.nodes.count)
    for edge in edges {
      degree[edge.from] += 1
      degree[edge.to] += 1
    }
    var layout = layout
    layout.columnGap = max(layout.columnGap, min(140, 40 + 5 * Double(degree.max() ?? 0)))
    let output = layout.layout(
      LayeredLayout.Input(sizes: measured.map(\.size), layers: graph.nodes.map(\.layer), edges: edges))
    boxes = graph.nodes.indices.map {
      Box(
        node: graph.nodes[$0], frame: output.boxes[$0], titleLines: measured[$0].titleLines,
        detailLines: measured[$0].detailLines)
    }
    routes = Array(repeating: [], count: graph.edges.count)
    for (route, edge) in zip(output.routes, drawn) { routes[edge] = route }
    width = output.width
    height = output.height
  }
}
