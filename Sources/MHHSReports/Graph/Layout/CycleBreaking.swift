/// Phase 1: turn the graph acyclic by reversing every arrow that closes a cycle in a
/// depth-first search taken in input order (dagre's `dfsFAS`). Reversed arrows are drawn with
/// their arrowheads back where they belong.
enum CycleBreaking {
  static func orient(nodeCount: Int, _ edges: [(from: Int, to: Int)]) -> [(
    from: Int, to: Int, reversed: Bool
  )] {
    var outgoing = Array(repeating: [Int](), count: nodeCount)
    for (index, edge) in edges.enumerated() { outgoing[edge.from].append(index) }
    enum State { case new, onStack, done }
    var state = Array(repeating: State.new, count: nodeCount)
    var reversed = Array(repeating: false, count: edges.count)
    for root in 0..<nodeCount where state[root] == .new {
      // An explicit stack of (node, next outgoing arrow), so deep graphs cannot overflow.
      var stack = [(node: root, next: 0)]
      state[root] = .onStack
      while let top = stack.last {
        if top.next < outgoing[top.node].count {
          stack[stack.count - 1].next += 1
          let edge = outgoing[top.node][top.next]
          let target = edges[edge].to
          switch state[target] {
          case .onStack: reversed[edge] = true
          case .new:
            state[target] = .onStack
            stack.append((target, 0))
          case .done: break
          }
        } else {
          state[top.node] = .done
          stack.removeLast()
        }
      }
    }
    return edges.indices.map {
      reversed[$0] ? (edges[$0].to, edges[$0].from, true) : (edges[$0].from, edges[$0].to, false)
    }
  }
}
