extension DecodeContext {
  static let interfaceFields = [
    "id", "name", "version", "status", "transport", "from", "to", "events", "schemaVersion", "process",
    "responseTimes", "timeBasis", "codeDraftingName", "replaces", "introducedIn", "withdrawnIn", "exemptions",
    "history", "sources",
  ]

  mutating func interface(_ value: JSONValue) -> Interface? {
    guard let o = object(value, "", what: "an interface", fields: Self.interfaceFields, isEntity: true),
      let id = entityID(o)
    else { return nil }
    var i = Interface(id: id, origin: origin(value, ""))
    i.name = field(o, "name", required: true) { $0.text($1, $2) }
    i.version = field(o, "version", required: true) { $0.text($1, $2) }
    i.status = field(o, "status", required: true) { $0.choice($1, $2) }
    i.transport = field(o, "transport", required: true) { $0.choice($1, $2) }
    i.from = field(o, "from", required: true) { $0.nonEmptyStrings($1, $2) }
    i.to = field(o, "to", required: true) { $0.nonEmptyStrings($1, $2) }
    i.events = field(o, "events") { $0.strings($1, $2) }
    i.schemaVersion = field(o, "schemaVersion") { $0.text($1, $2) }
    i.process = field(o, "process") { $0.text($1, $2) }
    i.responseTimes = field(o, "responseTimes") { $0.responseTimes($1, $2) }
    i.timeBasis = field(o, "timeBasis") { $0.choice($1, $2) }
    i.codeDraftingName = field(o, "codeDraftingName") { $0.text($1, $2) }
    i.replaces = field(o, "replaces") { $0.strings($1, $2) }
    i.introducedIn = field(o, "introducedIn") { $0.text($1, $2) }
    i.withdrawnIn = field(o, "withdrawnIn") { $0.text($1, $2) }
    i.exemptions = exemptions(o)
    i.history = history(o)
    i.sources = sources(o)
    return i
  }

  mutating func responseTimes(_ value: JSONValue, _ pointer: String) -> ResponseTimes? {
    let kinds = ResponseTimes.Kind.allCases.map(\.rawValue)
    guard let o = object(value, pointer, what: "`responseTimes`", fields: kinds) else { return nil }
    var times = ResponseTimes()
    for kind in ResponseTimes.Kind.allCases {
      times[kind] = field(o, kind.rawValue) { ctx, v, p in
        guard let t = ctx.object(v, p, what: "a response time", fields: ["within", "nfr"]) else { return nil }
        return ResponseTime(
          within: ctx.field(t, "within", required: true) { $0.duration($1, $2) },
          nfr: ctx.field(t, "nfr") { $0.text($1, $2) })
      }
    }
    return times
  }
}
