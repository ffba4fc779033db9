/// Phase 5: columns side by side, each as wide as its widest box; in each column the boxes in
/// their order, at least ``LayeredLayout/boxGap`` apart, moved toward the middle of their
/// neighbours in a few passes. Each pass places a column by the least-squares fit to those
/// targets that keeps the order and the gaps (isotonic regression, pool adjacent violators),
/// so boxes never overlap.
struct CoordinateAssignment {
  let layout: LayeredLayout
  static let passes = 6

  /// The placed graph.
  struct Placed {
    var boxes: [Rect]
    /// Each column's left and right edge.
    var columns: [(left: Double, right: Double)]
    var layer: [Int]
    var width: Double
    var height: Double

    /// The points of a chain (see ``LayeredLayout/Output/routes``).
    func route(_ chain: [Int]) -> [Point] {
      chain.enumerated().flatMap { (i, node) -> [Point] in
        let box = boxes[node]
        let column = columns[layer[node]]
        let left = i == chain.count - 1 ? column.left : (i == 0 ? box.maxX : column.left)
        let right = i == chain.count - 1 ? box.x : column.right
        return [Point(x: left, y: box.midY), Point(x: right, y: box.midY)]
      }
    }
  }

  func place(_ graph: ProperGraph) -> Placed {
    let sizes = graph.sizes
    var columns: [(left: Double, right: Double)] = []
    var x = layout.margin
    for layer in graph.order {
      let width = layer.map { sizes[$0].width }.max() ?? 0
      columns.append((x, x + width))
      x += width + layout.columnGap
    }
    // Centres, first packed from the top.
    var center = Array(repeating: 0.0, count: sizes.count)
    for layer in graph.order {
      var y = 0.0
      for node in layer {
        center[node] = y + sizes[node].height / 2
        y += sizes[node].height + layout.boxGap
      }
    }
    for pass in 0..<Self.passes {
      let down = pass % 2 == 0
      let layers = down ? Array(graph.order.indices) : Array(graph.order.indices.reversed())
      for l in layers {
        let nodes = graph.order[l]
        let targets = nodes.map { node -> Double in
          let neighbours =
            pass < 2
            ? (down ? graph.previous[node] : graph.next[node]) : graph.previous[node] + graph.next[node]
          guard !neighbours.isEmpty else { return center[node] }
          let ys = neighbours.map { center[$0] }.sorted()
          return ys.count % 2 == 1 ? ys[ys.count / 2] : (ys[ys.count / 2 - 1] + ys[ys.count / 2]) / 2
        }
        let placed = fit(
          targets,
          separations: zip(nodes, nodes.dropFirst()).map {
            sizes[$0].height / 2 + layout.boxGap + sizes[$1].height / 2
          })
        for (node, y) in zip(nodes, placed) { center[node] = y }
      }
    }
    let top = zip(center, sizes).map { $0 - $1.height / 2 }.min() ?? 0
    let bottom = zip(center, sizes).map { $0 + $1.height / 2 }.max() ?? 0
    var boxes: [Rect] = []
    for node in sizes.indices {
      let column = columns[graph.layer[node]]
      let size = sizes[node]
      let width = node < graph.realCount ? size.width : column.right - column.left
      boxes.append(
        Rect(
          x: round1(column.left + (column.right - column.left - width) / 2),
          y: round1(center[node] - size.height / 2 - top + layout.margin), width: width, height: size.height))
    }
    let width = (columns.last?.right ?? 0) + layout.margin
    return Placed(
      boxes: boxes, columns: columns, layer: graph.layer, width: round1(width),
      height: round1(bottom - top + 2 * layout.margin))
  }

  /// The positions closest (least squares) to `targets` with `y[i + 1] - y[i] >=
  /// separations[i]`: shifting by the running sum of separations turns it into a
  /// non-decreasing fit, which pool adjacent violators solves in linear time.
  func fit(_ targets: [Double], separations: [Double]) -> [Double] {
    var offset = [0.0]
    for s in separations { offset.append(offset.last! + s) }
    var blocks: [(sum: Double, count: Int)] = []
    for (t, o) in zip(targets, offset) {
      blocks.append((t - o, 1))
      while blocks.count > 1,
        blocks[blocks.count - 2].sum / Double(blocks[blocks.count - 2].count)
          > blocks[blocks.count - 1].sum / Double(blocks[blocks.count - 1].count)
      {
        let last = blocks.removeLast()
        blocks[blocks.count - 1].sum += last.sum
        blocks[blocks.count - 1].count += last.count
      }
    }
    var result: [Double] = []
    for block in blocks {
      result += Array(repeating: block.sum / Double(block.count), count: block.count)
    }
    return zip(result, offset).map { $0 + $1 }
  }
}

/// Rounded to 0.1 px, so output carries no float noise.
func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }
