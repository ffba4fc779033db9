/// One thing a payload variant carries on the wire: a block (of the payload, or nested in a
/// block's field) or a field holding a value, with its wire path.
public struct PayloadNode: Sendable, Equatable {
  /// Why a block was not expanded.
  public enum Stop: Sendable, Equatable {
    /// The block is one of the blocks it is nested in: the blocks from the outermost to it.
    case cycle([String])
    /// The block lies deeper than ``PayloadFields/maxDepth`` blocks.
    case tooDeep
    /// No block of the catalogue has this id (`catalogue/unknown-reference` reports it).
    case unknownBlock
  }

  /// The wire path's segments: the section (`CommonBlock`, `CustomBlock`), then property names,
  /// an array's name followed by `[]` (`["CustomBlock", "B900", "settlementDayConsumptionPeriods[]"]`).
  public var path: [String]
  /// The blocks the node lies in, outermost first (empty for a block of the payload itself).
  public var blocks: [String]
  /// The block the node is, when it is one; `nil` for a field holding a value.
  public var block: String?
  /// The block field the node comes from; `nil` for a block of the payload itself.
  public var field: BlockField?
  /// Whether the node is required where it stands (in its block, or in the payload).
  public var required: Bool
  /// The wire path of the innermost optional block the node lies in: the node is required only
  /// when that block is present. `nil` when every enclosing block is required.
  public var requiredIf: String?
  /// Present when the node is an array.
  public var list: ListBounds?
  /// Set on a block that was not expanded.
  public var stop: Stop?

  /// The wire path, segments joined by `.` (`CustomBlock.B044.issuingDataServiceDIPID`).
  public var wirePath: String { path.joined(separator: ".") }
}

/// A payload variant flattened to its wire paths, in published order (each block followed by
/// its fields). The walk keeps its own stack, so no nesting exhausts the call stack; a block
/// nested in itself is listed once more and not expanded, nesting stops at ``maxDepth`` blocks,
/// and a walk stops after ``maxNodes`` nodes (blocks reused at every level could otherwise
/// multiply without end).
public struct PayloadFields: Sendable {
  /// The deepest nesting of blocks expanded.
  public static let maxDepth = 32
  /// The most nodes one variant is flattened to.
  public static let maxNodes = 20_000

  /// The nodes, in wire order.
  public private(set) var nodes: [PayloadNode] = []
  /// Whether the walk stopped at ``maxNodes`` before the end.
  public private(set) var truncated = false

  /// The section's property on the wire, as the published schemas name it.
  public static func wireName(_ section: PayloadBlock.Section) -> String {
    switch section {
    case .common: "CommonBlock"
    case .custom: "CustomBlock"
    }
  }

  public init(_ variant: PayloadVariant, in catalogue: Catalogue, maxNodes: Int = Self.maxNodes) {
    var stack: [PayloadNode] = []
    for entry in (variant.blocks?.value ?? []).reversed() {
      let b = entry.value
      let list = b.list?.value
      let name = b.wireName + (list == nil ? "" : "[]")
      stack.append(
        PayloadNode(
          path: (b.section.map { [Self.wireName($0.value)] } ?? []) + [name], blocks: [],
          block: b.block.value,
          field: nil, required: b.required?.value ?? false, requiredIf: nil, list: list, stop: nil))
    }
    while var node = stack.popLast() {
      guard nodes.count < maxNodes else {
        truncated = true
        return
      }
      guard let id = node.block else {
        nodes.append(node)
        continue
      }
      if node.blocks.contains(id) {
        node.stop = .cycle(Array(node.blocks.drop { $0 != id }) + [id])
      } else if node.blocks.count >= Self.maxDepth {
        node.stop = .tooDeep
      } else if catalogue.block(id) == nil {
        node.stop = .unknownBlock
      }
      nodes.append(node)
      guard node.stop == nil, let block = catalogue.block(id) else { continue }
      let requiredIf = node.required ? node.requiredIf : node.wirePath
      for field in (block.fields?.value ?? []).reversed() {
        let f = field.value
        let list = f.list?.value
        stack.append(
          PayloadNode(
            path: node.path + [f.name.value + (list == nil ? "" : "[]")], blocks: node.blocks + [id],
            block: f.block?.value, field: f, required: f.required?.value ?? false, requiredIf: requiredIf,
            list: list, stop: nil))
      }
    }
  }
}
