/// What an interface's payload reaches: every block (and the blocks it is reached through),
/// every data item and every data type. Built by a breadth-first walk with its own queue, so no
/// depth of nesting and no cycle of blocks can exhaust the stack or loop; each block is entered
/// once, through the first (shortest) path found. Ids that name nothing are skipped
/// (`catalogue/unknown-reference` reports them).
public struct PayloadReach: Sendable {
  /// A block reached, and the block it was reached from (`nil`: straight from the payload).
  struct Node: Sendable {
    var id: String
    var parent: Int?
  }

  private var nodes: [Node] = []
  private var blockIndex: [String: Int] = [:]
  /// Each data item reached, and the block node it was first reached in.
  private var itemIndex: [String: Int] = [:]
  /// Each data type reached: the block node, and the data item it was reached through (`nil`
  /// for a block field typed straight by the data type).
  private var typeIndex: [String: (node: Int, item: String?)] = [:]

  /// The block ids reached, in the order reached.
  public private(set) var blocks: [String] = []
  /// The data item ids reached, in the order reached.
  public private(set) var dataItems: [String] = []
  /// The data type ids reached, in the order reached.
  public private(set) var dataTypes: [String] = []

  /// What every variant of `interface`'s payload reaches.
  public init(_ interface: Interface, in catalogue: Catalogue) {
    let roots = (interface.payload?.value ?? []).flatMap { variant in
      (variant.value.blocks?.value ?? []).map(\.value.block.value)
    }
    self.init(blocks: roots, in: catalogue)
  }

  /// What the blocks `roots` reach, themselves included.
  public init(blocks roots: [String], in catalogue: Catalogue) {
    var next = 0
    for root in roots { enter(root, parent: nil, catalogue) }
    while next < nodes.count {
      let current = next
      next += 1
      guard let block = catalogue.block(nodes[current].id) else { continue }
      for field in block.fields?.value ?? [] {
        let f = field.value
        if let item = f.item?.value, catalogue.dataItem(item) != nil, itemIndex[item] == nil {
          itemIndex[item] = current
          dataItems.append(item)
          if let type = catalogue.dataItem(item)?.dataType?.value {
            reachType(type, current, item, catalogue)
          }
        }
        if let type = f.dataType?.value { reachType(type, current, nil, catalogue) }
        if let child = f.block?.value { enter(child, parent: current, catalogue) }
      }
    }
  }

  private mutating func enter(_ id: String, parent: Int?, _ catalogue: Catalogue) {
    guard blockIndex[id] == nil, catalogue.block(id) != nil else { return }
    blockIndex[id] = nodes.count
    nodes.append(Node(id: id, parent: parent))
    blocks.append(id)
  }

  private mutating func reachType(_ id: String, _ node: Int, _ item: String?, _ catalogue: Catalogue) {
    guard typeIndex[id] == nil, catalogue.dataType(id) != nil else { return }
    typeIndex[id] = (node, item)
    dataTypes.append(id)
  }

  public func reaches(block id: String) -> Bool { blockIndex[id] != nil }
  public func reaches(dataItem id: String) -> Bool { itemIndex[id] != nil }
  public func reaches(dataType id: String) -> Bool { typeIndex[id] != nil }

  /// The blocks from the payload down to block `id`, both ends included (`["S1", "B044"]`
  /// … `["B067"]`); `nil` when the payload does not reach it.
  public func path(toBlock id: String) -> [String]? {
    blockIndex[id].map(path(from:))
  }

  /// The blocks from the payload down to the block holding data item `id`.
  public func path(toDataItem id: String) -> [String]? {
    itemIndex[id].map(path(from:))
  }

  /// The blocks from the payload down to where data type `id` is used, and the data item it is
  /// used through (`nil` when a block field names the type directly).
  public func path(toDataType id: String) -> (blocks: [String], item: String?)? {
    typeIndex[id].map { (path(from: $0.node), $0.item) }
  }

  private func path(from node: Int) -> [String] {
    var result: [String] = []
    var at: Int? = node
    while let n = at {
      result.append(nodes[n].id)
      at = nodes[n].parent
    }
    return result.reversed()
  }
}

/// Cycles among blocks: a block that contains itself, directly or through other blocks, is a
/// payload that never ends. Found by a depth-first walk with its own stack (no recursion).
enum BlockCycles {
  /// One `catalogue/schema` issue per cycle, at the block field that closes it.
  static func issues(in catalogue: Catalogue) -> [CatalogueIssue] {
    guard !catalogue.blocks.isEmpty else { return [] }
    // 0: not visited, 1: on the current path, 2: done.
    var state = [UInt8](repeating: 0, count: catalogue.blocks.count)
    var index: [String: Int] = [:]
    for (i, block) in catalogue.blocks.enumerated() { index[block.id.value] = i }
    var issues: [CatalogueIssue] = []
    for start in catalogue.blocks.indices where state[start] == 0 {
      // The path: each block and the next of its fields to look at.
      var stack: [(block: Int, field: Int)] = [(start, 0)]
      state[start] = 1
      while let top = stack.last {
        let block = catalogue.blocks[top.block]
        let fields = block.fields?.value ?? []
        guard top.field < fields.count else {
          state[top.block] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].field += 1
        guard let target = fields[top.field].value.block, let child = index[target.value] else { continue }
        switch state[child] {
        case 0:
          state[child] = 1
          stack.append((child, 0))
        case 1:
          let from = stack.lastIndex { $0.block == child } ?? 0
          let cycle = stack[from...].map { catalogue.blocks[$0.block].id.value } + [target.value]
          issues.append(
            CatalogueIssue(
              .schema,
              "block \(block.id.value) contains block \(target.value), which contains it in turn (\(describe(cycle))); "
                + "a payload cannot nest blocks in a cycle",
              entityID: block.id.value,
              location: block.location(target.position, "/fields/\(top.field)/block")))
        default: break
        }
      }
    }
    return issues
  }

  /// `A → B → A`; a long cycle shows its first three blocks, how many it leaves out, and its end.
  static func describe(_ cycle: [String]) -> String {
    guard cycle.count > 6 else { return cycle.joined(separator: " → ") }
    return (cycle.prefix(3) + ["… (\(cycle.count - 5) more)"] + cycle.suffix(2)).joined(separator: " → ")
  }
}
