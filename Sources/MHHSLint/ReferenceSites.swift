import MHHSCatalogue

/// One place where the catalogue names an entity by id: what editors navigate (definition,
/// references, rename). The same references the rules check (``References``).
public struct ReferenceSite: Sendable, Hashable {
  /// The kind the id names: the reference's kind, or for a reference that may name any kind
  /// (`affects`), the kind of the entity that has the id (`nil` when none has).
  public var kind: EntityKind?
  /// The id named.
  public var id: String
  /// Where: the file, the position of the value's member (the key of a field, the element of
  /// a list), and the JSON pointer of the id string in its file.
  public var location: SourceLocation
  /// The entity that makes the reference.
  public var referrer: String
  /// The field, for people (`from`, `mhhs.replacedBy`).
  public var field: String
}

extension Catalogue {
  /// The references the entity `key` makes, in its order; none for an unknown entity.
  public func referenceSites(of key: EntityKey) -> [ReferenceSite] {
    var collector = SiteCollector(catalogue: self)
    switch key.kind {
    case .interface: interface(key.id).map { e in collector.visit(e) { References.visit(e, &$0) } }
    case .dataflow: dataflow(key.id).map { e in collector.visit(e) { References.visit(e, &$0) } }
    case .nfr: nfr(key.id).map { e in collector.visit(e) { References.visit(e, &$0) } }
    case .changeRequest: changeRequest(key.id).map { e in collector.visit(e) { References.visit(e, &$0) } }
    case .dataItem: dataItem(key.id).map { e in collector.visit(e) { References.visit(e, &$0) } }
    case .block: block(key.id).map { e in collector.visit(e) { References.visit(e, &$0) } }
    case .role, .release, .dataType: break
    }
    return collector.sites
  }

  /// For every id named anywhere, the entities that name it, each once, in the catalogue's
  /// order: with ``referenceSites(of:)``, every reference to an entity, without holding them all.
  public func referrers() -> [String: [EntityKey]] {
    var collector = ReferrerCollector()
    for e in interfaces { collector.visit(e) { References.visit(e, &$0) } }
    for e in dataflows { collector.visit(e) { References.visit(e, &$0) } }
    for e in nfrs { collector.visit(e) { References.visit(e, &$0) } }
    for e in changeRequests { collector.visit(e) { References.visit(e, &$0) } }
    for e in dataItems { collector.visit(e) { References.visit(e, &$0) } }
    for e in blocks { collector.visit(e) { References.visit(e, &$0) } }
    return collector.referrers
  }
}

private struct ReferrerCollector: ReferenceVisitor {
  var referrers: [String: [EntityKey]] = [:]
  var key = EntityKey(kind: .interface, id: "")

  mutating func visit<E: Entity>(_ entity: E, _ walk: (inout ReferrerCollector) -> Void) {
    key = entity.key
    walk(&self)
  }

  func wants(_ kind: EntityKind?, _ id: String) -> Bool { true }

  mutating func visit(_ reference: Reference) {
    let id = reference.target.value
    if referrers[id]?.last != key { referrers[id, default: []].append(key) }
  }
}

private struct SiteCollector: ReferenceVisitor {
  let catalogue: Catalogue
  var sites: [ReferenceSite] = []
  var origin: Origin?
  var referrer = ""

  mutating func visit<E: Entity>(_ entity: E, _ walk: (inout SiteCollector) -> Void) {
    origin = entity.origin
    referrer = entity.id.value
    walk(&self)
  }

  func wants(_ kind: EntityKind?, _ id: String) -> Bool { true }

  mutating func visit(_ reference: Reference) {
    guard let origin else { return }
    let id = reference.target.value
    sites.append(
      ReferenceSite(
        kind: reference.kind ?? catalogue.kind(of: id), id: id,
        location: origin.location(reference.target.position, reference.pointer), referrer: referrer,
        field: reference.field))
  }
}
