import MHHSCatalogue

/// The links the catalogue records in one direction, turned round, so each page can list what
/// points at its entity: what a change request affects and where it is cited, what a role
/// sends and receives, which interfaces carry a data item. Built once per site, in time linear
/// in the catalogue (payload reach: once per interface).
struct SiteLinks: Sendable {
  /// A place that cites a change request or design issue note.
  struct Citation: Sendable {
    var kind: EntityKind
    var entity: String
    /// What cites it there (`history 1.0 (IR7)`).
    var place: String
  }

  /// A history entry, for the release that made it.
  struct Change: Sendable {
    var kind: EntityKind
    var entity: String
    var entry: HistoryEntry
  }

  /// An interface whose payload reaches a block, data item or data type, and the blocks on the
  /// way.
  struct Carrier: Sendable {
    var interface: String
    var path: [String]
  }

  var affectedBy: [String: [String]] = [:]
  var citations: [String: [Citation]] = [:]
  var sends: [String: [String]] = [:]
  var receives: [String: [String]] = [:]
  var routesFrom: [String: [String]] = [:]
  var routesTo: [String: [String]] = [:]
  var replacedBy: [String: [String]] = [:]
  /// The D-flows whose DES196 fate names the interface among their replacements.
  var mappedTo: [String: [String]] = [:]
  var nfrsOf: [String: [String]] = [:]
  var interfacesOf: [String: [String]] = [:]
  private var linked: Set<String> = []
  var introduced: [String: [String]] = [:]
  var withdrawn: [String: [String]] = [:]
  var changes: [String: [Change]] = [:]
  var requestsFor: [String: [String]] = [:]
  var effective: [String: [String]] = [:]
  var itemsOfType: [String: [String]] = [:]
  var containers: [String: [String]] = [:]
  var carriers: [String: [Carrier]] = [:]
  /// The data items each interface's payload reaches, in the order reached.
  private var itemsCarried: [String: [String]] = [:]

  /// What one interface's payload reaches, with the blocks on the way to each.
  private struct Reached: Sendable {
    var carried: [(entity: String, path: [String])] = []
    var dataItems: [String] = []

    init(_ interface: Interface, in catalogue: Catalogue) {
      let reach = PayloadReach(interface, in: catalogue)
      for block in reach.blocks { carried.append((block, reach.path(toBlock: block) ?? [])) }
      for item in reach.dataItems { carried.append((item, reach.path(toDataItem: item) ?? [])) }
      for type in reach.dataTypes { carried.append((type, reach.path(toDataType: type)?.blocks ?? [])) }
      dataItems = reach.dataItems
    }
  }

  /// How many interfaces' payloads are walked at once, on all cores, before they are added up.
  static let reachBatch = 1024

  init(_ catalogue: Catalogue) {
    for cr in catalogue.changeRequests {
      for id in cr.affects?.values() ?? [] { affectedBy[id, default: []].append(cr.id.value) }
      if let release = cr.release?.value { requestsFor[release, default: []].append(cr.id.value) }
    }
    Parallel.forEach(catalogue.interfaces, batchSize: Self.reachBatch, { Reached($0, in: catalogue) }) {
      i, reached in
      let id = i.id.value
      for role in Set(i.from?.values() ?? []).sorted() { sends[role, default: []].append(id) }
      for role in Set(i.to?.values() ?? []).sorted() { receives[role, default: []].append(id) }
      for flow in i.replaces?.values() ?? [] { replacedBy[flow, default: []].append(id) }
      if let release = i.introducedIn?.value { introduced[release, default: []].append(id) }
      if let release = i.withdrawnIn?.value { withdrawn[release, default: []].append(id) }
      for kind in ResponseTimes.Kind.allCases {
        if let nfr = i.responseTimes?.value[kind]?.value.nfr?.value { link(interface: id, nfr: nfr) }
      }
      note(history: i, kind: .interface)
      for (entity, path) in reached.carried {
        carriers[entity, default: []].append(Carrier(interface: id, path: path))
      }
      itemsCarried[id] = reached.dataItems
    }
    for flow in catalogue.dataflows {
      let id = flow.id.value
      for route in flow.routes?.values() ?? [] {
        if let role = route.from?.value, routesFrom[role]?.last != id {
          routesFrom[role, default: []].append(id)
        }
        if let role = route.to?.value, routesTo[role]?.last != id { routesTo[role, default: []].append(id) }
      }
      for interface in Set(flow.mhhs?.value.replacedBy?.values() ?? []).sorted() {
        mappedTo[interface, default: []].append(id)
      }
      if let release = flow.mhhs?.value.effective?.value { effective[release, default: []].append(id) }
      note(history: flow, kind: .dataflow)
    }
    for nfr in catalogue.nfrs {
      for id in nfr.appliesTo?.value.interfaces?.values() ?? [] { link(interface: id, nfr: nfr.id.value) }
      for (n, exemption) in (nfr.exemptions?.value ?? []).enumerated() {
        if let cr = exemption.value.changeRequest?.value {
          citations[cr, default: []].append(
            Citation(kind: .nfr, entity: nfr.id.value, place: "party exemption \(n + 1)"))
        }
      }
    }
    for item in catalogue.dataItems {
      if let type = item.dataType?.value { itemsOfType[type, default: []].append(item.id.value) }
    }
    for block in catalogue.blocks {
      var seen: Set<String> = []
      for field in block.fields?.value ?? [] {
        for target in [field.value.item, field.value.block, field.value.dataType].compactMap({ $0?.value })
        where seen.insert(target).inserted {
          containers[target, default: []].append(block.id.value)
        }
      }
    }
  }

  /// The data items `interface`'s payload reaches, in the order reached (``PayloadReach``).
  func dataItems(carriedBy interface: Interface, in catalogue: Catalogue) -> [String] {
    itemsCarried[interface.id.value] ?? PayloadReach(interface, in: catalogue).dataItems
  }

  /// Links an interface and an NFR once, however many places name the pair.
  private mutating func link(interface: String, nfr: String) {
    guard linked.insert(interface + "\u{1F}" + nfr).inserted else { return }
    nfrsOf[interface, default: []].append(nfr)
    interfacesOf[nfr, default: []].append(interface)
  }

  private mutating func note(history entity: some Versioned & Exemptible, kind: EntityKind) {
    let id = entity.id.value
    for entry in entity.history?.values() ?? [] {
      if let release = entry.release?.value {
        changes[release, default: []].append(Change(kind: kind, entity: id, entry: entry))
      }
      for change in entry.changes?.values() ?? [] {
        let release = entry.release.map { " (\($0.value))" } ?? ""
        citations[change, default: []].append(
          Citation(kind: kind, entity: id, place: "history \(entry.version.value)\(release)"))
      }
    }
    for exemption in entity.exemptions?.values() ?? [] {
      if let cr = exemption.changeRequest?.value {
        citations[cr, default: []].append(
          Citation(kind: kind, entity: id, place: "exemption from \(exemption.rule.value)"))
      }
    }
  }
}
