import MHHSCatalogue
import MHHSLint

/// Words the diff reporters share for payload changes and for provenance-only changes.
extension Wording {
  /// The interfaces of `routes` grouped by the path they reach the entity through, in order of
  /// first appearance: one data type carried through S1 by 58 interfaces is one group.
  public static func routeGroups(_ routes: [PayloadRoute]) -> [(via: String, interfaces: [String])] {
    var groups: [(via: String, interfaces: [String])] = []
    var index: [String: Int] = [:]
    for route in routes {
      let via = PayloadText.via(route)
      if let i = index[via] {
        groups[i].interfaces.append(route.interface)
      } else {
        index[via] = groups.count
        groups.append((via, [route.interface]))
      }
    }
    return groups
  }

  /// The breaks grouped by the side they break, in order of first appearance, each with the
  /// constraints that break it (`nullable`, block `B045`): the changes themselves are listed
  /// with the fields, so the reports name only what broke.
  public static func breaksBySide(_ breaks: [PayloadBreak]) -> [(side: BreakingSide, constraints: [String])] {
    var groups: [(side: BreakingSide, constraints: [String])] = []
    for broken in breaks {
      if let i = groups.firstIndex(where: { $0.side == broken.side }) {
        groups[i].constraints.append(broken.constraint)
      } else {
        groups.append((broken.side, [broken.constraint]))
      }
    }
    return groups
  }

  /// The changes listed entity by entity: all but those that changed only their `sources`.
  public static func listedChanges(_ diff: CatalogueDiff) -> [EntityChange] {
    diff.changes.filter { !$0.onlySourcesChanged }
  }

  /// "703 entities changed only their `sources` (provenance): 57 interfaces, 57 data types",
  /// or `nil` when none did.
  public static func sourcesOnly(_ diff: CatalogueDiff) -> String? {
    let only = diff.changes.filter(\.onlySourcesChanged)
    guard !only.isEmpty else { return nil }
    let kinds = EntityKind.allCases.compactMap { kind -> String? in
      let n = only.count { $0.kind == kind }
      return n == 0 ? nil : count(n, kind)
    }
    return
      "\(plural(only.count, "entity", "entities")) changed only \(only.count == 1 ? "its" : "their") "
      + "`sources` (provenance): "
      + kinds.joined(separator: ", ")
  }
}
