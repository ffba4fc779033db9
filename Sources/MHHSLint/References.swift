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

/// What the references of an entity are handed to, in order. `wants` filters them before their
/// pointers and field names are built (a rule that reports only dangling references builds
/// strings only for those).
protocol ReferenceVisitor {
  /// Whether ``visit(_:)`` should get the reference to `id`; `kind` is `nil` for a reference
  /// that may name any kind.
  mutating func wants(_ kind: EntityKind?, _ id: String) -> Bool
  mutating func visit(_ reference: Reference)
}

/// Every reference in the catalogue, by the entity that makes it. The visitor is generic rather
/// than a closure so that the walk is specialised for it and calls it without a context.
enum References {
  static func visit(_ i: Interface, _ visitor: inout some ReferenceVisitor) {
    list(i.from, .role, "/from", "from", &visitor)
    list(i.to, .role, "/to", "to", &visitor)
    if let times = i.responseTimes?.value {
      for kind in ResponseTimes.Kind.allCases {
        if let nfr = times[kind]?.value.nfr, visitor.wants(.nfr, nfr.value) {
          visitor.visit(
            Reference(
              kind: .nfr, target: nfr, pointer: "/responseTimes/\(kind.rawValue)/nfr",
              field: "responseTimes.\(kind.rawValue).nfr"))
        }
      }
    }
    list(i.replaces, .dataflow, "/replaces", "replaces", &visitor)
    single(i.introducedIn, .release, "/introducedIn", "introducedIn", &visitor)
    single(i.withdrawnIn, .release, "/withdrawnIn", "withdrawnIn", &visitor)
    for (v, variant) in (i.payload?.value ?? []).enumerated() {
      for (b, entry) in (variant.value.blocks?.value ?? []).enumerated() {
        single(
          entry.value.block, .block, "/payload/\(v)/blocks/\(b)/block", "payload[\(v)].blocks[\(b)].block",
          &visitor)
      }
    }
    exemptions(i.exemptions, &visitor)
    history(i.history, &visitor)
  }

  static func visit(_ d: DataItem, _ visitor: inout some ReferenceVisitor) {
    single(d.dataType, .dataType, "/dataType", "dataType", &visitor)
  }

  static func visit(_ b: Block, _ visitor: inout some ReferenceVisitor) {
    for (n, field) in (b.fields?.value ?? []).enumerated() {
      let f = field.value
      single(f.item, .dataItem, "/fields/\(n)/item", "fields[\(n)].item", &visitor)
      single(f.block, .block, "/fields/\(n)/block", "fields[\(n)].block", &visitor)
      single(f.dataType, .dataType, "/fields/\(n)/dataType", "fields[\(n)].dataType", &visitor)
    }
  }

  static func visit(_ f: DataFlow, _ visitor: inout some ReferenceVisitor) {
    for (n, route) in (f.routes?.value ?? []).enumerated() {
      single(route.value.from, .role, "/routes/\(n)/from", "routes[\(n)].from", &visitor)
      single(route.value.to, .role, "/routes/\(n)/to", "routes[\(n)].to", &visitor)
    }
    if let fate = f.mhhs?.value {
      list(fate.replacedBy, .interface, "/mhhs/replacedBy", "mhhs.replacedBy", &visitor)
      single(fate.effective, .release, "/mhhs/effective", "mhhs.effective", &visitor)
    }
    exemptions(f.exemptions, &visitor)
    history(f.history, &visitor)
  }

  static func visit(_ n: NFR, _ visitor: inout some ReferenceVisitor) {
    list(n.appliesTo?.value.interfaces, .interface, "/appliesTo/interfaces", "appliesTo.interfaces", &visitor)
    for (k, e) in (n.exemptions?.value ?? []).enumerated() {
      single(
        e.value.changeRequest, .changeRequest, "/exemptions/\(k)/changeRequest",
        "exemptions[\(k)].changeRequest", &visitor)
      single(e.value.release, .release, "/exemptions/\(k)/release", "exemptions[\(k)].release", &visitor)
    }
  }

  static func visit(_ c: ChangeRequest, _ visitor: inout some ReferenceVisitor) {
    single(c.release, .release, "/release", "release", &visitor)
    list(c.affects, nil, "/affects", "affects", &visitor)
  }

  private static func single(
    _ value: Located<String>?, _ kind: EntityKind?, _ pointer: @autoclosure () -> String,
    _ field: @autoclosure () -> String, _ visitor: inout some ReferenceVisitor
  ) {
    if let value, visitor.wants(kind, value.value) {
      visitor.visit(Reference(kind: kind, target: value, pointer: pointer(), field: field()))
    }
  }

  private static func list(
    _ values: LocatedList<String>?, _ kind: EntityKind?, _ pointer: String, _ field: String,
    _ visitor: inout some ReferenceVisitor
  ) {
    guard let values = values?.value else { return }
    for n in values.indices where visitor.wants(kind, values[n].value) {
      visitor.visit(Reference(kind: kind, target: values[n], pointer: "\(pointer)/\(n)", field: field))
    }
  }

  private static func exemptions(
    _ exemptions: LocatedList<Exemption>?, _ visitor: inout some ReferenceVisitor
  ) {
    for (k, e) in (exemptions?.value ?? []).enumerated() {
      single(
        e.value.changeRequest, .changeRequest, "/exemptions/\(k)/changeRequest",
        "exemptions[\(k)].changeRequest", &visitor)
    }
  }

  private static func history(_ history: LocatedList<HistoryEntry>?, _ visitor: inout some ReferenceVisitor) {
    for (k, entry) in (history?.value ?? []).enumerated() {
      single(entry.value.release, .release, "/history/\(k)/release", "history[\(k)].release", &visitor)
      for (n, change) in (entry.value.changes?.value ?? []).enumerated()
      where IDPattern.changeRequest.matches(change.value) && visitor.wants(.changeRequest, change.value) {
        visitor.visit(
          Reference(
            kind: .changeRequest, target: change, pointer: "/history/\(k)/changes/\(n)",
            field: "history[\(k)].changes"))
      }
    }
  }
}
