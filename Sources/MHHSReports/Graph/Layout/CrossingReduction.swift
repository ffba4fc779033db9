/// Phase 4: order each column so few arrows cross. Sweeps down and up, sorting each layer by
/// the barycenter of its neighbours in the layer just fixed (ties keep the current order),
/// keeps the best order seen, stops after four sweeps without improvement or at a bound; then
/// swaps neighbours while that lowers crossings ("transpose").
enum CrossingReduction {
  static let maximumSweeps = 24
  static let maximumTransposePasses = 8

  static func order(_ graph: ProperGraph) -> [[Int]] {
    var order = graph.order
    var best = order
    var bestCrossings = crossings(order, graph)
    var sinceBest = 0
    for sweep in 0..<maximumSweeps where bestCrossings > 0 && sinceBest < 4 {
      let down = sweep % 2 == 0
      let layers = down ? Array(order.indices.dropFirst()) : Array(order.indices.dropLast().reversed())
      for l in layers {
        let fixed = order[down ? l - 1 : l + 1]
        var position = [Int: Int]()
        for (i, node) in fixed.enumerated() { position[node] = i }
        let keys = order[l].enumerated().map { (i, node) -> (Double, Int, Int) in
          let neighbours = (down ? graph.previous[node] : graph.next[node]).compactMap { position[$0] }
          let barycenter =
            neighbours.isEmpty ? Double(i) : Double(neighbours.reduce(0, +)) / Double(neighbours.count)
          return (barycenter, i, node)
        }
        order[l] = keys.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
      }
      let count = crossings(order, graph)
      if count < bestCrossings {
        best = order
        bestCrossings = count
        sinceBest = 0
      } else {
        sinceBest += 1
      }
    }
    transpose(&best, graph)
    return best
  }

  /// Swaps neighbouring boxes while that lowers the crossings on both sides of their layer.
  static func transpose(_ order: inout [[Int]], _ graph: ProperGraph) {
    for _ in 0..<maximumTransposePasses {
      var improved = false
      for l in order.indices where order[l].count > 1 {
        let before = l > 0 ? positions(order[l - 1]) : [:]
        let after = l + 1 < order.count ? positions(order[l + 1]) : [:]
        for i in 0..<(order[l].count - 1) {
          let (u, v) = (order[l][i], order[l][i + 1])
          let kept = pairCrossings(u, v, graph, before, after)
          let swapped = pairCrossings(v, u, graph, before, after)
          if swapped < kept {
            order[l].swapAt(i, i + 1)
            improved = true
          }
        }
      }
      if !improved { return }
    }
  }

  /// Crossings between the arrows of `u` and those of `v` when `u` is above `v`.
  static func pairCrossings(
    _ u: Int, _ v: Int, _ graph: ProperGraph, _ before: [Int: Int], _ after: [Int: Int]
  ) -> Int {
    var count = 0
    for (neighbours, position) in [(graph.previous, before), (graph.next, after)] {
      for a in neighbours[u] {
        for b in neighbours[v] where position[a]! > position[b]! { count += 1 }
      }
    }
    return count
  }

  /// Arrow crossings between every pair of neighbouring layers.
  static func crossings(_ order: [[Int]], _ graph: ProperGraph) -> Int {
    var total = 0
    for l in order.indices.dropLast() {
      let below = positions(order[l + 1])
      var ends: [(Int, Int)] = []
      for (i, node) in order[l].enumerated() {
        for target in graph.next[node] { ends.append((i, below[target]!)) }
      }
      for a in ends.indices {
        for b in ends.indices where b > a {
          let (p, q) = (ends[a], ends[b])
          if (p.0 < q.0 && p.1 > q.1) || (p.0 > q.0 && p.1 < q.1) { total += 1 }
        }
      }
    }
    return total
  }

  static func positions(_ layer: [Int]) -> [Int: Int] {
    var result = [Int: Int]()
    for (i, node) in layer.enumerated() { result[node] = i }
    return result
  }
}
