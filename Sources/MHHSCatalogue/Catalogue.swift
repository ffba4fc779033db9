/// A loaded catalogue: every entity by kind (in file order) and by id, where each came from,
/// and the issues met while reading it.
public struct Catalogue: Sendable {
  /// The directory as the user named it (used to build the file paths shown in findings).
  public var directory: String
  public var manifest: Manifest?
  public private(set) var roles: [Role] = []
  public private(set) var releases: [Release] = []
  public var freezes: [Freeze] = []
  public private(set) var interfaces: [Interface] = []
  public private(set) var dataflows: [DataFlow] = []
  public private(set) var nfrs: [NFR] = []
  public private(set) var changeRequests: [ChangeRequest] = []
  public private(set) var dataTypes: [DataType] = []
  public private(set) var dataItems: [DataItem] = []
  public private(set) var blocks: [Block] = []
  /// Problems met while reading: invalid JSON, schema violations, duplicate ids.
  public var issues: [CatalogueIssue] = []

  private var roleIndex: [String: Int] = [:]
  private var releaseIndex: [String: Int] = [:]
  private var interfaceIndex: [String: Int] = [:]
  private var dataflowIndex: [String: Int] = [:]
  private var nfrIndex: [String: Int] = [:]
  private var changeRequestIndex: [String: Int] = [:]
  private var dataTypeIndex: [String: Int] = [:]
  private var dataItemIndex: [String: Int] = [:]
  private var blockIndex: [String: Int] = [:]
  /// Each release's place in time order (by date, undated releases after their predecessor).
  private var releaseRanks: [String: Int] = [:]

  public init(directory: String) {
    self.directory = directory
  }

  // MARK: Lookup (O(1))

  public func role(_ id: String) -> Role? { roleIndex[id].map { roles[$0] } }
  public func release(_ id: String) -> Release? { releaseIndex[id].map { releases[$0] } }
  public func interface(_ id: String) -> Interface? { interfaceIndex[id].map { interfaces[$0] } }
  public func dataflow(_ id: String) -> DataFlow? { dataflowIndex[id].map { dataflows[$0] } }
  public func nfr(_ id: String) -> NFR? { nfrIndex[id].map { nfrs[$0] } }
  public func changeRequest(_ id: String) -> ChangeRequest? {
    changeRequestIndex[id].map { changeRequests[$0] }
  }
  public func dataType(_ id: String) -> DataType? { dataTypeIndex[id].map { dataTypes[$0] } }
  public func dataItem(_ id: String) -> DataItem? { dataItemIndex[id].map { dataItems[$0] } }
  public func block(_ id: String) -> Block? { blockIndex[id].map { blocks[$0] } }

  /// Whether an entity of `kind` with this id exists.
  public func contains(_ id: String, kind: EntityKind) -> Bool {
    // A lookup in place: `ids(of:)` would copy the index (a reference count on storage that
    // rules running on several cores share).
    switch kind {
    case .interface: interfaceIndex[id] != nil
    case .dataflow: dataflowIndex[id] != nil
    case .nfr: nfrIndex[id] != nil
    case .changeRequest: changeRequestIndex[id] != nil
    case .release: releaseIndex[id] != nil
    case .role: roleIndex[id] != nil
    case .dataType: dataTypeIndex[id] != nil
    case .dataItem: dataItemIndex[id] != nil
    case .block: blockIndex[id] != nil
    }
  }

  /// The kind of the entity with this id, trying every kind.
  public func kind(of id: String) -> EntityKind? {
    EntityKind.allCases.first { contains(id, kind: $0) }
  }

  /// Every id of `kind`, for suggestions.
  public func ids(of kind: EntityKind) -> [String: Int] {
    switch kind {
    case .interface: interfaceIndex
    case .dataflow: dataflowIndex
    case .nfr: nfrIndex
    case .changeRequest: changeRequestIndex
    case .release: releaseIndex
    case .role: roleIndex
    case .dataType: dataTypeIndex
    case .dataItem: dataItemIndex
    case .block: blockIndex
    }
  }

  /// The number of entities of `kind`.
  public func count(of kind: EntityKind) -> Int { ids(of: kind).count }

  /// The release's place in time order; `nil` for an unknown release.
  public func releaseRank(_ id: String) -> Int? { releaseRanks[id] }

  // MARK: Building

