import MHHSCatalogue

/// The drawn diagrams of the pages, as inline SVG from the graph views (with a title and
/// description for screen readers), or `nil` when there is nothing to draw. The pages place
/// whatever they return in a figure and show nothing for `nil`.
struct SiteDiagrams: Sendable {
  let catalogue: Catalogue
  /// The blocks' fields drawn once for the site's payload trees.
  let blocks: PreparedBlocks

  init(_ context: SiteContext) {
    catalogue = context.catalogue
    blocks = context.payloadBlocks
  }

  /// Senders → interface → receivers.
  func diagram(for interface: Interface) -> String? {
    draw { () throws(GraphError) in try Graph.interface(interface.id.value, in: catalogue) }
  }

  /// The blocks of an interface's payload as a tree.
  func payloadDiagram(for interface: Interface) -> String? {
    guard interface.payload?.value.isEmpty == false else { return nil }
    return try? Graph.payloadSVG(interface.id.value, in: catalogue, prepared: blocks)
  }

  /// What a role sends and receives.
  func diagram(for role: Role) -> String? {
    draw { () throws(GraphError) in try Graph.role(role.id.value, in: catalogue) }
  }

  /// A D-flow and the interfaces that replace it (DES196's migration, two layers): those its
  /// fate names and `interfaces`, the ones naming it in their `replaces`; `nil` when there are
  /// none.
  func diagram(for dataflow: DataFlow, replacedBy interfaces: [String]) -> String? {
    let replacing = Set(interfaces).union(dataflow.mhhs?.value.replacedBy?.values() ?? [])
    guard !replacing.isEmpty else { return nil }
    return draw { () throws(GraphError) in
      try Graph.migration(of: dataflow.id.value, replacedBy: replacing, in: catalogue)
    }
  }

  private func draw(_ view: () throws(GraphError) -> Graph?) -> String? {
    guard let graph = try? view() else { return nil }
    return GraphFormat.svg.render(graph)
  }
}
