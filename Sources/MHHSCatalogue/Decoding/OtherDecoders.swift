extension NFR: FieldObject {
  public static let format = ObjectFormat<NFR>(
    "an NFR",
    [
      .identity(
        "id", \.id, "The NFR's id, also its file name: letters and digits (`E2E1009`).", refers: .nfr),
      .init("title", \.title, required: true, "The requirement's title.") { $0.text($1) },
      .init("category", \.category, "Its category (`Performance`).") { $0.text($1) },
      .init(
        "responseTime", \.responseTime, required: true, "The time it sets, an ISO 8601 duration (`PT6S`)."
      ) {
        $0.duration($1)
      },
      .init("appliesTo", \.appliesTo, "The interfaces and validation levels it covers.") {
        $0.record($1, NFR.AppliesTo())
      },
      .init("exemptions", \.exemptions, "Parties excused from it, and on what authority.") { ctx, v in
        ctx.list(v) { $0.record($1, PartyExemption()) }
      },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension NFR.AppliesTo: FieldObject {
  public static let format = ObjectFormat<NFR.AppliesTo>(
    "`appliesTo`",
    [
      .init("interfaces", \.interfaces, "The interfaces it covers (interface ids).", refers: .interface) {
        $0.strings($1)
      },
      .init(
        "validationLevels", \.validationLevels,
        "1 DIP synchronous, 2 DIP asynchronous, 3 recipient synchronous, 4 recipient asynchronous.",
        value: .integer(NFR.AppliesTo.validationLevels)
      ) { ctx, v in
        ctx.list(v) { ctx, v in
          guard let level = ctx.integer(v) else { return nil }
          guard NFR.AppliesTo.validationLevels.contains(level) else {
            ctx.schema("validation level \(level) does not exist; levels are 1 to 4", v.position)
            return nil
          }
          return level
        }
      },
    ])

  /// The validation levels there are.
  static let validationLevels = 1...4
}

extension PartyExemption: FieldObject {
  public static let format = ObjectFormat<PartyExemption>(
    "an NFR exemption",
    [
      .init("party", \.party, required: true, "The party excused (`Elexon Helix`).") { $0.text($1) },
      .init("scope", \.scope, required: true, "What it is excused from.") { $0.text($1) },
      .init("changeRequest", \.changeRequest, "The change request that excused it.", refers: .changeRequest) {
        $0.text($1)
      },
      .init("decision", \.decision, "The DAG decision that excused it.", refers: .decision) { $0.text($1) },
      .init("release", \.release, "The release it holds from (a release id).", refers: .release) {
        $0.text($1)
      },
    ])
}

extension ChangeRequest: FieldObject {
  public static let format = ObjectFormat<ChangeRequest>(
    "a change request",
    [
      .identity("id", \.id, "The change request's id, also its file name: `CRnnn`.", refers: .changeRequest),
      .init("title", \.title, required: true, "The change request's title.") { $0.text($1) },
      .init(
        "status", \.status, required: true,
        "`raised`, `impact-assessment`, `approved`, `rejected`, `withdrawn`, `deferred` or `implemented`."
      ) { $0.choice($1) },
      .init("raisedBy", \.raisedBy, "Who raised it (`NGESO`).") { $0.text($1) },
      .init("decision", \.decision, "The DAG decision on it (`DAG-DEC83`).", refers: .decision) {
        $0.text($1)
      },
      .init("decidedOn", \.decidedOn, "When it was decided (`YYYY-MM-DD`).") { $0.date($1) },
      .init("release", \.release, "The release it lands in (a release id).", refers: .release) {
        $0.text($1)
      },
      .init("affects", \.affects, "The entities it changes: ids of any kind.") { $0.strings($1) },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension Role: FieldObject {
  public static let format = ObjectFormat<Role>(
    "a role",
    [
      .identity("id", \.id, "The role's id: 2–8 upper-case letters or digits (`SDS`).", refers: .role),
      .init("name", \.name, required: true, "The role's name (`Smart Data Service`).") { $0.text($1) },
      .init(
        "aliases", \.aliases, "Names other sources use for the same role; importers resolve through them."
      ) {
        $0.strings($1)
      },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension Release: FieldObject {
  public static let format = ObjectFormat<Release>(
    "a release",
    [
      .identity("id", \.id, "The release's id (`M5`, `IR7`, `IR8.5`).", refers: .release),
      .init("name", \.name, required: true, "The release's name (`Interim Release 7`).") { $0.text($1) },
      .init("date", \.date, "When it lands (`YYYY-MM-DD`); releases are ordered by it.") { $0.date($1) },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension Freeze: FieldObject {
  public static let format = ObjectFormat<Freeze>(
    "a freeze",
    [
      .init("from", \.from, required: true, "The first day of the freeze (`YYYY-MM-DD`).") { $0.date($1) },
      .init("until", \.until, "Its last day; absent while it is in force.") { $0.date($1) },
      .init(
        "note", \.note, required: true, "What the freeze allows (`change freeze: material changes only`)."
      ) {
        $0.text($1)
      },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

/// `catalogue.json`: the manifest.
struct ManifestFile: FieldObject {
  var manifest: Manifest

  static let format = ObjectFormat<ManifestFile>(
    "catalogue.json",
    [
      .init("format", \.manifest.format, required: true, "The version of the catalogue file format: 1.") {
        $0.integer($1)
      },
      .init("name", \.manifest.name, required: true, "The catalogue's name.") { $0.text($1) },
      .init("description", \.manifest.description, "What the catalogue holds.", value: .string) {
        $0.string($1)
      },
    ])
}

/// `roles.json`: the market roles.
struct RolesFile: FieldObject {
  var roles: LocatedList<Role>?
  var sources: LocatedList<String>?

  static let format = ObjectFormat<RolesFile>(
    "roles.json",
    [
      .init("roles", \.roles, required: true, "The market roles.") { ctx, v in
        ctx.list(v) { ctx, v in
          let role = ctx.entity(v, Role.format) { Role(id: $0, origin: $1) }
          ctx.entityID = nil
          return role
        }
      },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

/// `releases.json`: the releases and milestones, oldest first, and the change freezes.
struct ReleasesFile: FieldObject {
  var releases: LocatedList<Release>?
  var freezes: LocatedList<Freeze>?
  var sources: LocatedList<String>?

  static let format = ObjectFormat<ReleasesFile>(
    "releases.json",
    [
      .init("releases", \.releases, required: true, "The releases and milestones, oldest first.") { ctx, v in
        ctx.list(v) { ctx, v in
          let release = ctx.entity(v, Release.format) { Release(id: $0, origin: $1) }
          ctx.entityID = nil
          return release
        }
      },
      .init("freezes", \.freezes, "Change freezes: periods when only material changes are made.") { ctx, v in
        ctx.list(v) { $0.record($1, Freeze(origin: $0.origin($1))) }
      },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension DecodeContext {
  mutating func nfr(_ value: JSONValue) -> NFR? {
    entity(value, NFR.format) { NFR(id: $0, origin: $1) }
  }

  mutating func changeRequest(_ value: JSONValue) -> ChangeRequest? {
    entity(value, ChangeRequest.format) { ChangeRequest(id: $0, origin: $1) }
  }

  /// `roles.json`.
  mutating func roles(_ value: JSONValue) -> [Role] {
    record(value, RolesFile())?.roles?.values() ?? []
  }

  /// `releases.json`.
  mutating func releases(_ value: JSONValue) -> ([Release], [Freeze]) {
    guard let file = record(value, ReleasesFile()) else { return ([], []) }
    return (file.releases?.values() ?? [], file.freezes?.values() ?? [])
  }

  /// `catalogue.json`.
  mutating func manifest(_ value: JSONValue) -> Manifest? {
    record(value, ManifestFile(manifest: Manifest(origin: origin(value))))?.manifest
  }
}
