import MHHSCatalogue

/// Who names whom in a catalogue: for every entity, the ids its references name, and for
/// every id, the entities that name it (by id). What ``IncrementalLinter`` finds the entities
/// one reference away from an edited one with.
struct Neighbours: Sendable {
  // Lists, not sets: a repeated id costs nothing but a little room, and building a set for
  // each of tens of thousands of entities costs more than the walk itself.
  private var names: [EntityKey: [String]] = [:]
  private var namedBy: [String: [String]] = [:]

  init(_ catalogue: Catalogue) {
    for kind in Self.referringKinds {
      for id in catalogue.ids(of: kind).keys { add(EntityKey(kind: kind, id: id), in: catalogue) }
    }
  }

  /// The ids `key`'s references name.
  func named(by key: EntityKey) -> [String] { names[key] ?? [] }

  /// The ids of the entities that name `id`.
  func naming(_ id: String) -> [String] { namedBy[id] ?? [] }

  /// The ids of the entities that name an id no entity of `catalogue` has.
  func namingMissing(in catalogue: Catalogue) -> [String] {
    namedBy.flatMap { id, referrers in catalogue.kind(of: id) == nil ? referrers : [] }
  }

  /// Reads `key`'s references again, from `catalogue`.
  mutating func replace(_ key: EntityKey, in catalogue: Catalogue) {
    for target in names.removeValue(forKey: key) ?? [] { namedBy[target]?.removeAll { $0 == key.id } }
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
      catalogue.interface(key.id)?.eachHistoryChange { change, _, _ in collector.ids.append(change.value) }
    case .dataflow:
      catalogue.dataflow(key.id)?.eachHistoryChange { change, _, _ in collector.ids.append(change.value) }
    default: break
    }
    guard !collector.ids.isEmpty else { return }
    names[key] = collector.ids
    for target in collector.ids where namedBy[target]?.last != key.id {
      namedBy[target, default: []].append(key.id)
    }
  }

  /// The kinds whose entities name others (``References``).
  static let referringKinds: [EntityKind] = [.interface, .dataflow, .nfr, .changeRequest, .dataItem, .block]

  private struct Targets: ReferenceVisitor {
    var ids: [String] = []
    /// Takes every id as it is offered and declines the reference, so that its pointer and
    /// field name are never built: only the id is needed here.
    mutating func wants(_ kind: EntityKind?, _ id: String) -> Bool {
      ids.append(id)
      return false
    }
    mutating func visit(_ reference: Reference) {}
  }
}
