extension DecodeContext {
  static let nfrFields = ["id", "title", "category", "responseTime", "appliesTo", "exemptions", "sources"]
  static let changeRequestFields = [
    "id", "title", "status", "raisedBy", "decision", "decidedOn", "release", "affects", "sources",
  ]
  static let appliesToFields = ["interfaces", "validationLevels"]
  static let partyExemptionFields = ["party", "scope", "changeRequest", "decision", "release"]

  mutating func nfr(_ value: JSONValue) -> NFR? {
    guard let o = object(value, what: "an NFR", fields: Self.nfrFields, isEntity: true), let id = entityID(o)
    else { return nil }
    var n = NFR(id: id, origin: origin(value))
    n.title = field(o, "title", required: true) { $0.text($1) }
    n.category = field(o, "category") { $0.text($1) }
    n.responseTime = field(o, "responseTime", required: true) { $0.duration($1) }
    n.appliesTo = field(o, "appliesTo") { ctx, v in
      guard let a = ctx.object(v, what: "`appliesTo`", fields: Self.appliesToFields) else {
        return nil
      }
      var applies = NFR.AppliesTo()
      applies.interfaces = ctx.field(a, "interfaces") { $0.strings($1) }
      applies.validationLevels = ctx.field(a, "validationLevels") { ctx, v in
        ctx.list(v) { ctx, v in
          guard let level = ctx.integer(v) else { return nil }
          guard (1...4).contains(level) else {
            ctx.schema("validation level \(level) does not exist; levels are 1 to 4", v.position)
            return nil
          }
          return level
        }
      }
      return applies
    }
    n.exemptions = field(o, "exemptions") { ctx, v in
      ctx.list(v) { ctx, v in
        guard
          let e = ctx.object(
            v, what: "an NFR exemption",
            fields: Self.partyExemptionFields)
        else { return nil }
        var x = PartyExemption()
        x.party = ctx.field(e, "party", required: true) { $0.text($1) }
        x.scope = ctx.field(e, "scope", required: true) { $0.text($1) }
        x.changeRequest = ctx.field(e, "changeRequest") { $0.text($1) }
        x.decision = ctx.field(e, "decision") { $0.text($1) }
        x.release = ctx.field(e, "release") { $0.text($1) }
        return x
      }
    }
    n.sources = sources(o)
    return n
  }

  mutating func changeRequest(_ value: JSONValue) -> ChangeRequest? {
    guard let o = object(value, what: "a change request", fields: Self.changeRequestFields, isEntity: true),
      let id = entityID(o)
    else {
      return nil
    }
    var c = ChangeRequest(id: id, origin: origin(value))
    c.title = field(o, "title", required: true) { $0.text($1) }
    c.status = field(o, "status", required: true) { $0.choice($1) }
    c.raisedBy = field(o, "raisedBy") { $0.text($1) }
    c.decision = field(o, "decision") { $0.text($1) }
    c.decidedOn = field(o, "decidedOn") { $0.date($1) }
    c.release = field(o, "release") { $0.text($1) }
    c.affects = field(o, "affects") { $0.strings($1) }
    c.sources = sources(o)
    return c
  }

  /// `roles.json`.
  mutating func roles(_ value: JSONValue) -> [Role] {
    guard let o = object(value, what: "roles.json", fields: ["roles", "sources"]) else { return [] }
    _ = sources(o)
    let roles: LocatedList<Role>? = field(o, "roles", required: true) { ctx, v in
      ctx.list(v) { ctx, v in
        guard
          let r = ctx.object(
            v, what: "a role", fields: ["id", "name", "aliases", "sources"], isEntity: true),
          let id = ctx.entityID(r)
        else { return nil }
        var role = Role(id: id, origin: ctx.origin(v))
        role.name = ctx.field(r, "name", required: true) { $0.text($1) }
        role.aliases = ctx.field(r, "aliases") { $0.strings($1) }
        role.sources = ctx.sources(r)
        ctx.entityID = nil
        return role
      }
    }
    return roles?.values() ?? []
  }

  /// `releases.json`.
  mutating func releases(_ value: JSONValue) -> ([Release], [Freeze]) {
    guard let o = object(value, what: "releases.json", fields: ["releases", "freezes", "sources"]) else {
      return ([], [])
    }
    _ = sources(o)
    let releases: LocatedList<Release>? = field(o, "releases", required: true) { ctx, v in
      ctx.list(v) { ctx, v in
        guard
          let r = ctx.object(
            v, what: "a release", fields: ["id", "name", "date", "sources"], isEntity: true),
          let id = ctx.entityID(r)
        else { return nil }
        var release = Release(id: id, origin: ctx.origin(v))
        release.name = ctx.field(r, "name", required: true) { $0.text($1) }
        release.date = ctx.field(r, "date") { $0.date($1) }
        release.sources = ctx.sources(r)
        ctx.entityID = nil
        return release
      }
    }
    let freezes: LocatedList<Freeze>? = field(o, "freezes") { ctx, v in
      ctx.list(v) { ctx, v in
        guard let f = ctx.object(v, what: "a freeze", fields: ["from", "until", "note", "sources"]) else {
          return nil
        }
        var freeze = Freeze(origin: ctx.origin(v))
        freeze.from = ctx.field(f, "from", required: true) { $0.date($1) }
        freeze.until = ctx.field(f, "until") { $0.date($1) }
        freeze.note = ctx.field(f, "note", required: true) { $0.text($1) }
        freeze.sources = ctx.sources(f)
        return freeze
      }
    }
    return (releases?.values() ?? [], freezes?.values() ?? [])
  }

  /// `catalogue.json`.
  mutating func manifest(_ value: JSONValue) -> Manifest? {
    guard let o = object(value, what: "catalogue.json", fields: ["format", "name", "description"]) else {
      return nil
    }
    var m = Manifest(origin: origin(value))
    m.format = field(o, "format", required: true) { $0.integer($1) }
    m.name = field(o, "name", required: true) { $0.text($1) }
    m.description = field(o, "description") { $0.string($1) }
    return m
  }
}
