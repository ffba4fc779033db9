import MHHSCatalogue
import MHHSLint

/// Where every id of a checked catalogue is declared and referred to, by file and JSON pointer:
/// what definition, references, rename, hover and symbols answer from.
struct NavigationIndex {
  /// An entity's declaration: its file and the pointer of its `id` string.
  struct Declaration {
    var key: EntityKey
    var name: String?
    var file: String
    var relativePath: String
    var idPointer: String
    /// Where the `id` member is.
    var position: Position
  }

  private(set) var declarations: [EntityKey: Declaration] = [:]
  /// Declarations by file, then by the pointer of the id.
  private var declarationsByFile: [String: [String: EntityKey]] = [:]
  /// For every id, the entities that name it; their references are walked when asked for, so
  /// that the index does not hold every reference of a large catalogue.
  private let referrers: [String: [EntityKey]]
  private let catalogue: Catalogue

  init(_ catalogue: Catalogue) {
    self.catalogue = catalogue
    referrers = catalogue.referrers()
    for e in catalogue.interfaces { declare(e, e.name?.value) }
    for e in catalogue.dataflows { declare(e, e.name?.value) }
    for e in catalogue.nfrs { declare(e, e.title?.value) }
    for e in catalogue.changeRequests { declare(e, e.title?.value) }
    for e in catalogue.releases { declare(e, e.name?.value) }
    for e in catalogue.roles { declare(e, e.name?.value) }
    for e in catalogue.dataTypes { declare(e, e.name?.value) }
    for e in catalogue.dataItems { declare(e, e.name?.value) }
    for e in catalogue.blocks { declare(e, e.name?.value) }
  }

  private mutating func declare<E: Entity>(_ entity: E, _ name: String?) {
    let key = EntityKey(kind: E.kind, id: entity.id.value)
    let pointer = entity.origin.pointer + "/id"
    declarations[key] = Declaration(
      key: key, name: name, file: entity.origin.file, relativePath: entity.origin.relativePath,
      idPointer: pointer, position: entity.id.position)
    declarationsByFile[entity.origin.file, default: [:]][pointer] = key
  }

  /// What the id string at `pointer` of `file` names: a reference, or a declaration.
  func entity(file: String, pointer: String) -> (key: EntityKey, site: ReferenceSite?)? {
    let declared = declarationsByFile[file] ?? [:]
    for key in declared.values where ![.role, .release].contains(key.kind) {
      if let site = catalogue.referenceSites(of: key).last(where: { $0.location.pointer == pointer }),
        let kind = site.kind
      {
        return (EntityKey(kind: kind, id: site.id), site)
      }
    }
    return declared[pointer].map { ($0, nil) }
  }

  /// The places that name `key`, its declaration excluded, in catalogue order; with `kind`,
  /// only those in entities of that kind.
  func references(to key: EntityKey, madeBy kind: EntityKind? = nil) -> [ReferenceSite] {
    let referrers = (self.referrers[key.id] ?? []).filter { kind == nil || $0.kind == kind }
    return referrers.flatMap { catalogue.referenceSites(of: $0) }.filter {
      $0.kind == key.kind && $0.id == key.id
    }
  }
}
