/// Writes a ``Graph`` as a Graphviz `digraph` (left to right). Every id and label is a quoted
/// string (``DOTEscaping``), so no data can become a keyword, an HTML-like label or an escape.
public enum DOTRenderer {
  public static func render(_ graph: Graph) -> String {
    let q = DOTEscaping.quoted
    var lines = ["// \(DOTEscaping.comment(graph.title))"]
    for note in graph.notes { lines.append("// \(DOTEscaping.comment(note))") }
    lines += [
      "digraph \(q(graph.title)) {",
      "  graph [rankdir=LR, label=\(q(graph.title)), labelloc=t, fontname=\"monospace\", tooltip=\(q(graph.description))];",
      "  node [shape=box, style=\"rounded,filled\", fontname=\"monospace\", fontsize=10];",
      "  edge [color=\"#555555\"];",
    ]
    var seen: Set<String> = []
    for node in graph.nodes where seen.insert(node.id).inserted {
      let style = NodeStyle.of(node.kind)
      let text =
        TextMetrics.wrap(node.title, width: GraphDrawing.titleColumns, maxLines: 2)
        + (node.detail.map { TextMetrics.wrap($0, width: GraphDrawing.detailColumns, maxLines: 3) } ?? [])
      let full = [node.title, node.detail].compactMap { $0 }.joined(separator: " — ")
      lines.append(
        "  \(q(node.id)) [label=\(DOTEscaping.label(text)), tooltip=\(q(full)), fillcolor=\"\(style.fill)\", "
          + "color=\"\(style.stroke)\"\(style.dashed ? ", style=\"rounded,dashed\"" : "")];")
    }
    for edge in graph.edges where seen.contains(edge.from) && seen.contains(edge.to) {
      lines.append("  \(q(edge.from)) -> \(q(edge.to))\(edge.bothWays ? " [dir=both]" : "");")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}