  /// Adds an entity; a second entity with the same id is recorded as a `catalogue/duplicate-id`
  /// issue (at both places) and not added.
  public mutating func add(_ entity: some Entity) {
    switch entity {
    case let e as Interface: issues += Self.insert(e, into: &interfaces, index: &interfaceIndex)
    case let e as DataFlow: issues += Self.insert(e, into: &dataflows, index: &dataflowIndex)
    case let e as NFR: issues += Self.insert(e, into: &nfrs, index: &nfrIndex)
    case let e as ChangeRequest: issues += Self.insert(e, into: &changeRequests, index: &changeRequestIndex)
    case let e as Role: issues += Self.insert(e, into: &roles, index: &roleIndex)
    case let e as DataType: issues += Self.insert(e, into: &dataTypes, index: &dataTypeIndex)
    case let e as DataItem: issues += Self.insert(e, into: &dataItems, index: &dataItemIndex)
    case let e as Block: issues += Self.insert(e, into: &blocks, index: &blockIndex)
    case let e as Release:
      issues += Self.insert(e, into: &releases, index: &releaseIndex)
      rankReleases()
    default: preconditionFailure("unknown entity type \(type(of: entity))")
    }
  }

  /// Puts `entity` in the place of the entity of its kind that has its id, keeping the order
  /// and the indexes; `false`, changing nothing, when there is none (or it is a role or a
  /// release, which live in one file each).
  public mutating func replace(_ entity: some Entity) -> Bool {
    func put<E: Entity>(_ e: E, _ list: inout [E], _ index: [String: Int]) -> Bool {
      guard let i = index[e.id.value] else { return false }
      list[i] = e
      return true
    }
    switch entity {
    case let e as Interface: return put(e, &interfaces, interfaceIndex)
    case let e as DataFlow: return put(e, &dataflows, dataflowIndex)
    case let e as NFR: return put(e, &nfrs, nfrIndex)
    case let e as ChangeRequest: return put(e, &changeRequests, changeRequestIndex)
    case let e as DataType: return put(e, &dataTypes, dataTypeIndex)
    case let e as DataItem: return put(e, &dataItems, dataItemIndex)
    case let e as Block: return put(e, &blocks, blockIndex)
    default: return false
    }
  }

  /// Makes room for this many entities of each kind, so that adding them does not regrow the
  /// lists and indexes.
  public mutating func reserveCapacity(_ counts: [EntityKind: Int]) {
    for (kind, n) in counts {
      switch kind {
      case .interface:
        interfaces.reserveCapacity(n)
        interfaceIndex.reserveCapacity(n)
      case .dataflow:
        dataflows.reserveCapacity(n)
        dataflowIndex.reserveCapacity(n)
      case .nfr:
        nfrs.reserveCapacity(n)
        nfrIndex.reserveCapacity(n)
      case .changeRequest:
        changeRequests.reserveCapacity(n)
        changeRequestIndex.reserveCapacity(n)
      case .release, .role, .dataType, .dataItem, .block: break
      }
    }
  }

  /// Adds releases in file order and ranks them once (``add(_:)`` re-ranks after each one).
  public mutating func add(releases newReleases: [Release]) {
    for release in newReleases { issues += Self.insert(release, into: &releases, index: &releaseIndex) }
    rankReleases()
  }

  private static func insert<E: Entity>(
    _ entity: E, into list: inout [E], index: inout [String: Int]
  ) -> [CatalogueIssue] {
    let id = entity.id.value
    if let existing = index[id] {
      let first = list[existing]
      func describe(_ e: E) -> String { "\(e.origin.file):\(e.id.position.line):\(e.id.position.column)" }
      return [
        CatalogueIssue(
          .duplicateID,
          "\(E.kind.displayName) \(id) is declared again at \(describe(entity)); ids must be unique",
          entityID: id, location: first.location(first.id.position, "/id")),
        CatalogueIssue(
          .duplicateID,
          "\(E.kind.displayName) \(id) is already declared at \(describe(first)); ids must be unique",
          entityID: id, location: entity.location(entity.id.position, "/id")),
      ]
    }
    index[id] = list.count
    list.append(entity)
    return []
  }

  private mutating func rankReleases() {
    // Undated releases take the date of the nearest dated release before them in the file.
    var effective: [(date: CalendarDate?, index: Int)] = []
    var last: CalendarDate?
    for (i, r) in releases.enumerated() {
      if let d = r.date?.value { last = d }
      effective.append((last, i))
    }
    let ordered = effective.sorted {
      switch ($0.date, $1.date) {
      case (let a?, let b?) where a != b: a < b
      case (nil, _?): true
      case (_?, nil): false
      default: $0.index < $1.index
      }
    }
    releaseRanks = [:]
    for (rank, entry) in ordered.enumerated() { releaseRanks[releases[entry.index].id.value] = rank }
  }
}
