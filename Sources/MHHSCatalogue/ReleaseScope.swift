/// The interfaces a release covers (`--release`): those introduced no later than the release
/// and not yet withdrawn by it. The whole catalogue, when no release is named, covers every
/// interface.
public struct ReleaseScope: Sendable, Equatable {
  /// The release, and its place in the catalogue's release order.
  public struct Release: Sendable, Equatable {
    public var id: String
    public var rank: Int
  }

  /// `nil` for the whole catalogue.
  public var release: Release?

  /// Every interface, at every release.
  public static let wholeCatalogue = ReleaseScope(release: nil)

  private init(release: Release?) {
    self.release = release
  }

  /// The scope of release `id`; `nil` when `catalogue` has no such release.
  public init?(_ id: String, in catalogue: Catalogue) {
    guard let rank = catalogue.releaseRank(id) else { return nil }
    release = Release(id: id, rank: rank)
  }

  /// Whether `interface` of `catalogue` is in this scope. An `introducedIn` or `withdrawnIn`
  /// naming an unknown release does not narrow the scope.
  public func contains(_ interface: Interface, in catalogue: Catalogue) -> Bool {
    guard let release else { return true }
    if let introduced = interface.introducedIn?.value, let rank = catalogue.releaseRank(introduced),
      rank > release.rank
    {
      return false
    }
    if let withdrawn = interface.withdrawnIn?.value, let rank = catalogue.releaseRank(withdrawn),
      rank <= release.rank
    {
      return false
    }
    return true
  }

  /// The ids of the interfaces of `catalogue` outside this scope.
  public func excludedInterfaces(of catalogue: Catalogue) -> Set<String> {
    guard release != nil else { return [] }
    return Set(catalogue.interfaces.lazy.filter { !contains($0, in: catalogue) }.map(\.id.value))
  }
}
