/// The colours of a box of each kind, shared by the SVG, Mermaid and DOT renderers. Text is
/// near-black on light fills (contrast above 12:1).
struct NodeStyle {
  var fill: String
  var stroke: String
  var dashed = false

  static func of(_ kind: Graph.NodeKind) -> NodeStyle {
    switch kind {
    case .interface: NodeStyle(fill: "#e7efff", stroke: "#2f5fb3")
    case .role: NodeStyle(fill: "#fff1d6", stroke: "#a86400")
    case .dataflow: NodeStyle(fill: "#e6f4e6", stroke: "#2e7d32")
    case .variant: NodeStyle(fill: "#f1eaf9", stroke: "#6a45a8")
    case .block: NodeStyle(fill: "#e3f2f4", stroke: "#00727d")
    case .item: NodeStyle(fill: "#f4f4f4", stroke: "#6b6b6b")
    case .more: NodeStyle(fill: "#ffffff", stroke: "#6b6b6b", dashed: true)
    }
  }
}
