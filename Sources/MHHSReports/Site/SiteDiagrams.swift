import MHHSCatalogue

/// The drawn diagrams of the pages, as inline SVG (with a title and description for screen
/// readers), or `nil` for none. The graph module fills these in with its views; the pages
/// place whatever they return in a figure and show nothing for `nil`.
struct SiteDiagrams: Sendable {
  let catalogue: Catalogue

  /// Senders → interface → receivers.
  func diagram(for interface: Interface) -> String? { nil }

  /// The blocks of an interface's payload as a tree.
  func payloadDiagram(for interface: Interface) -> String? { nil }

  /// What a role sends and receives.
  func diagram(for role: Role) -> String? { nil }

  /// A D-flow and the interfaces that replace it (DES196's migration, two layers).
  func diagram(for dataflow: DataFlow) -> String? { nil }
}
