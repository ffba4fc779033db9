/// Writes a ``GraphDrawing`` as one SVG element that can be inlined in a page or saved as a
/// file: no external references, no ids (so several can share a page), arrowheads drawn as
/// shapes rather than markers, `role="img"` with an `aria-label`, and `<title>`/`<desc>` as
/// text alternatives. Each box also carries a `<title>` with its full text (a tooltip).
public enum SVGRenderer {
  public static func render(_ drawing: GraphDrawing) -> String {
    let graph = drawing.graph
    let e = XMLEscaping.attribute
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(n(drawing.width))" height="\(n(drawing.height))" \
      viewBox="0 0 \(n(drawing.width)) \(n(drawing.height))" role="img" aria-label="\(e(graph.title))" \
      font-family="DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace" font-size="\(n(TextMetrics.fontSize))">
      <title>\(e(graph.title))</title>
      <desc>\(e(graph.description))</desc>
      <rect width="100%" height="100%" fill="#ffffff"/>
      <g fill="none" stroke="#555555" stroke-width="1.2">

      """
    for route in drawing.routes where route.count >= 2 {
      out += "<path d=\"\(path(route))\"/>\n"
    }
    out += "</g>\n<g fill=\"#555555\">\n"
    for (edge, route) in zip(graph.edges, drawing.routes) where route.count >= 2 {
      out += arrowhead(at: route[route.count - 1], from: route[route.count - 2])
      if edge.bothWays { out += arrowhead(at: route[0], from: route[1]) }
    }
    out += "</g>\n"
    for box in drawing.boxes {
      out += self.box(box)
    }
    return out + "</svg>\n"
  }

  private static func box(_ box: GraphDrawing.Box) -> String {
    let e = XMLEscaping.attribute
    let style = NodeStyle.of(box.node.kind)
    let f = box.frame
    let full = [box.node.title, box.node.detail].compactMap { $0 }.joined(separator: " — ")
    var out = "<g>\n<title>\(e(full))</title>\n"
    out += "<rect x=\"\(n(f.x))\" y=\"\(n(f.y))\" width=\"\(n(f.width))\" height=\"\(n(f.height))\" rx=\"4\" "
    out +=
      "fill=\"\(style.fill)\" stroke=\"\(style.stroke)\"\(style.dashed ? " stroke-dasharray=\"4 3\"" : "")/>\n"
    let x = n(f.x + GraphDrawing.horizontalPadding)
    var baseline = f.y + GraphDrawing.verticalPadding + TextMetrics.lineHeight - 4
    for line in box.titleLines {
      out += "<text x=\"\(x)\" y=\"\(n(baseline))\" font-weight=\"bold\" fill=\"#111111\">\(e(line))</text>\n"
      baseline += TextMetrics.lineHeight
    }
    for line in box.detailLines {
      out += "<text x=\"\(x)\" y=\"\(n(baseline))\" fill=\"#222222\">\(e(line))</text>\n"
      baseline += TextMetrics.lineHeight
    }
    return out + "</g>\n"
  }

  /// Straight runs across columns, cubic curves (horizontal at both ends) between them.
  static func path(_ points: [Point]) -> String {
    var d = "M\(n(points[0].x)) \(n(points[0].y))"
    for i in 1..<points.count {
      let (a, b) = (points[i - 1], points[i])
      if i % 2 == 1 {
        d += " L\(n(b.x)) \(n(b.y))"
      } else {
        let dx = (b.x - a.x) / 2
        d += " C\(n(a.x + dx)) \(n(a.y)) \(n(b.x - dx)) \(n(b.y)) \(n(b.x)) \(n(b.y))"
      }
    }
    return d
  }

  /// A filled triangle with its tip at `tip`, pointing away from `from`.
  private static func arrowhead(at tip: Point, from: Point) -> String {
    let direction = tip.x >= from.x ? 1.0 : -1.0
    let base = tip.x - 8 * direction
    return "<path d=\"M\(n(tip.x)) \(n(tip.y)) L\(n(base)) \(n(tip.y - 4)) L\(n(base)) \(n(tip.y + 4))Z\"/>\n"
  }

  /// A coordinate with at most one decimal.
  static func n(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : ".\(magnitude % 10)")
  }
}
