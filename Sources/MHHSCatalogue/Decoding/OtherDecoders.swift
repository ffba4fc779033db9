extension DecodeContext {
  mutating func nfr(_ value: JSONValue) -> NFR? {
    let fields = ["id", "title", "category", "responseTime", "appliesTo", "exemptions", "sources"]
    guard let o = object(value, "", what: "an NFR", fields: fields, isEntity: true), let id = entityID(o)
    else { return nil }
    var n = NFR(id: id, origin: origin(value, ""))
    n.title = field(o, "title", required: true) { $0.text($1, $2) }
    n.category = field(o, "category") { $0.text($1, $2) }
    n.responseTime = field(o, "responseTime", required: true) { $0.duration($1, $2) }
    n.appliesTo = field(o, "appliesTo") { ctx, v, p in
      guard let a = ctx.object(v, p, what: "`appliesTo`", fields: ["interfaces", "validationLevels"]) else {
        return nil
      }
      var applies = NFR.AppliesTo()
      applies.interfaces = ctx.field(a, "interfaces") { $0.strings($1, $2) }
      applies.validationLevels = ctx.field(a, "validationLevels") { ctx, v, p in
        ctx.list(v, p) { ctx, v, p in
          guard let level = ctx.integer(v, p) else { return nil }
          guard (1...4).contains(level) else {
            ctx.schema("validation level \(level) does not exist; levels are 1 to 4", v.position, p)
            return nil
          }
          return level
        }
      }
      return applies
    }
    n.exemptions = field(o, "exemptions") { ctx, v, p in
      ctx.list(v, p) { ctx, v, p in
        guard
          let e = ctx.object(
            v, p, what: "an NFR exemption",
            fields: ["party", "scope", "changeRequest", "decision", "release"])
        else { return nil }
        var x = PartyExemption()
        x.party = ctx.field(e, "party", required: true) { $0.text($1, $2) }
        x.scope = ctx.field(e, "scope", required: true) { $0.text($1, $2) }
        x.changeRequest = ctx.field(e, "changeRequest") { $0.text($1, $2) }
        x.decision = ctx.field(e, "decision") { $0.text($1, $2) }
        x.release = ctx.field(e, "release") { $0.text($1, $2) }
        return x
      }
    }
    n.sources = sources(o)
    return n
  }

  mutating func changeRequest(_ value: JSONValue) -> ChangeRequest? {
    let fields = [
      "id", "title", "status", "raisedBy", "decision", "decidedOn", "release", "affects", "sources",
    ]
    guard let o = object(value, "", what: "a change request", fields: fields, isEntity: true),
      let id = entityID(o)
    else {
      return nil
    }
    var c = ChangeRequest(id: id, origin: origin(value, ""))
    c.title = field(o, "title", required: true) { $0.text($1, $2) }
    c.status = field(o, "status", required: true) { $0.choice($1, $2) }
    c.raisedBy = field(o, "raisedBy") { $0.text($1, $2) }
    c.decision = field(o, "decision") { $0.text($1, $2) }
    c.decidedOn = field(o, "decidedOn") { $0.date($1, $2) }
    c.release = field(o, "release") { $0.text($1, $2) }
    c.affects = field(o, "affects") { $0.strings($1, $2) }
    c.sources = sources(o)
    return c
  }

  /// `roles.json`.
  mutating func roles(_ value: JSONValue) -> [Role] {
    guard let o = object(value, "", what: "roles.json", fields: ["roles", "sources"]) else { return [] }
    _ = sources(o)
    let roles: LocatedList<Role>? = field(o, "roles", required: true) { ctx, v, p in
      ctx.list(v, p) { ctx, v, p in
        guard
          let r = ctx.object(
            v, p, what: "a role", fields: ["id", "name", "aliases", "sources"], isEntity: true),
          let id = ctx.entityID(r)
        else { return nil }
        var role = Role(id: id, origin: ctx.origin(v, p))
        role.name = ctx.field(r, "name", required: true) { $0.text($1, $2) }
        role.aliases = ctx.field(r, "aliases") { $0.strings($1, $2) }
        role.sources = ctx.sources(r)
        ctx.entityID = nil
        return role
      }
    }
    return roles?.values() ?? []
  }

  /// `releases.json`.
  mutating func releases(_ value: JSONValue) -> ([Release], [Freeze]) {
    guard let o = object(value, "", what: "releases.json", fields: ["releases", "freezes", "sources"]) else {
      return ([], [])
    }
    _ = sources(o)
    let releases: LocatedList<Release>? = field(o, "releases", required: true) { ctx, v, p in
      ctx.list(v, p) { ctx, v, p in
        guard
          let r = ctx.object(
            v, p, what: "a release", fields: ["id", "name", "date", "sources"], isEntity: true),
          let id = ctx.entityID(r)
        else { return nil }
        var release = Release(id: id, origin: ctx.origin(v, p))
        release.name = ctx.field(r, "name", required: true) { $0.text($1, $2) }
        release.date = ctx.field(r, "date") { $0.date($1, $2) }
        release.sources = ctx.sources(r)
        ctx.entityID = nil
        return release
      }
    }
    let freezes: LocatedList<Freeze>? = field(o, "freezes") { ctx, v, p in
      ctx.list(v, p) { ctx, v, p in
        guard let f = ctx.object(v, p, what: "a freeze", fields: ["from", "until", "note", "sources"]) else {
          return nil
        }
        var freeze = Freeze(origin: ctx.origin(v, p))
        freeze.from = ctx.field(f, "from", required: true) { $0.date($1, $2) }
        freeze.until = ctx.field(f, "until") { $0.date($1, $2) }
        freeze.note = ctx.field(f, "note", required: true) { $0.text($1, $2) }
        freeze.sources = ctx.sources(f)
        return freeze
      }
    }
    return (releases?.values() ?? [], freezes?.values() ?? [])
  }

  /// `catalogue.json`.
  mutating func manifest(_ value: JSONValue) -> Manifest? {
    guard let o = object(value, "", what: "catalogue.json", fields: ["format", "name", "description"]) else {
      return nil
    }
    var m = Manifest(origin: origin(value, ""))
    m.format = field(o, "format", required: true) { $0.integer($1, $2) }
    m.name = field(o, "name", required: true) { $0.text($1, $2) }
    m.description = field(o, "description") { $0.string($1, $2) }
    return m
  }
}
