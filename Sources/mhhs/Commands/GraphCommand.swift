import MHHSCatalogue
import MHHSReports

/// `mhhs graph [DIR]`: one diagram of the catalogue in SVG, Mermaid or DOT.
enum GraphCommand: Command {
  static let name = "graph"
  static let summary = "Draw one view of the catalogue as SVG, Mermaid or DOT"
  static let usage =
    "graph [DIR] (--interface ID | --role ID | --flows | --payload ID) [--release ID] [--format svg|mermaid|dot] [--output FILE]"
  static let discussion = """
    Draws one view of the catalogue in DIR (default: catalogue), small by construction so it
    never becomes a hairball: --interface, the interface between its senders and receivers;
    --role, the interfaces a role receives and sends; --flows, the DES196 migration from D-flows
    to the interfaces that replace them; --payload, an interface's payload variants, blocks and
    their fields. With --release, only the interfaces in scope at that release. Past 16
    neighbours on one side of a box the rest are grouped into one "+K more" box; the diagram's
    description (and standard error) names what was grouped. SVG is laid out by mhhs itself and
    can be inlined in a page (no external references, a title and description); Mermaid and DOT
    are left to their tools to lay out. A Mermaid diagram over Mermaid's default limits
    (maxTextSize 50000, maxEdges 500) is still written, with a warning on standard error.
    """

  static func run(_ arguments: GraphArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let catalogue = try CatalogueLoader.load(directory: arguments.directory)
    let graph: Graph
    do {
      switch arguments.view {
      case .interface(let id): graph = try Graph.interface(id, in: catalogue, release: arguments.release)
      case .role(let id): graph = try Graph.role(id, in: catalogue, release: arguments.release)
      case .flows: graph = try Graph.migration(in: catalogue, release: arguments.release)
      case .payload(let id): graph = try Graph.payload(id, in: catalogue, release: arguments.release)
      }
    } catch {
      throw CommandError(error.description)
    }
    let text = arguments.output.format.render(graph)
    for note in graph.notes { terminal.error("mhhs: note: \(TextEscaping.line(note))\n") }
    if arguments.output.format == .mermaid {
      for warning in MermaidRenderer.limitWarnings(text, graph) {
        terminal.error("mhhs: warning: \(warning)\n")
      }
    }
    try arguments.output.write(text, &terminal)
    return .success
  }
}
