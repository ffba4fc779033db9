/// Writes a ``GraphDrawing`` as one SVG element that can be inlined in a page or saved as a
/// file: no external references, no ids (so several can share a page), arrowheads drawn as
/// shapes rather than markers, `role="img"` with an `aria-label`, and `<title>`/`<desc>` as
/// text alternatives. Each box also carries a `<title>` with its full text (a tooltip).
///
/// Each box is a group moved to its place (`translate(x y)`) around a body drawn at the origin,
/// so that a box's body depends on its node alone and can be written once for many drawings
/// (``body(_:_:)``).
public enum SVGRenderer {
  public static func render(_ drawing: GraphDrawing) -> String { render(drawing, bodies: []) }

  /// `drawing` with the body of box `i` taken from `bodies[i]` when there is one (it must be
  /// ``body(_:_:)`` of that box's node and text).
  static func render(_ drawing: GraphDrawing, bodies: [String?]) -> String {
    let graph = drawing.graph
    var out = MarkupWriter(capacity: 1024 + 400 * drawing.boxes.count)
    out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
    out.number(drawing.width)
    out.raw("\" height=\"")
    out.number(drawing.height)
    out.raw("\" viewBox=\"0 0 ")
    out.number(drawing.width)
    out.raw(" ")
    out.number(drawing.height)
    out.raw("\" role=\"img\" aria-label=\"")
    out.escaped(graph.title)
    out.raw("\" font-family=\"DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace\" font-size=\"")
    out.number(TextMetrics.fontSize)
    out.raw("\">\n<title>")
    out.escaped(graph.title)
    out.raw("</title>\n<desc>")
    out.escaped(graph.description)
    out.raw(
      "</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g fill=\"none\" stroke=\"#555555\" stroke-width=\"1.2\">\n"
    )
    for route in drawing.routes where route.count >= 2 {
      out.raw("<path d=\"")
      path(route, &out)
      out.raw("\"/>\n")
    }
    out.raw("</g>\n<g fill=\"#555555\">\n")
    for (edge, route) in zip(graph.edges, drawing.routes) where route.count >= 2 {
      arrowhead(at: route[route.count - 1], from: route[route.count - 2], &out)
      if edge.bothWays { arrowhead(at: route[0], from: route[1], &out) }
    }
    out.raw("</g>\n")
    for (i, box) in drawing.boxes.enumerated() {
      out.raw("<g transform=\"translate(")
      point(Point(x: box.frame.x, y: box.frame.y), &out)
      out.raw(")\">\n")
      if i < bodies.count, let body = bodies[i] {
        out.raw(body)
      } else {
        writeBody(
          box.node,
          GraphDrawing.MeasuredText(
            titleLines: box.titleLines, detailLines: box.detailLines,
            size: Size(width: box.frame.width, height: box.frame.height)), &out)
      }
      out.raw("</g>\n")
    }
    out.raw("</svg>\n")
    return out.text
  }

  /// A box's body at the origin: its tooltip, its rectangle and its lines of text.
  static func body(_ node: Graph.Node, _ text: GraphDrawing.MeasuredText) -> String {
    var out = MarkupWriter(capacity: 256)
    writeBody(node, text, &out)
    return out.text
  }

  private static func writeBody(
    _ node: Graph.Node, _ text: GraphDrawing.MeasuredText, _ out: inout MarkupWriter
  ) {
    let style = NodeStyle.of(node.kind)
    out.raw("<title>")
    out.escaped(node.title)
    if let detail = node.detail {
      // The dash as a reference keeps the SVG ASCII for ASCII text: turning the bytes into a
      // String then checks them eight at a time rather than one by one (5% of `mhhs site`).
      out.raw(" &#8212; ")
      out.escaped(detail)
    }
    out.raw("</title>\n<rect width=\"")
    out.number(text.size.width)
    out.raw("\" height=\"")
    out.number(text.size.height)
    out.raw("\" rx=\"4\" fill=\"")
    out.raw(style.fill)
    out.raw("\" stroke=\"")
    out.raw(style.stroke)
    out.raw(style.dashed ? "\" stroke-dasharray=\"4 3\"/>\n" : "\"/>\n")
    var baseline = GraphDrawing.verticalPadding + TextMetrics.lineHeight - 4
    lines(text.titleLines, &baseline, style: "\" font-weight=\"bold\" fill=\"#111111\">", &out)
    lines(text.detailLines, &baseline, style: "\" fill=\"#222222\">", &out)
  }

  /// A `<text>` per line, from `baseline` down; `style` ends the start tag.
  private static func lines(
    _ lines: [String], _ baseline: inout Double, style: String, _ out: inout MarkupWriter
  ) {
    for line in lines {
      out.raw("<text x=\"")
      out.number(GraphDrawing.horizontalPadding)
      out.raw("\" y=\"")
      out.number(baseline)
      out.raw(style)
      out.escaped(line)
      out.raw("</text>\n")
      baseline += TextMetrics.lineHeight
    }
  }

  /// Straight runs across columns, cubic curves (horizontal at both ends) between them.
  static func path(_ points: [Point], _ out: inout MarkupWriter) {
    out.raw("M")
    point(points[0], &out)
    for i in 1..<points.count {
      let (a, b) = (points[i - 1], points[i])
      if i % 2 == 1 {
        out.raw(" L")
      } else {
        let dx = (b.x - a.x) / 2
        out.raw(" C")
        point(Point(x: a.x + dx, y: a.y), &out)
        out.raw(" ")
        point(Point(x: b.x - dx, y: b.y), &out)
        out.raw(" ")
      }
      point(b, &out)
    }
  }

  /// A filled triangle with its tip at `tip`, pointing away from `from`.
  private static func arrowhead(at tip: Point, from: Point, _ out: inout MarkupWriter) {
    let direction = tip.x >= from.x ? 1.0 : -1.0
    let base = tip.x - 8 * direction
    out.raw("<path d=\"M")
    point(tip, &out)
    out.raw(" L")
    point(Point(x: base, y: tip.y - 4), &out)
    out.raw(" L")
    point(Point(x: base, y: tip.y + 4), &out)
    out.raw("Z\"/>\n")
  }

  /// `x y`, each with at most one decimal.
  private static func point(_ point: Point, _ out: inout MarkupWriter) {
    out.number(point.x)
    out.raw(" ")
    out.number(point.y)
  }
}
