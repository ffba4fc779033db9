/// Writes a ``Graph`` as a Mermaid flowchart (left to right), with `accTitle` and `accDescr` as
/// text alternatives and one `classDef` per kind of box.
public enum MermaidRenderer {
  /// Mermaid's default `maxTextSize` (characters, counted as JavaScript counts: UTF-16 units).
  public static let maximumTextSize = 50_000
  /// Mermaid's default `maxEdges`.
  public static let maximumEdges = 500

  public static func render(_ graph: Graph) -> String {
    var ids: [String: String] = [:]
    for (i, node) in graph.nodes.enumerated() where ids[node.id] == nil {
      ids[node.id] = MermaidEscaping.id(i, node.id)
    }
    var lines = ["flowchart LR"]
    lines.append("  accTitle: \(MermaidEscaping.line(graph.title))")
    lines.append("  accDescr: \(MermaidEscaping.line(graph.description))")
    for note in graph.notes { lines.append("  %% \(MermaidEscaping.line(note))") }
    var byKind: [Graph.NodeKind: [String]] = [:]
    var written: Set<String> = []
    for node in graph.nodes where written.insert(node.id).inserted {
      let id = ids[node.id]!
      let text =
        TextMetrics.wrap(node.title, width: GraphDrawing.titleColumns, maxLines: 2).map {
          MermaidEscaping.label($0)
        }
        + (node.detail.map { TextMetrics.wrap($0, width: GraphDrawing.detailColumns, maxLines: 3) } ?? [])
        .map(MermaidEscaping.label)
      lines.append("  \(id)[\"\(text.joined(separator: "<br/>"))\"]")
      byKind[node.kind, default: []].append(id)
    }
    for edge in graph.edges {
      guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
      lines.append("  \(from) \(edge.bothWays ? "<-->" : "-->") \(to)")
    }
    for kind in Graph.NodeKind.allCases {
      guard let members = byKind[kind] else { continue }
      let style = NodeStyle.of(kind)
      lines.append(
        "  classDef \(kind.rawValue) fill:\(style.fill),stroke:\(style.stroke),color:#111111\(style.dashed ? ",stroke-dasharray:4 3" : "")"
      )
      lines.append("  class \(members.joined(separator: ",")) \(kind.rawValue)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What in `text` (a rendered flowchart of `graph`) passes Mermaid's default limits, one
  /// sentence each; empty when it renders with the defaults.
  public static func limitWarnings(_ text: String, _ graph: Graph) -> [String] {
    var warnings: [String] = []
    let size = text.utf16.count
    if size > maximumTextSize {
      warnings.append(
        "the Mermaid text is \(size) characters, over Mermaid's default maxTextSize of \(maximumTextSize); raise maxTextSize or draw a smaller view"
      )
    }
    if graph.edges.count > maximumEdges {
      warnings.append(
        "the diagram has \(graph.edges.count) edges, over Mermaid's default maxEdges of \(maximumEdges); raise maxEdges or draw a smaller view"
      )
    }
    return warnings
  }
}
