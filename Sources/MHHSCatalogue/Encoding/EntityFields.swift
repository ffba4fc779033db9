/// One value of an entity in canonical form: its JSON pointer inside the entity's object, the
/// value as JSON, and where it was read.
///
/// Scalars and nested objects are split down to their leaves (`/responseTimes/error/within`);
/// lists of ids (`from`, `to`, `events`, `replaces`, `routes`, `sources` …) are one field each,
/// compared as sets because their order carries no meaning; lists of records (`history`,
/// `exemptions`, `scenarioVariants`) are one field per element (`/history/1`), in order.
/// The `x` member is never read into the model, so it never appears here.
public struct EntityField: Sendable, Equatable {
  public enum Order: Sendable, Equatable {
    /// The value compares as written.
    case meaningful
    /// The value is a list whose order does not matter: it compares as a set.
    case unordered
  }

  public var pointer: String
  public var value: JSON
  public var position: Position
  public var order: Order

  public init(pointer: String, value: JSON, position: Position, order: Order = .meaningful) {
    self.pointer = pointer
    self.value = value
    self.position = position
    self.order = order
  }

  /// The top-level field this value belongs to (`responseTimes` for `/responseTimes/error/within`).
  public var topLevelName: String {
    let tokens = pointer.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true)
    return tokens.first.map(String.init) ?? ""
  }
}

/// The one encoder from model entities to canonical fields (see ``EntityField``). The entity's
/// `id` is not a field: it identifies the entity.
public enum EntityFields {
  public static func fields(of entity: any Entity) -> [EntityField] {
    var w = FieldWriter()
    switch entity {
    case let e as Interface: w.interface(e)
    case let e as DataFlow: w.dataflow(e)
    case let e as NFR: w.nfr(e)
    case let e as ChangeRequest: w.changeRequest(e)
    case let e as Release: w.release(e)
    case let e as Role: w.role(e)
    default: preconditionFailure("unknown entity type \(type(of: entity))")
    }
    return w.fields
  }

  /// Every entity of `kind` in the catalogue, in file order.
  public static func entities(of kind: EntityKind, in catalogue: Catalogue) -> [any Entity] {
    switch kind {
    case .interface: catalogue.interfaces
    case .dataflow: catalogue.dataflows
    case .nfr: catalogue.nfrs
    case .changeRequest: catalogue.changeRequests
    case .release: catalogue.releases
    case .role: catalogue.roles
    }
  }
}

private struct FieldWriter {
  var fields: [EntityField] = []

  mutating func add(
    _ pointer: String, _ value: JSON, _ position: Position, _ order: EntityField.Order = .meaningful
  ) {
    fields.append(EntityField(pointer: pointer, value: value, position: position, order: order))
  }

  mutating func text(_ pointer: String, _ value: Located<String>?) {
    if let value { add(pointer, .string(value.value), value.position) }
  }

  mutating func choice<E: RawRepresentable>(_ pointer: String, _ value: Located<E>?)
  where E.RawValue == String {
    if let value { add(pointer, .string(value.value.rawValue), value.position) }
  }

  mutating func date(_ pointer: String, _ value: Located<CalendarDate>?) {
    if let value { add(pointer, .string(value.value.description), value.position) }
  }

  mutating func duration(_ pointer: String, _ value: Located<ISODuration>?) {
    if let value { add(pointer, .string(value.value.text), value.position) }
  }

  /// A list of ids or words, compared as a set.
  mutating func set(_ pointer: String, _ list: LocatedList<String>?) {
    if let list { add(pointer, .array(list.value.map { .string($0.value) }), list.position, .unordered) }
  }

  /// A list of records, one field per element.
  mutating func records<T>(_ pointer: String, _ list: LocatedList<T>?, _ encode: (T) -> JSON) {
    guard let list else { return }
    if list.value.isEmpty { return add(pointer, .array([]), list.position) }
    for (i, element) in list.value.enumerated() {
      add(JSONPointer.appending(pointer, i), encode(element.value), element.position)
    }
  }

  /// A nested object: its leaves, or `{}` when it has none.
  mutating func object(_ pointer: String, _ position: Position, _ body: (inout FieldWriter) -> Void) {
    let before = fields.count
    body(&self)
    if fields.count == before { add(pointer, .object([]), position) }
  }

  // MARK: Kinds

