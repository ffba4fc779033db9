import MHHSCatalogue

/// Why a view cannot be built: an id the catalogue does not have, or an interface outside the
/// release asked for.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknown(EntityKind, String, suggestion: String?)
  case notInRelease(interface: String, release: String)

  public var description: String {
    switch self {
    case .unknown(let kind, let id, let suggestion):
      "unknown \(kind.displayName) '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .notInRelease(let interface, let release):
      "interface '\(interface)' is not in scope at release '\(release)' (see its introducedIn and withdrawnIn)"
    }
  }

  /// The error for `id`, an id of `kind` that `catalogue` lacks, with the nearest id it has.
  static func unknown(_ kind: EntityKind, _ id: String, in catalogue: Catalogue) -> GraphError {
    .unknown(kind, id, suggestion: NearestName.suggest(id, from: catalogue.ids(of: kind).keys))
  }

  /// The scope of `release`, or the error naming it.
  static func scope(_ release: String?, in catalogue: Catalogue) throws(GraphError) -> ReleaseScope {
    guard let release else { return .wholeCatalogue }
    guard let scope = ReleaseScope(release, in: catalogue) else {
      throw unknown(.release, release, in: catalogue)
    }
    return scope
  }
}
