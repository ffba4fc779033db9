/// A layered (Sugiyama) layout, left to right: every box in a column (its layer), arrows from
/// one column to a later one. The phases, each in its own file: break cycles, assign layers,
/// add a dummy box per column an arrow crosses, order each column to reduce crossings, then
/// place the columns and the boxes in them. A forest with every arrow one column long is laid
/// out directly as a tidy tree instead (``TreeLayout``): the same columns and arrows, with no
/// ordering to search for. Deterministic: no randomness, ties broken by input order.
public struct LayeredLayout: Sendable {
  /// What to lay out: box sizes, optional fixed layers, and arrows as index pairs.
  public struct Input: Sendable {
    public var sizes: [Size]
    /// A layer per box, used when every box has one and every arrow goes between two different
    /// layers; otherwise the layout assigns layers itself.
    public var layers: [Int?]
    public var edges: [(from: Int, to: Int)]

    public init(sizes: [Size], layers: [Int?]? = nil, edges: [(from: Int, to: Int)]) {
      self.sizes = sizes
      self.layers = layers ?? Array(repeating: nil, count: sizes.count)
      self.edges = edges
    }
  }

  /// Where everything went.
  public struct Output: Sendable {
    /// One per input box.
    public var boxes: [Rect]
    /// One per input arrow, from its source to its target: points in pairs, each pair a
    /// straight run across a column and the step from one pair to the next a curve across the
    /// gap between columns (see ``LayeredLayout``). Empty for an arrow from a box to itself.
    public var routes: [[Point]]
    public var width: Double
    public var height: Double
  }

  /// The gap between columns, where arrows curve.
  public var columnGap = 56.0
  /// The least gap between two boxes of a column.
  public var boxGap = 12.0
  /// The height an arrow takes where it crosses a column.
  public var dummyHeight = 6.0
  public var margin = 8.0

  public init() {}

  public func layout(_ input: Input) -> Output {
    let edges = Self.drawable(input)
    if let tree = TreeLayout(layout: self, sizes: input.sizes, layers: input.layers, edges: edges) {
      return tree.place(input.edges)
    }
    return layered(input)
  }

  /// The arrows that can be drawn: not from a box to itself, and between boxes that exist.
  static func drawable(_ input: Input) -> [(from: Int, to: Int)] {
    let n = input.sizes.count
    return input.edges.filter { $0.from != $0.to && $0.from < n && $0.to < n && $0.from >= 0 && $0.to >= 0 }
  }

  /// The layout by the general phases, whatever the graph.
  func layered(_ input: Input) -> Output {
    let n = input.sizes.count
    let edges = Self.drawable(input)
    var layers: [Int]
    var oriented: [(from: Int, to: Int, reversed: Bool)]
    if let fixed = FixedLayers.layers(input.layers, edges) {
      layers = fixed
      oriented = edges.map {
        layers[$0.from] < layers[$0.to] ? ($0.from, $0.to, false) : ($0.to, $0.from, true)
      }
    } else {
      oriented = CycleBreaking.orient(nodeCount: n, edges)
      layers = LayerAssignment.longestPath(nodeCount: n, oriented.map { ($0.from, $0.to) })
    }
    var proper = ProperGraph(
      layers: layers, sizes: input.sizes, edges: oriented.map { ($0.from, $0.to) }, dummyHeight: dummyHeight)
    proper.order = CrossingReduction.order(proper)
    let placed = CoordinateAssignment(layout: self).place(proper)
    var routes: [[Point]] = []
    var index = 0
    for edge in input.edges {
      guard edge.from != edge.to, edge.from < n, edge.to < n, edge.from >= 0, edge.to >= 0 else {
        routes.append([])
        continue
      }
      let route = placed.route(proper.chains[index])
      routes.append(oriented[index].reversed ? route.reversed() : route)
      index += 1
    }
    return Output(
      boxes: Array(placed.boxes.prefix(n)), routes: routes, width: placed.width, height: placed.height)
  }
}

/// The layers a view fixed, when they can be used as they are.
enum FixedLayers {
  static func layers(_ layers: [Int?], _ edges: [(from: Int, to: Int)]) -> [Int]? {
    let fixed = layers.compactMap { $0 }
    guard fixed.count == layers.count, fixed.allSatisfy({ $0 >= 0 }),
      edges.allSatisfy({ fixed[$0.from] != fixed[$0.to] })
    else { return nil }
    // Close up empty layers, so no column is blank.
    let used = Array(Set(fixed)).sorted()
    let rank = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
    return fixed.map { rank[$0]! }
  }
}
