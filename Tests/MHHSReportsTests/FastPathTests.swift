import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// The fast paths added for the speed of `mhhs site` give the same answers as the plain
/// definitions.
@Suite struct ReportsFastPathTests {
  /// XML escaping as its documentation defines it, scalar by scalar.
  static func plainEscape(_ text: String, attribute: Bool) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "'" where attribute: out += "&#39;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      case "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(XMLEscaping.isAllowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return out
  }

  /// Scalars around every byte the escaping looks at: the ASCII specials and controls, the
  /// neighbours of the C1 controls and of U+FFFE/U+FFFF in UTF-8 (C2 7F…C2 A0, EF BF BD…),
  /// and plain text of one, two, three and four bytes.
  static let alphabet: [Unicode.Scalar] =
    (0x00...0x7F).map { Unicode.Scalar(UInt8($0)) }
    + [0x80, 0x85, 0x9F, 0xA0, 0xBF, 0xC0, 0x2028, 0xEFBF, 0xFEFF, 0xFFBE, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600]
    .map { Unicode.Scalar($0)! }

  @Test func xmlEscapingOnBytesIsEscapingOnScalars() {
    var rng = SeededGenerator(state: 42)
    var samples = Self.alphabet.map { String($0) } + ["", "IF-021", "plain words with no markup at all"]
    for _ in 0..<3000 {
      let length = Int.random(in: 0...24, using: &rng)
      var text = ""
      for _ in 0..<length { text.unicodeScalars.append(Self.alphabet.randomElement(using: &rng)!) }
      samples.append(text)
    }
    for text in samples {
      #expect(XMLEscaping.text(text) == Self.plainEscape(text, attribute: false), "\(text.debugDescription)")
      #expect(
        XMLEscaping.attribute(text) == Self.plainEscape(text, attribute: true), "\(text.debugDescription)")
    }
  }

  /// Printable ASCII is wrapped and measured by counting bytes as other text is character by
  /// character: runs of spaces, words longer than a line, text cut short, narrow widths.
  @Test func asciiWrapsLikeCharacters() {
    var rng = SeededGenerator(state: 7)
    let pieces = [
      "a", "IF-021", "Settlement", " ", "  ", "x", "~", "DI-006N", String(repeating: "w", count: 40),
    ]
    var samples = ["", " ", "   ", "a", String(repeating: "y", count: 100)]
    for _ in 0..<2000 {
      samples.append(
        (0..<Int.random(in: 0...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
    }
    for text in samples {
      #expect(TextMetrics.isPrintableASCII(text))
      #expect(TextMetrics.columns(text) == text.reduce(0) { $0 + TextMetrics.columns($1) })
      for (width, maxLines) in [(1, 1), (1, 3), (5, 2), (20, 3), (34, 3), (36, 2), (200, 1)] {
        #expect(
          TextMetrics.wrap(text, width: width, maxLines: maxLines)
            == TextMetrics.wrapCharacters(text, width: width, maxLines: maxLines),
          "\(text.debugDescription) \(width) \(maxLines)")
      }
    }
    #expect(!TextMetrics.isPrintableASCII("a\tb") && !TextMetrics.isPrintableASCII("é"))
  }

  /// Ids that are their own file names are kept as they are, as encoding them would keep them.
  @Test func ownFileNamesAreTheEncodedOnes() {
    var rng = SeededGenerator(state: 11)
    let pieces = [
      "IF", "-", "021", ".", "a", "Z", "_", "/", "é", " ", "..", String(repeating: "x", count: 60),
    ]
    var ids = [
      "", ".", "a", ".a", "a.", String(repeating: "y", count: 120), String(repeating: "y", count: 121),
    ]
    for _ in 0..<3000 {
      ids.append(
        (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
    }
    var own = 0
    for id in ids {
      #expect(SitePath.fileName(for: id) == SitePath.encodedFileName(for: id), "\(id.debugDescription)")
      if SitePath.isOwnFileName(id) { own += 1 }
    }
    #expect(own > 100 && own < ids.count - 100)
  }

  /// Links to entities and their names, worked out once per site, are the ones made afresh:
  /// for every entity of the site tests' catalogue and of ids that need encoding, on pages at
  /// the top and one folder down, for references spelt as the catalogue spells them, spelt in
  /// another normalisation form, and naming nothing.
  @Test func linksWorkedOutOnceAreTheOnesMadeAfresh() throws {
    let odd = ["a/b", "x<y&z", "e\u{301}", ".dot", "IF-021"]
    var files = SiteTests.files
    for (n, id) in odd.enumerated() {
      files.append(
        .init(
          "dataitems/odd-\(n).json", "{ \"id\": \"\(SiteTests.jsonEscaped(id))\", \"name\": \"<b>\(n)</b>\" }"
        ))
    }
    let catalogue = try CatalogueLoader.load(files: files)
    #expect(odd.allSatisfy { catalogue.contains($0, kind: .dataItem) })
    let tool = Report.Tool(name: "mhhs", version: "0", informationURI: "https://example.org")
    let context = SiteContext(
      SiteInput(
        catalogue: catalogue,
        result: try Linter().lint(catalogue, today: CalendarDate(year: 2024, month: 6, day: 1)), rules: [],
        tool: tool))
    var checked = 0
    for at in [SitePath.home, .list(.interface), .entity(.interface, "IF-021"), .entity(.dataItem, "a/b")] {
      let page = SitePage(at: at, context: context)
      for kind in EntityKind.allCases {
        for id in SiteKinds.ids(of: kind, in: catalogue) + odd + ["\u{e9}", "nothing", ""] {
          #expect(
            page.link(kind, id) == page.plainLink(kind, id), "\(kind) \(id.debugDescription) on \(at.path)")
          #expect(page.nameSuffix(kind, id) == page.plainNameSuffix(kind, id))
          if context.entityLinks.entry(kind, id) != nil { checked += 1 }
        }
      }
    }
    #expect(checked > 40)
    #expect(context.entityLinks.entry(.dataItem, "\u{e9}")?.id == nil)  // é, precomposed: another spelling
  }

  /// The header worked out once for every entity's page is the one each would make, with and
  /// without a release scope; list pages (which mark themselves current) make their own.
  @Test func entityPagesShareTheHeaderTheyWouldMake() throws {
    let catalogue = try CatalogueLoader.load(files: SiteTests.files)
    let tool = Report.Tool(name: "mhhs", version: "0", informationURI: "https://example.org")
    for release in [nil, "IR7"] {
      var options = LintOptions()
      options.release = release
      let result = try Linter().lint(
        catalogue, options: options, today: CalendarDate(year: 2024, month: 6, day: 1))
      let context = SiteContext(SiteInput(catalogue: catalogue, result: result, rules: [], tool: tool))
      for kind in EntityKind.allCases {
        for id in SiteKinds.ids(of: kind, in: catalogue) {
          let at = SitePath.entity(kind, id)
          #expect(
            context.entityPageChrome == SitePage.chrome(at: at, scripts: [], input: context.input),
            "\(at.path)")
        }
        #expect(
          context.entityPageChrome != SitePage.chrome(at: .list(kind), scripts: [], input: context.input))
      }
      #expect(context.entityPageChrome.contains("as of release") == (release != nil))
    }
  }

  /// The data items an interface page lists, kept from walking every payload once for the
  /// links, are those its own walk finds.
  @Test func itemsCarriedAreTheOnesAWalkFinds() throws {
    var files = SiteTests.files
    files.append(
      .init(
        "interfaces/IF-022.json", #"{ "id": "IF-022", "payload": [ { "blocks": [ { "block": "B045" } ] } ] }"#
      ))
    files.append(
      .init(
        "blocks/B045.json",
        #"{ "id": "B045", "fields": [ { "name": "x", "item": "DI-567" }, { "name": "y", "block": "B044" } ] }"#
      ))
    files.append(.init("dataitems/DI-567.json", #"{ "id": "DI-567", "type": "string" }"#))
    let catalogue = try CatalogueLoader.load(files: files)
    let links = SiteLinks(catalogue)
    var items: [[String]] = []
    for interface in catalogue.interfaces {
      let found = links.dataItems(carriedBy: interface, in: catalogue)
      #expect(found == PayloadReach(interface, in: catalogue).dataItems, "\(interface.id.value)")
      items.append(found)
    }
    #expect(items == [["DI-566"], ["DI-567", "DI-566"], []])
  }

  /// A generated catalogue for payload trees: blocks whose fields name data items, data types,
  /// other blocks (cycles and self-references among them) and ids that name nothing, under
  /// hostile names; wide blocks and variants past the fan-out; blocks big enough that a tree
  /// reaches its cap of boxes, alone or with the blocks before them.
  static func payloadCatalogue(seed: UInt64) throws -> Catalogue {
    var rng = SeededGenerator(state: seed)
    let blocks = 40
    var files: [CatalogueLoader.File] = [
      .init("catalogue.json", #"{ "format": 1, "name": "generated" }"#),
      .init("dataitems/DI-1.json", #"{ "id": "DI-1", "name": "Item <one> & \"two\"", "type": "string" }"#),
      .init(
        "datatypes/DT-1.json",
        #"{ "id": "DT-1", "name": "A type with a rather long name that wraps", "type": "string" }"#),
    ]
    func field(_ i: Int, _ rng: inout SeededGenerator) -> String {
      let name = ["f\(i)", "aFieldNameLongerThanThirtySixColumnsEasily\(i)", "<b>\(i)</b>"].randomElement(
        using: &rng)!
      let target =
        [
          #""item": "DI-1""#, #""item": "DI-404""#, #""dataType": "DT-1""#, #""type": "string""#,
          "\"block\": \"B\(Int.random(in: 0..<blocks, using: &rng))\"", #""block": "B-none""#,
        ].randomElement(using: &rng)!
      let list = Bool.random(using: &rng) ? #", "list": { "min": 1, "max": 48 }"# : ""
      return "{ \"name\": \"\(name)\", \(target), \"required\": \(Bool.random(using: &rng))\(list) }"
    }
    for b in 0..<blocks {
      // Few fields deep down, so that most trees stay under the cap; some blocks wide.
      let count = b % 9 == 0 ? Int.random(in: 15...22, using: &rng) : Int.random(in: 0...4, using: &rng)
      let fields = (0..<count).map { field($0, &rng) }.joined(separator: ", ")
      files.append(
        .init("blocks/B\(b).json", "{ \"id\": \"B\(b)\", \"name\": \"Block \(b)\", \"fields\": [\(fields)] }")
      )
    }
    // LEAF: 15 plain fields; MID: 15 fields each a LEAF (240 boxes); BIG: 30 MIDs (past the cap).
    let leaf = (0..<15).map { #"{ "name": "x\#($0)", "item": "DI-1" }"# }.joined(separator: ", ")
    let mid = (0..<15).map { #"{ "name": "leaf\#($0)", "block": "LEAF" }"# }.joined(separator: ", ")
    let big = (0..<30).map { #"{ "name": "mid\#($0)", "block": "MID" }"# }.joined(separator: ", ")
    files += [
      .init("blocks/LEAF.json", "{ \"id\": \"LEAF\", \"fields\": [\(leaf)] }"),
      .init("blocks/MID.json", "{ \"id\": \"MID\", \"fields\": [\(mid)] }"),
      .init("blocks/BIG.json", "{ \"id\": \"BIG\", \"fields\": [\(big)] }"),
    ]
    for i in 0..<40 {
      let variants = (0..<(i % 10 == 0 ? 18 : Int.random(in: 1...3, using: &rng))).map { _ -> String in
        var names = (0..<Int.random(in: 1...5, using: &rng)).map { _ in
          "B\(Int.random(in: 0..<blocks, using: &rng))"
        }
        if i % 7 == 0 { names += ["MID", "MID"] }
        if i % 11 == 0 { names += ["BIG", "B-none"] }
        if i % 13 == 0 { names += (0..<20).map { "B\($0)" } }
        let entries = names.map {
          "{ \"block\": \"\($0)\", \"section\": \"custom\", \"required\": \(Bool.random(using: &rng)) }"
        }
        return "{ \"events\": [\"E\(i)\"], \"blocks\": [\(entries.joined(separator: ", "))] }"
      }
      files.append(
        .init(
          "interfaces/IF-\(i).json",
          "{ \"id\": \"IF-\(i)\", \"name\": \"Interface \(i)\", \"payload\": [\(variants.joined(separator: ", "))] }"
        ))
    }
    return try CatalogueLoader.load(files: files)
  }

  /// A payload tree with each block's fields spliced in as prepared once is the tree walked
  /// afresh: the same graph (nodes, arrows, notes) and the same SVG, at the usual fan-out and
  /// a narrow one, wherever the cap of boxes falls.
  @Test(arguments: [1, 2, 3]) func preparedBlocksDrawTheTreeTheWalkDraws(seed: UInt64) throws {
    let catalogue = try Self.payloadCatalogue(seed: seed)
    #expect(catalogue.interfaces.count == 40)
    var spliced = 0
    var capped = 0
    for fanOut in [Graph.defaultFanOut, 3] {
      let prepared = PreparedBlocks(catalogue, fanOut: fanOut)
      // BIG's fields alone pass the cap at the usual fan-out: not prepared, walked each time.
      #expect((prepared.fields(of: "BIG") == nil) == (fanOut == Graph.defaultFanOut))
      #expect(prepared.fields(of: "MID") != nil)
      for interface in catalogue.interfaces {
        let id = interface.id.value
        let plain = try Graph.payload(id, in: catalogue, fanOut: fanOut)
        let fast = try Graph.payloadDrawing(id, in: catalogue, prepared: prepared)
        #expect(fast.graph == plain, "\(id) at fan-out \(fanOut)")
        let svg = SVGRenderer.render(GraphDrawing(plain))
        #expect(SVGRenderer.render(fast) == svg, "\(id) at fan-out \(fanOut)")
        #expect(
          try Graph.payloadSVG(id, in: catalogue, prepared: prepared) == svg, "\(id) at fan-out \(fanOut)")
        if plain.nodes.count > 60 { spliced += 1 }
        if plain.notes.contains(where: { $0.contains("not drawn") }) { capped += 1 }
      }
    }
    #expect(spliced > 10 && capped > 2)
  }

  /// The SVG written piece by piece into one buffer is the SVG made by interpolating strings,
  /// for every view of the test catalogue (hostile names among them), a payload tree of
  /// hundreds of boxes and the drawing of a general graph.
  @Test func svgWrittenIntoOneBufferIsTheInterpolatedSVG() throws {
    let catalogue = GraphViewTests().catalogue
    var graphs = [
      try Graph.interface("IF-021", in: catalogue), try Graph.interface("IF-021", in: catalogue, fanOut: 1),
      try Graph.role("SUP", in: catalogue), try Graph.migration(in: catalogue),
      try Graph.payload("IF-021", in: catalogue),
    ]
    var big = Graph(title: "big <&> \"tree\"", summary: "many boxes")
    big.nodes.append(Graph.Node(id: "0", title: "root", kind: .interface))
    for i in 1..<300 {
      big.nodes.append(
        Graph.Node(
          id: "\(i)", title: "node \(i) " + GraphViewTests.hostileName,
          detail: i % 3 == 0 ? nil : "detail \(i)",
          kind: Graph.NodeKind.allCases[i % Graph.NodeKind.allCases.count]))
      big.edges.append(Graph.Edge(from: "\((i - 1) / 4)", to: "\(i)", bothWays: i % 7 == 0))
    }
    graphs.append(big)
    big.edges.append(Graph.Edge(from: "299", to: "0"))
    graphs.append(big)
    for graph in graphs {
      let drawing = GraphDrawing(graph)
      #expect(SVGRenderer.render(drawing) == PlainSVG.render(drawing), "\(graph.title)")
    }
  }
}

/// ``SVGRenderer``'s SVG with each piece an interpolated string, as it was first written (each
/// box since moved into place as a group).
enum PlainSVG {
  static func render(_ drawing: GraphDrawing) -> String {
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
    let full = [e(box.node.title), box.node.detail.map(e)].compactMap { $0 }.joined(separator: " &#8212; ")
    var out = "<g transform=\"translate(\(n(f.x)) \(n(f.y)))\">\n<title>\(full)</title>\n"
    out += "<rect width=\"\(n(f.width))\" height=\"\(n(f.height))\" rx=\"4\" "
    out +=
      "fill=\"\(style.fill)\" stroke=\"\(style.stroke)\"\(style.dashed ? " stroke-dasharray=\"4 3\"" : "")/>\n"
    let x = n(GraphDrawing.horizontalPadding)
    var baseline = GraphDrawing.verticalPadding + TextMetrics.lineHeight - 4
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