  mutating func interface(_ i: Interface) {
    text("/name", i.name)
    text("/version", i.version)
    choice("/status", i.status)
    choice("/transport", i.transport)
    set("/from", i.from)
    set("/to", i.to)
    set("/events", i.events)
    text("/schemaVersion", i.schemaVersion)
    text("/process", i.process)
    if let times = i.responseTimes {
      object("/responseTimes", times.position) { w in
        for kind in ResponseTimes.Kind.allCases {
          guard let time = times.value[kind] else { continue }
          let base = "/responseTimes/" + kind.rawValue
          w.object(base, time.position) { w in
            w.duration(base + "/within", time.value.within)
            w.text(base + "/nfr", time.value.nfr)
          }
        }
      }
    }
    choice("/timeBasis", i.timeBasis)
    text("/codeDraftingName", i.codeDraftingName)
    set("/replaces", i.replaces)
    text("/introducedIn", i.introducedIn)
    text("/withdrawnIn", i.withdrawnIn)
    records("/exemptions", i.exemptions, Self.exemption)
    records("/history", i.history, Self.history)
    set("/sources", i.sources)
  }

  mutating func dataflow(_ f: DataFlow) {
    text("/version", f.version)
    text("/name", f.name)
    choice("/ownership", f.ownership)
    if let routes = f.routes {
      let value = JSON.array(
        routes.value.map { r in
          .object([("from", .optional(r.value.from?.value)), ("to", .optional(r.value.to?.value))])
        })
      add("/routes", value, routes.position, .unordered)
    }
    if let fate = f.mhhs {
      object("/mhhs", fate.position) { w in
        w.choice("/mhhs/disposition", fate.value.disposition)
        w.set("/mhhs/replacedBy", fate.value.replacedBy)
        w.text("/mhhs/decision", fate.value.decision)
        w.text("/mhhs/rationale", fate.value.rationale)
        w.text("/mhhs/effective", fate.value.effective)
      }
    }
    records("/scenarioVariants", f.scenarioVariants) { v in
      Self.members([("id", v.id.map { .string($0.value) }), ("name", v.name.map { .string($0.value) })])
    }
    records("/exemptions", f.exemptions, Self.exemption)
    records("/history", f.history, Self.history)
    set("/sources", f.sources)
  }

  mutating func nfr(_ n: NFR) {
    text("/title", n.title)
    text("/category", n.category)
    duration("/responseTime", n.responseTime)
    if let applies = n.appliesTo {
      object("/appliesTo", applies.position) { w in
        w.set("/appliesTo/interfaces", applies.value.interfaces)
        if let levels = applies.value.validationLevels {
          w.add(
            "/appliesTo/validationLevels", .array(levels.value.map { .int($0.value) }), levels.position,
            .unordered)
        }
      }
    }
    records("/exemptions", n.exemptions) { x in
      Self.members([
        ("party", x.party.map { .string($0.value) }), ("scope", x.scope.map { .string($0.value) }),
        ("changeRequest", x.changeRequest.map { .string($0.value) }),
        ("decision", x.decision.map { .string($0.value) }), ("release", x.release.map { .string($0.value) }),
      ])
    }
    set("/sources", n.sources)
  }

  mutating func changeRequest(_ c: ChangeRequest) {
    text("/title", c.title)
    choice("/status", c.status)
    text("/raisedBy", c.raisedBy)
    text("/decision", c.decision)
    date("/decidedOn", c.decidedOn)
    text("/release", c.release)
    set("/affects", c.affects)
    set("/sources", c.sources)
  }

  mutating func release(_ r: Release) {
    text("/name", r.name)
    date("/date", r.date)
    set("/sources", r.sources)
  }

  mutating func role(_ r: Role) {
    text("/name", r.name)
    set("/aliases", r.aliases)
    set("/sources", r.sources)
  }

  // MARK: Records

  static func members(_ members: [(String, JSON?)]) -> JSON {
    .object(members.compactMap { key, value in value.map { (key, $0) } })
  }

  static func exemption(_ e: Exemption) -> JSON {
    members([
      ("rule", .string(e.rule.value)), ("reason", e.reason.map { .string($0.value) }),
      ("decision", e.decision.map { .string($0.value) }),
      ("changeRequest", e.changeRequest.map { .string($0.value) }),
      ("expires", e.expires.map { .string($0.value.description) }),
    ])
  }

  static func history(_ h: HistoryEntry) -> JSON {
    members([
      ("version", .string(h.version.value)), ("release", h.release.map { .string($0.value) }),
      ("changes", h.changes.map { .array($0.value.map { .string($0.value) }) }),
      ("summary", h.summary.map { .string($0.value) }),
    ])
  }
}
