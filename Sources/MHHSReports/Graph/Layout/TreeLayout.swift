/// The layout of a graph that is a forest (every box has at most one arrow into it, and no
/// cycle) whose every arrow goes from one column to the next: a tidy tree, left to right, in
/// the columns and with the arrows ``LayeredLayout`` would draw, in time linear in the boxes
/// times the columns, where the general phases spend most of theirs ordering columns that a
/// tree never needs ordered.
///
/// Each subtree is laid out on its own, as the top and bottom of what it holds in each column
/// (its contour); a box's subtrees are then stacked in their order, each as close below the
/// ones before as every column they share allows, and the box is centred between the first
/// and the last of its children (Reingold and Tilford's tidy tree, with columns fixed). No
/// two boxes of a column can overlap, and the arrows between two columns keep the order of
/// their ends, so none cross.
struct TreeLayout {
  let layout: LayeredLayout
  let sizes: [Size]
  let layers: [Int]
  /// Each box's children, in the order of their arrows.
  let children: [[Int]]
  /// The boxes no arrow points to, in input order.
  let roots: [Int]

  /// The tree in `edges` (self-loops and arrows to boxes that do not exist already removed),
  /// or `nil` when it is not a forest with every arrow one column long.
  init?(layout: LayeredLayout, sizes: [Size], layers fixed: [Int?], edges: [(from: Int, to: Int)]) {
    let n = sizes.count
    var parent = [Int?](repeating: nil, count: n)
    var children = Array(repeating: [Int](), count: n)
    for (from, to) in edges {
      guard parent[to] == nil else { return nil }
      parent[to] = from
      children[from].append(to)
    }
    let roots = (0..<n).filter { parent[$0] == nil }
    // Depth from the roots; a cycle leaves its boxes unreached.
    var depth = Array(repeating: -1, count: n)
    var stack = roots
    for root in roots { depth[root] = 0 }
    var reached = 0
    while let node = stack.popLast() {
      reached += 1
      for child in children[node] {
        depth[child] = depth[node] + 1
        stack.append(child)
      }
    }
    guard reached == n else { return nil }
    // The columns ``LayeredLayout`` would use: the view's when it fixed them all, else the
    // longest path from a root, which in a forest is the depth.
    let layers = FixedLayers.layers(fixed, edges) ?? depth
    guard edges.allSatisfy({ layers[$0.to] == layers[$0.from] + 1 }) else { return nil }
    self.layout = layout
    self.sizes = sizes
    self.layers = layers
    self.children = children
    self.roots = roots
  }

  /// What one subtree takes up in each column from its root's: the top and bottom edges of
  /// its boxes there, relative to the centre of its root.
  struct Contour {
    var first: Int
    var top: [Double]
    var bottom: [Double]

    var last: Int { first + top.count - 1 }

    /// How far below its place `other` must move to be at least `gap` below `self` in every
    /// column both hold (`-infinity` when they share none).
    func clearance(of other: Contour, gap: Double) -> Double {
      let (low, high) = (max(first, other.first), min(last, other.last))
      guard low <= high else { return -.infinity }
      var shift = -Double.infinity
      for column in low...high {
        shift = max(shift, bottom[column - first] + gap - other.top[column - other.first])
      }
      return shift
    }

    /// `other`, moved down by `shift`, added to this.
    mutating func merge(_ other: Contour, shiftedBy shift: Double) {
      for column in other.first...other.last {
        let (t, b) = (other.top[column - other.first] + shift, other.bottom[column - other.first] + shift)
        if column < first {
          top.insert(t, at: 0)
          bottom.insert(b, at: 0)
          first -= 1
        } else if column > last {
          top.append(t)
          bottom.append(b)
        } else {
          top[column - first] = min(top[column - first], t)
          bottom[column - first] = max(bottom[column - first], b)
        }
      }
    }
  }

