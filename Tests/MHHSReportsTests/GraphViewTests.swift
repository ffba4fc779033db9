import Foundation
import MHHSCatalogue
import Testing

@testable import MHHSReports

/// The views built from a catalogue, and what each renderer makes of hostile names.
@Suite struct GraphViewTests {
  static let hostileName =
    "<script>alert(\"x\")</script></title> \"quoted\" # ; `tick` & a\nnewline\u{1B}[31m \\"

  static let files: [CatalogueLoader.File] = [
    .init("catalogue.json", #"{ "format": 1, "name": "test" }"#),
    .init(
      "releases.json",
      #"{ "releases": [ { "id": "M5", "name": "M5", "date": "2022-10-31" }, { "id": "IR7", "name": "IR7", "date": "2024-01-31" } ] }"#
    ),
    .init(
      "roles.json",
      #"""
      { "roles": [ { "id": "SDS", "name": "Smart Data Service" }, { "id": "SUP", "name": "Supplier" },
                   { "id": "end", "name": "<script>alert(\"x\")</script></title> \"quoted\" # ; `tick` & a\nnewline\u001B[31m \\" } ] }
      """#),
    .init(
      "interfaces/IF-021.json",
      #"""
      { "id": "IF-021", "name": "UTC Settlement Period Consumption Data", "from": ["SDS", "end"], "to": ["SUP", "SDS"],
        "replaces": ["D0379"], "introducedIn": "M5",
        "payload": [ { "events": ["ActivePower"], "blocks": [ { "block": "S1", "section": "common", "required": true },
                                                              { "block": "B044", "section": "custom", "required": true } ] } ] }
      """#),
    .init(
      "interfaces/IF-099.json",
      #"{ "id": "IF-099", "name": "Later", "from": ["SUP"], "to": ["SDS", "SUP"], "introducedIn": "IR7" }"#),
    .init(
      "dataflows/D0379.json",
      #"{ "id": "D0379", "name": "Half Hourly Advances UTC", "mhhs": { "disposition": "retained", "replacedBy": ["IF-099"] } }"#
    ),
    .init(
      "dataflows/D0012.json",
      #"{ "id": "D0012", "name": "Confirmation", "mhhs": { "disposition": "removed" } }"#),
    .init(
      "blocks/S1.json",
      #"{ "id": "S1", "name": "Sender", "fields": [ { "name": "senderRoleID", "item": "DI-984", "required": true } ] }"#
    ),
    .init(
      "blocks/B044.json",
      #"""
      { "id": "B044", "name": "Issuing Data Service", "fields": [
        { "name": "issuingDataServiceDIPID", "item": "DI-845", "required": true },
        { "name": "registers", "block": "B067", "required": false, "list": { "min": 1, "max": 48 } } ] }
      """#),
    .init(
      "blocks/B067.json",
      #"{ "id": "B067", "name": "Register", "fields": [ { "name": "again", "block": "B044", "required": true } ] }"#
    ),
    .init(
      "dataitems/DI-984.json",
      #"{ "id": "DI-984", "name": "Sender Role ID", "type": "string", "maxLength": 4 }"#),
    .init(
      "dataitems/DI-845.json",
      #"{ "id": "DI-845", "name": "Issuing Data Service DIP ID", "type": "string", "maxLength": 4 }"#),
  ]

  let catalogue = try! CatalogueLoader.load(files: Self.files)

  @Test func theInterfaceViewHasSendersThenTheInterfaceThenReceivers() throws {
    let graph = try Graph.interface("IF-021", in: catalogue)
    #expect(graph.nodes.map(\.id) == ["interface:IF-021", "from:SDS", "from:end", "to:SDS", "to:SUP"])
    #expect(graph.nodes.map(\.layer) == [1, 0, 0, 2, 2])
    #expect(graph.edges.filter { $0.to == "interface:IF-021" }.count == 2)
    #expect(graph.summary == "IF-021 is sent by SDS and end to SDS and SUP.")
    #expect(graph.notes.isEmpty)
  }

  @Test func aRoleViewShowsWhatItSendsAndReceivesInTheRelease() throws {
    let all = try Graph.role("SUP", in: catalogue)
    #expect(all.nodes.map(\.id) == ["role:SUP", "in:IF-021", "out:IF-099"])
    #expect(all.edges.first { $0.to == "out:IF-099" }?.bothWays == true)
    let early = try Graph.role("SUP", in: catalogue, release: "M5")
    #expect(early.nodes.map(\.id) == ["role:SUP", "in:IF-021"])
  }

  @Test func theMigrationViewJoinsFlowsToTheirReplacementsFromEitherSide() throws {
    let graph = try Graph.migration(in: catalogue)
    #expect(graph.nodes.map(\.id) == ["flow:D0012", "flow:D0379", "interface:IF-021", "interface:IF-099"])
    #expect(graph.edges.map(\.to) == ["interface:IF-021", "interface:IF-099"])
    #expect(graph.nodes[0].detail == "Confirmation (removed)")
    let early = try Graph.migration(in: catalogue, release: "M5")
    #expect(early.edges.map(\.to) == ["interface:IF-021"])
  }

  @Test func thePayloadTreeOpensNestedBlocksAndStopsAtACycle() throws {
    let graph = try Graph.payload("IF-021", in: catalogue)
    let titles = graph.nodes.map(\.title)
    #expect(
      titles == [
        "IF-021", "variant 1", "S1", "senderRoleID", "B044", "issuingDataServiceDIPID", "registers", "again",
      ])
    #expect(graph.nodes.last?.detail == "B044 Issuing Data Service, (cycle)")
    #expect(graph.nodes.first { $0.title == "registers" }?.detail == "B067 Register, optional, list 1..48")
    #expect(graph.nodes.map(\.layer) == [0, 1, 2, 3, 2, 3, 3, 4])
  }

  @Test func fanOutPastTheCapIsGroupedAndSaid() throws {
    let graph = try Graph.interface("IF-021", in: catalogue, fanOut: 1)
    #expect(graph.nodes.map(\.title) == ["IF-021", "+2 more", "+2 more"])
    #expect(
      graph.notes == [
        "2 senders grouped as \"+2 more\": SDS, end.", "2 receivers grouped as \"+2 more\": SDS, SUP.",
      ])
    #expect(SVGRenderer.render(GraphDrawing(graph)).contains("2 senders grouped"))
  }

  @Test func unknownIdsNameTheNearestOne() {
    #expect(throws: GraphError.unknown(.interface, "IF-21", suggestion: "IF-021")) {
      try Graph.interface("IF-21", in: catalogue)
    }
    #expect(throws: GraphError.unknown(.role, "SUPP", suggestion: "SUP")) {
      try Graph.role("SUPP", in: catalogue)
    }
    #expect(throws: GraphError.unknown(.release, "IR8", suggestion: "IR7")) {
      try Graph.migration(in: catalogue, release: "IR8")
    }
    #expect(throws: GraphError.notInRelease(interface: "IF-099", release: "M5")) {
      try Graph.interface("IF-099", in: catalogue, release: "M5")
    }
    #expect(throws: GraphError.notInRelease(interface: "IF-099", release: "M5")) {
      try Graph.payload("IF-099", in: catalogue, release: "M5")
    }
  }

  @Test func theSVGIsWellFormedInlineableAndEscaped() throws {
    let graph = try Graph.interface("IF-021", in: catalogue)
    let svg = SVGRenderer.render(GraphDrawing(graph))
    let root = try ConsumerTests.Tree.parse(svg)
    #expect(root.name == "svg")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["aria-label"] == graph.title)
    #expect(root.children.prefix(2).map(\.name) == ["title", "desc"])
    #expect(
      !svg.contains("<script") && !svg.contains("href") && !svg.contains("url(") && !svg.contains(" id="))
    #expect(svg.contains("&lt;script&gt;"))
    #expect(!svg.unicodeScalars.contains("\u{1B}"))
  }

  /// Mermaid's grammar as this renderer uses it, checked line by line (mermaid-cli is not
  /// available offline): every statement one of the shapes below, every label free of what
  /// would end it or start markup, every edge between declared nodes.
  static func mermaidProblems(_ text: String) -> [String] {
    var problems: [String] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.first != "flowchart LR" { problems.append("first line \(lines.first ?? "")") }
    if lines.last != "" { problems.append("no final newline") }
    var declared: Set<String> = []
    for line in lines.dropFirst().dropLast() {
      if line.hasPrefix("  accTitle: ") || line.hasPrefix("  accDescr: ") || line.hasPrefix("  %% ") {
        if line.contains("{") || line.contains("}") { problems.append("brace in \(line)") }
      } else if let m = line.wholeMatch(of: #/  (n[0-9]+_[A-Za-z0-9_]*)\["([^"]*)"\]/#) {
        declared.insert(String(m.1))
        let label = m.2.replacing("<br/>", with: "")
        if label.contains("<") || label.contains(">") || label.contains("`") {
          problems.append("markup in label \(label)")
        }
        if label.replacing(#/#(quot|amp|lt|gt|35|59|96);/#, with: "").contains(where: {
          $0 == "#" || $0 == ";"
        }) {
          problems.append("raw # or ; in \(label)")
        }
      } else if let m = line.wholeMatch(of: #/  (n[0-9]+_[A-Za-z0-9_]*) (-->|<-->) (n[0-9]+_[A-Za-z0-9_]*)/#)
      {
        if !declared.contains(String(m.1)) || !declared.contains(String(m.3)) {
          problems.append("undeclared in \(line)")
        }
      } else if line.wholeMatch(of: #/  classDef [a-z]+ [a-z0-9:#,\- ]+/#) != nil {
        continue
      } else if let m = line.wholeMatch(of: #/  class ([A-Za-z0-9_,]+) [a-z]+/#) {
        for id in m.1.split(separator: ",") where !declared.contains(String(id)) {
          problems.append("class of \(id)")
        }
      } else {
        problems.append("unexpected line: \(line)")
      }
      if line.contains("\u{1B}") { problems.append("control character in \(line)") }
    }
    return problems
  }

  @Test func theMermaidTextParsesAndEscapesHostileNames() throws {
    for graph in try [
      Graph.interface("IF-021", in: catalogue), Graph.role("end", in: catalogue),
      Graph.migration(in: catalogue),
      Graph.payload("IF-021", in: catalogue),
    ] {
      let text = MermaidRenderer.render(graph)
      #expect(Self.mermaidProblems(text) == [], "\(text)")
      #expect(MermaidRenderer.limitWarnings(text, graph).isEmpty)
    }
    let text = MermaidRenderer.render(try Graph.role("end", in: catalogue))
    #expect(text.contains("#lt;script#gt;alert(#quot;x#quot;)"))
    #expect(text.contains("  n0_role_end[\""))
  }

  @Test func mermaidLimitsAreReported() {
    var graph = Graph(title: "big", summary: "big")
    for i in 0..<600 {
      graph.nodes.append(Graph.Node(id: "\(i)", title: String(repeating: "x", count: 90), kind: .item))
      if i > 0 { graph.edges.append(Graph.Edge(from: "0", to: "\(i)")) }
    }
    let warnings = MermaidRenderer.limitWarnings(MermaidRenderer.render(graph), graph)
    #expect(warnings.count == 2)
    #expect(warnings.allSatisfy { $0.contains("over Mermaid's default") })
  }

  /// DOT's statements as this renderer writes them: after taking out every double-quoted
  /// string (a backslash escapes the next character), only punctuation, keywords and
  /// attribute names are left.
  static func dotProblems(_ text: String) -> [String] {
    var problems: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("//") {
      var rest = ""
      var inString = false
      var escaped = false
      for c in line {
        if inString {
          if escaped {
            escaped = false
          } else if c == "\\" {
            escaped = true
          } else if c == "\"" {
            inString = false
          }
          if c == "\n" || c.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            problems.append("control in \(line)")
          }
        } else if c == "\"" {
          inString = true
          rest.append("S")
        } else {
          rest.append(c)
        }
      }
      if inString { problems.append("unclosed string in \(line)") }
      if rest.wholeMatch(
        of: #/(digraph S \{|\}|  (graph|node|edge) \[.*\];|  S \[.*\];|  S -> S( \[dir=both\])?;)/#) == nil
      {
        problems.append("unexpected statement: \(rest)")
      }
      if rest.contains("<") { problems.append("HTML-like label in \(line)") }
    }
    return problems
  }

  @Test func theDOTTextQuotesEveryIdAndLabel() throws {
    for graph in try [
      Graph.interface("IF-021", in: catalogue), Graph.role("end", in: catalogue),
      Graph.migration(in: catalogue),
      Graph.payload("IF-021", in: catalogue),
    ] {
      let text = DOTRenderer.render(graph)
      #expect(Self.dotProblems(text) == [], "\(text)")
    }
    #expect(DOTEscaping.quoted("a\\") == #""a\\""#)
    #expect(DOTEscaping.quoted("say \"hi\"\n\\N") == #""say \"hi\" \\N""#)
    #expect(DOTEscaping.label(["a", "b\"c"]) == #""a\nb\"c""#)
  }

  @Test func mermaidIdsAreSafe() {
    #expect(MermaidEscaping.id(3, "end") == "n3_end")
    #expect(MermaidEscaping.id(0, "o:x y") == "n0_o_x_y")
    #expect(MermaidEscaping.label("a\"b#c;d<e>f&g`h\ni") == "a#quot;b#35;c#59;d#lt;e#gt;f#amp;g#96;h i")
  }
}
