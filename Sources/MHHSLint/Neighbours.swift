import MHHSCatalogue

/// Who names whom in a catalogue: for every entity, the ids its references name, and for
/// every id, the entities that name it (by id). What ``IncrementalLinter`` finds the entities
/// one reference away from an edited one with.
struct Neighbours: Sendable {
  private var names: [EntityKey: Set<String>] = [:]
  private var namedBy: [String: Set<String>] = [:]

  init(_ catalogue: Catalogue) {
    for kind in Self.referringKinds {
      for id in catalogue.ids(of: kind).keys { add(EntityKey(kind: kind, id: id), in: catalogue) }
    }
  }

  /// The ids `key`'s references name.
  func named(by key: EntityKey) -> Set<String> { names[key] ?? [] }

  /// The ids of the entities that name `id`.
  func naming(_ id: String) -> Set<String> { namedBy[id] ?? [] }

  /// Reads `key`'s references again, from `catalogue`.
  mutating func replace(_ key: EntityKey, in catalogue: Catalogue) {
    for target in names.removeValue(forKey: key) ?? [] { namedBy[target]?.remove(key.id) }
    add(key, in: catalogue)
  }

  private mutating func add(_ key: EntityKey, in catalogue: Catalogue) {
    var collector = Targets()
    switch key.kind {
    case .interface: catalogue.interface(key.id).map { References.visit($0, &collector) }
    case .dataflow: catalogue.dataflow(key.id).map { References.visit($0, &collector) }
    case .nfr: catalogue.nfr(key.id).map { References.visit($0, &collector) }
    case .changeRequest: catalogue.changeRequest(key.id).map { References.visit($0, &collector) }
    case .dataItem: catalogue.dataItem(key.id).map { References.visit($0, &collector) }
    case .block: catalogue.block(key.id).map { References.visit($0, &collector) }
    case .role, .release, .dataType: break
    }
    // History may cite a change request whose id breaks the pattern, which References skips.
    switch key.kind {
    case .interface:
      catalogue.interface(key.id)?.eachHistoryChange { change, _, _ in collector.ids.insert(change.value) }
    case .dataflow:
      catalogue.dataflow(key.id)?.eachHistoryChange { change, _, _ in collector.ids.insert(change.value) }
    default: break
    }
    guard !collector.ids.isEmpty else { return }
    names[key] = collector.ids
    for target in collector.ids { namedBy[target, default: []].insert(key.id) }
  }

  /// The kinds whose entities name others (``References``).
  static let referringKinds: [EntityKind] = [.interface, .dataflow, .nfr, .changeRequest, .dataItem, .block]

  private struct Targets: ReferenceVisitor {
    var ids: Set<String> = []
    func wants(_ kind: EntityKind?, _ id: String) -> Bool { true }
    mutating func visit(_ reference: Reference) { ids.insert(reference.target.value) }
  }
}
