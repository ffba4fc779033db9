import MHHSCatalogue

extension Graph {
  /// The most D-flows the migration view draws; past it the rest are named in the notes.
  public static let maximumFlows = 200

  /// The DES196 migration: D-flows on the left, the interfaces that replace them on the right
  /// (from the flows' `mhhs.replacedBy` and the interfaces' `replaces`), each flow labelled with
  /// its disposition. With `release`, only the interfaces in scope at that release.
  public static func migration(
    in catalogue: Catalogue, release: String? = nil, fanOut: Int = defaultFanOut
  ) throws(GraphError) -> Graph {
    var replacements: [String: Set<String>] = [:]
    for flow in catalogue.dataflows {
      replacements[flow.id.value, default: []].formUnion(flow.mhhs?.value.replacedBy?.values() ?? [])
    }
    for interface in catalogue.interfaces {
      for flow in interface.replaces?.values() ?? [] {
        replacements[flow, default: []].insert(interface.id.value)
      }
    }
    return try migration(replacements, in: catalogue, release: release, fanOut: fanOut)
  }

  /// One D-flow and the interfaces that replace it (a D-flow's page), given them: the caller
  /// that draws every flow's page keeps the reverse index, so no page scans the catalogue.
  public static func migration(
    of flow: String, replacedBy interfaces: Set<String>, in catalogue: Catalogue, fanOut: Int = defaultFanOut
  ) throws(GraphError) -> Graph {
    try migration([flow: interfaces], in: catalogue, release: nil, fanOut: fanOut)
  }

  private static func migration(
    _ replacements: [String: Set<String>], in catalogue: Catalogue, release: String?, fanOut: Int
  ) throws(GraphError) -> Graph {
    let scope = try GraphError.scope(release, in: catalogue)
    func inScope(_ id: String) -> Bool {
      catalogue.interface(id).map { scope.contains($0, in: catalogue) } ?? true
    }
    let at = release.map { " at release \($0)" } ?? ""
    let flows = sortedIDs(replacements.keys)
    let replaced = replacements.values.filter { !$0.filter(inScope).isEmpty }.count
    var graph = Graph(
      title: "D-flow to interface migration (DES196)\(at)",
      summary: "\(flows.count) D-flow\(flows.count == 1 ? "" : "s") with their disposition at MHHS go-live; "
        + "\(replaced) of them with replacing interfaces recorded, drawn to their right\(at).")
    let drawn = flows.prefix(maximumFlows)
    if flows.count > drawn.count {
      graph.notes.append(
        "Only the first \(drawn.count) D-flows are drawn; not drawn: \(flows.dropFirst(drawn.count).joined(separator: ", "))."
      )
    }
    var interfaces: Set<String> = []
    for flow in drawn {
      let fate = catalogue.dataflow(flow)?.mhhs?.value.disposition?.value.rawValue
      let name = catalogue.dataflow(flow)?.name?.value
      let detail = [name, fate.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
      let flowNode = "flow:\(flow)"
      graph.nodes.append(
        Node(id: flowNode, title: flow, detail: detail.isEmpty ? nil : detail, kind: .dataflow, layer: 0))
      let targets = sortedIDs(replacements[flow, default: []].filter(inScope))
      let (shown, grouped) = FanOut(limit: fanOut).split(targets)
      for target in shown {
        if interfaces.insert(target).inserted {
          graph.nodes.append(
            Node(
              id: "interface:\(target)", title: target, detail: catalogue.interface(target)?.name?.value,
              kind: .interface, layer: 1))
        }
        graph.edges.append(Edge(from: flowNode, to: "interface:\(target)"))
      }
      if !grouped.isEmpty {
        graph.nodes.append(Node(id: "more:\(flow)", title: "+\(grouped.count) more", kind: .more, layer: 1))
        graph.edges.append(Edge(from: flowNode, to: "more:\(flow)"))
        graph.notes.append("\(flow) is also replaced by \(grouped.joined(separator: ", ")).")
      }
    }
    return graph
  }
}
