import MHHSCatalogue

extension Graph {
  /// The most boxes drawn on one side of a box before the rest are grouped as "+K more".
  public static let defaultFanOut = 16

  /// One interface with its senders on the left and its receivers on the right: always three
  /// columns, so it cannot become a hairball.
  public static func interface(
    _ id: String, in catalogue: Catalogue, release: String? = nil, fanOut: Int = defaultFanOut
  ) throws(GraphError) -> Graph {
    guard let interface = catalogue.interface(id) else { throw .unknown(.interface, id, in: catalogue) }
    let scope = try GraphError.scope(release, in: catalogue)
    guard scope.contains(interface, in: catalogue) else {
      throw .notInRelease(interface: id, release: release ?? "")
    }
    let name = interface.name?.value
    let senders = sortedIDs(interface.from?.values() ?? [])
    let receivers = sortedIDs(interface.to?.values() ?? [])
    var graph = Graph(
      title: "\(id)\(name.map { " \($0)" } ?? ""): senders and receivers",
      summary: "\(id) is sent by \(list(senders)) to \(list(receivers)).")
    let center = "interface:\(id)"
    graph.nodes.append(Node(id: center, title: id, detail: name, kind: .interface, layer: 1))
    func role(_ side: String, _ layer: Int) -> (String) -> Node {
      {
        Node(
          id: "\(side):\($0)", title: $0, detail: catalogue.role($0)?.name?.value, kind: .role, layer: layer)
      }
    }
    FanOut.add(
      senders, limit: fanOut, to: &graph, moreID: "from:+more", layer: 0, what: "senders",
      node: role("from", 0),
      edge: { Edge(from: $0, to: center) })
    FanOut.add(
      receivers, limit: fanOut, to: &graph, moreID: "to:+more", layer: 2, what: "receivers",
      node: role("to", 2),
      edge: { Edge(from: center, to: $0) })
    return graph
  }

  /// "SDS, ADS and LDSO", or "no role recorded".
  static func list(_ ids: [String]) -> String {
    switch ids.count {
    case 0: "no role recorded"
    case 1: ids[0]
    default: ids.dropLast().joined(separator: ", ") + " and " + ids[ids.count - 1]
    }
  }
}
