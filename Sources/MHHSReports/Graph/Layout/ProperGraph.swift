/// Phase 3: the graph with a dummy box wherever an arrow crosses a column, so that every arrow
/// joins neighbouring layers. Boxes `0..<realCount` are the input's; the rest are dummies.
struct ProperGraph {
  var realCount: Int
  var layer: [Int]
  var sizes: [Size]
  /// Each arrow's boxes, source first, dummies between.
  var chains: [[Int]]
  /// The neighbours of each box in the layer before and the layer after.
  var previous: [[Int]]
  var next: [[Int]]
  /// The boxes of each layer, in drawing order (top to bottom).
  var order: [[Int]]

  init(layers: [Int], sizes: [Size], edges: [(Int, Int)], dummyHeight: Double) {
    realCount = layers.count
    layer = layers
    self.sizes = sizes
    chains = []
    previous = Array(repeating: [], count: layers.count)
    next = Array(repeating: [], count: layers.count)
    for (from, to) in edges {
      var chain = [from]
      for l in (layers[from] + 1)..<max(layers[from] + 1, layers[to]) {
        layer.append(l)
        self.sizes.append(Size(width: 0, height: dummyHeight))
        previous.append([])
        next.append([])
        chain.append(layer.count - 1)
      }
      chain.append(to)
      for (a, b) in zip(chain, chain.dropFirst()) {
        next[a].append(b)
        previous[b].append(a)
      }
      chains.append(chain)
    }
    let layerCount = (layer.max() ?? -1) + 1
    order = Array(repeating: [], count: layerCount)
    for node in layer.indices { order[layer[node]].append(node) }
  }
}
