extension NFR: FieldObject {
  public static let format = ObjectFormat<NFR>(
    "an NFR",
    [
      .identity("id", \.id),
      .init("title", \.title, required: true) { $0.text($1) },
      .init("category", \.category) { $0.text($1) },
      .init("responseTime", \.responseTime, required: true) { $0.duration($1) },
      .init("appliesTo", \.appliesTo) { $0.record($1, NFR.AppliesTo()) },
      .init("exemptions", \.exemptions) { ctx, v in ctx.list(v) { $0.record($1, PartyExemption()) } },
      .init("sources", \.sources) { $0.strings($1) },
    ])
}

extension NFR.AppliesTo: FieldObject {
  public static let format = ObjectFormat<NFR.AppliesTo>(
    "`appliesTo`",
    [
      .init("interfaces", \.interfaces) { $0.strings($1) },
      .init("validationLevels", \.validationLevels) { ctx, v in
        ctx.list(v) { ctx, v in
          guard let level = ctx.integer(v) else { return nil }
          guard (1...4).contains(level) else {
            ctx.schema("validation level \(level) does not exist; levels are 1 to 4", v.position)
            return nil
          }
          return level
        }
      },
    ])
}

extension PartyExemption: FieldObject {
  public static let format = ObjectFormat<PartyExemption>(
    "an NFR exemption",
    [
      .init("party", \.party, required: true) { $0.text($1) },
      .init("scope", \.scope, required: true) { $0.text($1) },
      .init("changeRequest", \.changeRequest) { $0.text($1) },
      .init("decision", \.decision) { $0.text($1) },
      .init("release", \.release) { $0.text($1) },
    ])
}

extension ChangeRequest: FieldObject {
  public static let format = ObjectFormat<ChangeRequest>(
    "a change request",
    [
      .identity("id", \.id),
      .init("title", \.title, required: true) { $0.text($1) },
      .init("status", \.status, required: true) { $0.choice($1) },
      .init("raisedBy", \.raisedBy) { $0.text($1) },
      .init("decision", \.decision) { $0.text($1) },
      .init("decidedOn", \.decidedOn) { $0.date($1) },
      .init("release", \.release) { $0.text($1) },
      .init("affects", \.affects) { $0.strings($1) },
      .init("sources", \.sources) { $0.strings($1) },
    ])
}

extension Role: FieldObject {
  public static let format = ObjectFormat<Role>(
    "a role",
    [
      .identity("id", \.id),
      .init("name", \.name, required: true) { $0.text($1) },
      .init("aliases", \.aliases) { $0.strings($1) },
      .init("sources", \.sources) { $0.strings($1) },
    ])
}

extension Release: FieldObject {
  public static let format = ObjectFormat<Release>(
    "a release",
    [
      .identity("id", \.id),
      .init("name", \.name, required: true) { $0.text($1) },
      .init("date", \.date) { $0.date($1) },
      .init("sources", \.sources) { $0.strings($1) },
    ])
}

extension DecodeContext {
  mutating func nfr(_ value: JSONValue) -> NFR? {
    entity(value) { NFR(id: $0, origin: $1) }
  }

  mutating func changeRequest(_ value: JSONValue) -> ChangeRequest? {
    entity(value) { ChangeRequest(id: $0, origin: $1) }
  }

  /// `roles.json`.
  mutating func roles(_ value: JSONValue) -> [Role] {
    guard let o = object(value, what: "roles.json", fields: ["roles", "sources"]) else { return [] }
    _ = sources(o)
    let roles: LocatedList<Role>? = field(o, "roles", required: true) { ctx, v in
      ctx.list(v) { ctx, v in
        let role = ctx.entity(v) { Role(id: $0, origin: $1) }
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
        let release = ctx.entity(v) { Release(id: $0, origin: $1) }
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
