import MHHSCatalogue

/// A reference from one entity to another, by id.
struct Reference {
  /// The kind the target must have; `nil` for a reference that may name any kind (`affects`).
  var kind: EntityKind?
  var target: Located<String>
  /// Where the reference is, relative to the referring entity's object.
  var pointer: String
  /// The field, for messages (`from`, `mhhs.replacedBy`).
  var field: String
}

/// Every reference in the catalogue, grouped by the entity that makes it. `keep` filters the
/// references before their pointers and field names are built (a rule that reports only
/// dangling references builds strings only for those).
enum References {
  typealias Filter = (EntityKind?, String) -> Bool
  static func of(_ i: Interface, where keep: Filter = { _, _ in true }) -> [Reference] {
    var refs: [Reference] = []
    list(i.from, .role, "/from", "from", keep, &refs)
    list(i.to, .role, "/to", "to", keep, &refs)
    if let times = i.responseTimes?.value {
      for kind in ResponseTimes.Kind.allCases {
        if let nfr = times[kind]?.value.nfr, keep(.nfr, nfr.value) {
          refs.append(
            Reference(
              kind: .nfr, target: nfr, pointer: "/responseTimes/\(kind.rawValue)/nfr",
              field: "responseTimes.\(kind.rawValue).nfr"))
        }
      }
    }
    list(i.replaces, .dataflow, "/replaces", "replaces", keep, &refs)
    single(i.introducedIn, .release, "/introducedIn", "introducedIn", keep, &refs)
    single(i.withdrawnIn, .release, "/withdrawnIn", "withdrawnIn", keep, &refs)
    exemptions(i.exemptions, keep, &refs)
    history(i.history, keep, &refs)
    return refs
  }

  static func of(_ f: DataFlow, where keep: Filter = { _, _ in true }) -> [Reference] {
    var refs: [Reference] = []
    for (n, route) in (f.routes?.value ?? []).enumerated() {
      single(route.value.from, .role, "/routes/\(n)/from", "routes[\(n)].from", keep, &refs)
      single(route.value.to, .role, "/routes/\(n)/to", "routes[\(n)].to", keep, &refs)
    }
    if let fate = f.mhhs?.value {
      list(fate.replacedBy, .interface, "/mhhs/replacedBy", "mhhs.replacedBy", keep, &refs)
      single(fate.effective, .release, "/mhhs/effective", "mhhs.effective", keep, &refs)
    }
    exemptions(f.exemptions, keep, &refs)
    history(f.history, keep, &refs)
    return refs
  }

  static func of(_ n: NFR, where keep: Filter = { _, _ in true }) -> [Reference] {
    var refs: [Reference] = []
    list(
      n.appliesTo?.value.interfaces, .interface, "/appliesTo/interfaces", "appliesTo.interfaces", keep, &refs)
    for (k, e) in (n.exemptions?.value ?? []).enumerated() {
      single(
        e.value.changeRequest, .changeRequest, "/exemptions/\(k)/changeRequest",
        "exemptions[\(k)].changeRequest", keep, &refs)
      single(e.value.release, .release, "/exemptions/\(k)/release", "exemptions[\(k)].release", keep, &refs)
    }
    return refs
  }

  static func of(_ c: ChangeRequest, where keep: Filter = { _, _ in true }) -> [Reference] {
    var refs: [Reference] = []
    single(c.release, .release, "/release", "release", keep, &refs)
    list(c.affects, nil, "/affects", "affects", keep, &refs)
    return refs
  }

  private static func single(
    _ value: Located<String>?, _ kind: EntityKind?, _ pointer: @autoclosure () -> String,
    _ field: @autoclosure () -> String, _ keep: Filter, _ refs: inout [Reference]
  ) {
    if let value, keep(kind, value.value) {
      refs.append(Reference(kind: kind, target: value, pointer: pointer(), field: field()))
    }
  }

  private static func list(
    _ values: LocatedList<String>?, _ kind: EntityKind?, _ pointer: String, _ field: String, _ keep: Filter,
    _ refs: inout [Reference]
  ) {
    for (n, value) in (values?.value ?? []).enumerated() where keep(kind, value.value) {
      refs.append(Reference(kind: kind, target: value, pointer: "\(pointer)/\(n)", field: field))
    }
  }

  private static func exemptions(
    _ exemptions: LocatedList<Exemption>?, _ keep: Filter, _ refs: inout [Reference]
  ) {
    for (k, e) in (exemptions?.value ?? []).enumerated() {
      single(
        e.value.changeRequest, .changeRequest, "/exemptions/\(k)/changeRequest",
        "exemptions[\(k)].changeRequest", keep, &refs)
    }
  }

  private static func history(
    _ history: LocatedList<HistoryEntry>?, _ keep: Filter, _ refs: inout [Reference]
  ) {
    for (k, entry) in (history?.value ?? []).enumerated() {
      single(entry.value.release, .release, "/history/\(k)/release", "history[\(k)].release", keep, &refs)
      for (n, change) in (entry.value.changes?.value ?? []).enumerated()
      where IDPattern.changeRequest.matches(change.value) && keep(.changeRequest, change.value) {
        refs.append(
          Reference(
            kind: .changeRequest, target: change, pointer: "/history/\(k)/changes/\(n)",
            field: "history[\(k)].changes"))
      }
    }
  }
}
