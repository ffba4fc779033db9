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

/// Every reference in the catalogue, grouped by the entity that makes it.
enum References {
  static func of(_ i: Interface) -> [Reference] {
    var refs: [Reference] = []
    list(i.from, .role, "/from", "from", &refs)
    list(i.to, .role, "/to", "to", &refs)
    if let times = i.responseTimes?.value {
      for kind in ResponseTimes.Kind.allCases {
        if let nfr = times[kind]?.value.nfr {
          refs.append(
            Reference(
              kind: .nfr, target: nfr, pointer: "/responseTimes/\(kind.rawValue)/nfr",
              field: "responseTimes.\(kind.rawValue).nfr"))
        }
      }
    }
    list(i.replaces, .dataflow, "/replaces", "replaces", &refs)
    single(i.introducedIn, .release, "/introducedIn", "introducedIn", &refs)
    single(i.withdrawnIn, .release, "/withdrawnIn", "withdrawnIn", &refs)
    exemptions(i.exemptions, &refs)
    history(i.history, &refs)
    return refs
  }

  static func of(_ f: DataFlow) -> [Reference] {
    var refs: [Reference] = []
    for (n, route) in (f.routes?.value ?? []).enumerated() {
      single(route.value.from, .role, "/routes/\(n)/from", "routes[\(n)].from", &refs)
      single(route.value.to, .role, "/routes/\(n)/to", "routes[\(n)].to", &refs)
    }
    if let fate = f.mhhs?.value {
      list(fate.replacedBy, .interface, "/mhhs/replacedBy", "mhhs.replacedBy", &refs)
      single(fate.effective, .release, "/mhhs/effective", "mhhs.effective", &refs)
    }
    exemptions(f.exemptions, &refs)
    history(f.history, &refs)
    return refs
  }

  static func of(_ n: NFR) -> [Reference] {
    var refs: [Reference] = []
    list(n.appliesTo?.value.interfaces, .interface, "/appliesTo/interfaces", "appliesTo.interfaces", &refs)
    for (k, e) in (n.exemptions?.value ?? []).enumerated() {
      single(
        e.value.changeRequest, .changeRequest, "/exemptions/\(k)/changeRequest",
        "exemptions[\(k)].changeRequest", &refs)
      single(e.value.release, .release, "/exemptions/\(k)/release", "exemptions[\(k)].release", &refs)
    }
    return refs
  }

  static func of(_ c: ChangeRequest) -> [Reference] {
    var refs: [Reference] = []
    single(c.release, .release, "/release", "release", &refs)
    list(c.affects, nil, "/affects", "affects", &refs)
    return refs
  }

  private static func single(
    _ value: Located<String>?, _ kind: EntityKind?, _ pointer: String, _ field: String,
    _ refs: inout [Reference]
  ) {
    if let value { refs.append(Reference(kind: kind, target: value, pointer: pointer, field: field)) }
  }

  private static func list(
    _ values: LocatedList<String>?, _ kind: EntityKind?, _ pointer: String, _ field: String,
    _ refs: inout [Reference]
  ) {
    for (n, value) in (values?.value ?? []).enumerated() {
      refs.append(Reference(kind: kind, target: value, pointer: "\(pointer)/\(n)", field: field))
    }
  }

  private static func exemptions(_ exemptions: LocatedList<Exemption>?, _ refs: inout [Reference]) {
    for (k, e) in (exemptions?.value ?? []).enumerated() {
      single(
        e.value.changeRequest, .changeRequest, "/exemptions/\(k)/changeRequest",
        "exemptions[\(k)].changeRequest", &refs)
    }
  }

  private static func history(_ history: LocatedList<HistoryEntry>?, _ refs: inout [Reference]) {
    for (k, entry) in (history?.value ?? []).enumerated() {
      single(entry.value.release, .release, "/history/\(k)/release", "history[\(k)].release", &refs)
      for (n, change) in (entry.value.changes?.value ?? []).enumerated()
      where IDPattern.changeRequest.matches(change.value) {
        refs.append(
          Reference(
            kind: .changeRequest, target: change, pointer: "/history/\(k)/changes/\(n)",
            field: "history[\(k)].changes"))
      }
    }
  }
}
