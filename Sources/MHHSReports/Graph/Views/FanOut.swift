/// The cap that keeps views from becoming hairballs: past `limit` neighbours on one side of a
/// box, the first `limit - 1` (in id order) are drawn and the rest grouped into one "+K more" box,
/// which the graph's notes then list in full.
struct FanOut {
  var limit: Int

  /// `ids` split into those drawn and those grouped (empty when all fit).
  func split(_ ids: [String]) -> (shown: [String], grouped: [String]) {
    let shown = shownCount(ids.count)
    return (Array(ids.prefix(shown)), Array(ids.dropFirst(shown)))
  }

  /// How many of `count` neighbours are drawn: all of them, or `limit - 1` past the limit.
  func shownCount(_ count: Int) -> Int {
    count > limit && limit >= 1 ? limit - 1 : count
  }

  /// Adds the boxes `node` makes for `ids` to `graph`, each linked by the arrow `edge` makes from
  /// its box id, grouping past the limit into one "+K more" box (id `moreID`, in `layer`) and
  /// noting what it holds (`what`: "senders").
  static func add(
    _ ids: [String], limit: Int, to graph: inout Graph, moreID: String, layer: Int?, what: String,
    node: (String) -> Graph.Node, edge: (String) -> Graph.Edge
  ) {
    let (shown, grouped) = FanOut(limit: limit).split(ids)
    for id in shown {
      let box = node(id)
      graph.nodes.append(box)
      graph.edges.append(edge(box.id))
    }
    guard !grouped.isEmpty else { return }
    graph.nodes.append(
      Graph.Node(id: moreID, title: "+\(grouped.count) more", detail: nil, kind: .more, layer: layer))
    graph.edges.append(edge(moreID))
    graph.notes.append(
      "\(grouped.count) \(what) grouped as \"+\(grouped.count) more\": \(grouped.joined(separator: ", ")).")
  }
}

/// Ids in code-point order, so that a view is the same whatever the order of the files.
func sortedIDs<S: Sequence<String>>(_ ids: S) -> [String] {
  Array(Set(ids)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
}
