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
  /// References by file, then by the pointer of the id string.
  private var sitesByFile: [String: [String: ReferenceSite]] = [:]
  private(set) var sitesByTarget: [EntityKey: [ReferenceSite]] = [:]

  init(_ catalogue: Catalogue) {
    for e in catalogue.interfaces { declare(e, e.name?.value) }
    for e in catalogue.dataflows { declare(e, e.name?.value) }
    for e in catalogue.nfrs { declare(e, e.title?.value) }
    for e in catalogue.changeRequests { declare(e, e.title?.value) }
    for e in catalogue.releases { declare(e, e.name?.value) }
    for e in catalogue.roles { declare(e, e.name?.value) }
    for e in catalogue.dataTypes { declare(e, e.name?.value) }
    for e in catalogue.dataItems { declare(e, e.name?.value) }
    for e in catalogue.blocks { declare(e, e.name?.value) }
    for site in catalogue.referenceSites() {
      sitesByFile[site.location.file, default: [:]][site.location.pointer] = site
      if let kind = site.kind { sitesByTarget[EntityKey(kind: kind, id: site.id), default: []].append(site) }
    }
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
    if let site = sitesByFile[file]?[pointer], let kind = site.kind {
      return (EntityKey(kind: kind, id: site.id), site)
    }
    if let key = declarationsByFile[file]?[pointer] { return (key, nil) }
    return nil
  }

  /// The places that name `key`, its declaration excluded, in catalogue order.
  func references(to key: EntityKey) -> [ReferenceSite] { sitesByTarget[key] ?? [] }
}
