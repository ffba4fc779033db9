import MHHSCatalogue

extension Graph {
  /// One role with the interfaces it receives on the left and those it sends on the right (an
  /// interface it both sends and receives is drawn once, on the right, with arrows both ways).
  /// With `release`, only the interfaces in scope at that release.
  public static func role(
    _ id: String, in catalogue: Catalogue, release: String? = nil, fanOut: Int = defaultFanOut
  ) throws(GraphError) -> Graph {
    guard let role = catalogue.role(id) else { throw .unknown(.role, id, in: catalogue) }
    let scope = try GraphError.scope(release, in: catalogue)
    var sends: [String] = []
    var receives: [String] = []
    var both: Set<String> = []
    for interface in catalogue.interfaces where scope.contains(interface, in: catalogue) {
      let sent = interface.from?.value.contains { $0.value == id } ?? false
      let received = interface.to?.value.contains { $0.value == id } ?? false
      if sent { sends.append(interface.id.value) }
      if received && !sent { receives.append(interface.id.value) }
      if sent && received { both.insert(interface.id.value) }
    }
    sends = sortedIDs(sends)
    receives = sortedIDs(receives)
    let name = role.name?.value
    let at = release.map { " at release \($0)" } ?? ""
    var graph = Graph(
      title: "\(id)\(name.map { " \($0)" } ?? ""): interfaces sent and received\(at)",
      summary: "\(id) receives \(count(receives.count + both.count)) and sends \(count(sends.count))\(at)"
        + (both.isEmpty ? "." : " (\(both.count) of them both ways)."))
    let center = "role:\(id)"
    graph.nodes.append(Node(id: center, title: id, detail: name, kind: .role, layer: 1))
    func interface(_ side: String, _ layer: Int) -> (String) -> Node {
      {
        Node(
          id: "\(side):\($0)", title: $0, detail: catalogue.interface($0)?.name?.value, kind: .interface,
          layer: layer)
      }
    }
    FanOut.add(
      receives, limit: fanOut, to: &graph, moreID: "in:+more", layer: 0, what: "interfaces received",
      node: interface("in", 0), edge: { Edge(from: $0, to: center) })
    FanOut.add(
      sends, limit: fanOut, to: &graph, moreID: "out:+more", layer: 2, what: "interfaces sent",
      node: interface("out", 2),
      edge: { Edge(from: center, to: $0, bothWays: both.contains(String($0.dropFirst("out:".count)))) })
    return graph
  }

  /// "1 interface", "3 interfaces".
  static func count(_ n: Int) -> String { n == 1 ? "1 interface" : "\(n) interfaces" }
}
