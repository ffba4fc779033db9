/// A diagram as a model, before any layout or language: boxes, arrows between them, and what the
/// view left out. The views (``Graph/interface(_:in:release:)`` and the others) build one from a
/// catalogue; the renderers (SVG, Mermaid, DOT) write it.
public struct Graph: Sendable, Equatable {
  /// What a box stands for; renderers colour boxes by it.
  public enum NodeKind: String, Sendable, CaseIterable {
    case interface, role, dataflow, variant, block, item, more
  }

  public struct Node: Sendable, Equatable {
    /// Unique in the graph; renderers derive their own language's ids from it.
    public var id: String
    /// The first line, shown in full (`IF-021`).
    public var title: String
    /// Further text (a name), wrapped and shortened to fit the box; shown in full as a tooltip.
    public var detail: String?
    public var kind: NodeKind
    /// The column the view puts the box in, when the view fixes it (senders, interface,
    /// receivers); `nil` lets the layout choose.
    public var layer: Int?

    public init(id: String, title: String, detail: String? = nil, kind: NodeKind, layer: Int? = nil) {
      self.id = id
      self.title = title
      self.detail = detail
      self.kind = kind
      self.layer = layer
    }
  }

  public struct Edge: Sendable, Equatable {
    public var from: String
    public var to: String
    /// Drawn with an arrowhead at both ends (a role that both sends and receives an interface).
    public var bothWays: Bool

    public init(from: String, to: String, bothWays: Bool = false) {
      self.from = from
      self.to = to
      self.bothWays = bothWays
    }
  }

  /// One line naming the view (`IF-021 UTC Settlement Period Consumption Data: senders and
  /// receivers`); the SVG's `<title>`.
  public var title: String
  /// A sentence or two describing the picture in words; the SVG's `<desc>`.
  public var summary: String
  public var nodes: [Node]
  public var edges: [Edge]
  /// What the view grouped or left out (`12 interfaces grouped as "+12 more": IF-001, …`), so
  /// that no reader mistakes a capped view for the whole.
  public var notes: [String]

  public init(title: String, summary: String, nodes: [Node] = [], edges: [Edge] = [], notes: [String] = []) {
    self.title = title
    self.summary = summary
    self.nodes = nodes
    self.edges = edges
    self.notes = notes
  }

  /// The text alternative: the summary, then the notes.
  public var description: String {
    ([summary] + notes).joined(separator: " ")
  }
}
