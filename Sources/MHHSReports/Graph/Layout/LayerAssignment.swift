/// Phase 2: each box in the layer after the longest chain of arrows leading to it, so every
/// arrow goes to a later layer (the graph is acyclic by now).
enum LayerAssignment {
  static func longestPath(nodeCount: Int, _ edges: [(Int, Int)]) -> [Int] {
    var indegree = Array(repeating: 0, count: nodeCount)
    var outgoing = Array(repeating: [Int](), count: nodeCount)
    for (from, to) in edges {
      outgoing[from].append(to)
      indegree[to] += 1
    }
    var layer = Array(repeating: 0, count: nodeCount)
    var ready = (0..<nodeCount).filter { indegree[$0] == 0 }
    var next = 0
    while next < ready.count {
      let node = ready[next]
      next += 1
      for target in outgoing[node] {
        layer[target] = max(layer[target], layer[node] + 1)
        indegree[target] -= 1
        if indegree[target] == 0 { ready.append(target) }
      }
    }
    return layer
  }
}
