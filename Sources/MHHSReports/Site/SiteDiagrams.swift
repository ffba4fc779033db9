import MHHSCatalogue

/// The drawn diagrams of the pages, as inline SVG from the graph views (with a title and
/// description for screen readers), or `nil` when there is nothing to draw. The pages place
/// whatever they return in a figure and show nothing for `nil`.
struct SiteDiagrams: Sendable {
  let catalogue: Catalogue

  /// Senders → interface → receivers.
  func diagram(for interface: Interface) -> String? {
    draw { () throws(GraphError) in try Graph.interface(interface.id.value, in: catalogue) }
  }

  /// The blocks of an interface's payload as a tree.
  func payloadDiagram(for interface: Interface) -> String? {
    guard interface.payload?.value.isEmpty == false else { return nil }
    return draw { () throws(GraphError) in try Graph.payload(interface.id.value, in: catalogue) }
  }

  /// What a role sends and receives.
  func diagram(for role: Role) -> String? {
    draw { () throws(GraphError) in try Graph.role(role.id.value, in: catalogue) }
  }

  /// A D-flow and the interfaces that replace it (DES196's migration, two layers); `nil` when
  /// no replacing interface is recorded.
  func diagram(for dataflow: DataFlow) -> String? {
    draw { () throws(GraphError) in
      let graph = try Graph.migration(in: catalogue, flow: dataflow.id.value)
      return graph.edges.isEmpty ? nil : graph
    }
  }

  private func draw(_ view: () throws(GraphError) -> Graph?) -> String? {
    guard let graph = try? view() else { return nil }
    return GraphFormat.svg.render(graph)
  }
}
