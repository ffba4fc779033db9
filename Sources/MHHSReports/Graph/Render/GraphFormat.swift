/// The languages `mhhs graph` writes.
public enum GraphFormat: String, Sendable, CaseIterable {
  case svg, mermaid, dot

  /// `graph` in this language.
  public func render(_ graph: Graph) -> String {
    switch self {
    case .svg: SVGRenderer.render(GraphDrawing(graph))
    case .mermaid: MermaidRenderer.render(graph)
    case .dot: DOTRenderer.render(graph)
    }
  }
}