  /// The placed boxes, and the route of each of `edges` (empty for a self-loop or an arrow to
  /// a box that does not exist, as ``LayeredLayout/layout(_:)`` leaves them).
  func place(_ edges: [(from: Int, to: Int)]) -> LayeredLayout.Output {
    let n = sizes.count
    // Children before parents: the reverse of a depth-first preorder.
    var preorder: [Int] = []
    var pending = Array(roots.reversed())
    while let node = pending.popLast() {
      preorder.append(node)
      pending += children[node].reversed()
    }
    // Each box's centre relative to its parent's (a root's, to the first root's).
    var offset = Array(repeating: 0.0, count: n)
    var contours = [Contour?](repeating: nil, count: n)
    for node in preorder.reversed() {
      let half = sizes[node].height / 2
      var own = Contour(first: layers[node], top: [-half], bottom: [half])
      let children = children[node]
      if let stacked = stack(children, &offset, &contours) {
        // Centred between the first and the last child.
        let middle = (offset[children.first!] + offset[children.last!]) / 2
        for child in children { offset[child] -= middle }
        own.merge(stacked, shiftedBy: -middle)
      }
      contours[node] = own
    }
    _ = stack(roots, &offset, &contours)
    var center = offset
    for node in preorder {
      for child in children[node] { center[child] += center[node] }
    }
    return output(center, edges)
  }

  /// The subtrees of `nodes` stacked in order, each as high as the ones before allow: sets
  /// `offset` of each to its centre relative to the first's, and returns their contour
  /// (relative to the first's centre), `nil` for no nodes.
  private func stack(_ nodes: [Int], _ offset: inout [Double], _ contours: inout [Contour?]) -> Contour? {
    guard let first = nodes.first else { return nil }
    var stacked = contours[first]!
    contours[first] = nil
    offset[first] = 0
    for (previous, node) in zip(nodes, nodes.dropFirst()) {
      let contour = contours[node]!
      contours[node] = nil
      // Below the ones before wherever they share a column, and never above the one before.
      let shift = max(stacked.clearance(of: contour, gap: layout.boxGap), offset[previous])
      offset[node] = shift
      stacked.merge(contour, shiftedBy: shift)
    }
    return stacked
  }

  /// Boxes in their columns at the given centres, and the arrows between them, as
  /// ``LayeredLayout`` draws them.
  private func output(_ center: [Double], _ edges: [(from: Int, to: Int)]) -> LayeredLayout.Output {
    let columnCount = (layers.max() ?? -1) + 1
    var columnWidth = Array(repeating: 0.0, count: columnCount)
    for node in sizes.indices {
      columnWidth[layers[node]] = max(columnWidth[layers[node]], sizes[node].width)
    }
    var columns: [(left: Double, right: Double)] = []
    var x = layout.margin
    for width in columnWidth {
      columns.append((x, x + width))
      x += width + layout.columnGap
    }
    let top = zip(center, sizes).map { $0 - $1.height / 2 }.min() ?? 0
    let bottom = zip(center, sizes).map { $0 + $1.height / 2 }.max() ?? 0
    let boxes = sizes.indices.map { node in
      let (column, size) = (columns[layers[node]], sizes[node])
      return Rect(
        x: round1(column.left + (column.right - column.left - size.width) / 2),
        y: round1(center[node] - size.height / 2 - top + layout.margin), width: size.width,
        height: size.height)
    }
    let routes = edges.map { edge -> [Point] in
      guard edge.from != edge.to, sizes.indices.contains(edge.from), sizes.indices.contains(edge.to) else {
        return []
      }
      let (from, to) = (boxes[edge.from], boxes[edge.to])
      return [
        Point(x: from.maxX, y: from.midY), Point(x: columns[layers[edge.from]].right, y: from.midY),
        Point(x: columns[layers[edge.to]].left, y: to.midY), Point(x: to.x, y: to.midY),
      ]
    }
    return LayeredLayout.Output(
      boxes: boxes, routes: routes, width: round1((columns.last?.right ?? 0) + layout.margin),
      height: round1(bottom - top + 2 * layout.margin))
  }
}
