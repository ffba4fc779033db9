extension DecodeContext {
  package static let interfaceFields = [
    "id", "name", "version", "status", "transport", "from", "to", "events", "schemaVersion", "process",
    "responseTimes", "timeBasis", "codeDraftingName", "replaces", "introducedIn", "withdrawnIn", "exemptions",
    "history", "sources",
  ]
  static let responseTimesFields = ResponseTimes.Kind.allCases.map(\.rawValue)
  static let responseTimeFields = ["within", "nfr"]

  mutating func interface(_ value: JSONValue) -> Interface? {
    guard let o = object(value, what: "an interface", fields: Self.interfaceFields, isEntity: true),
      let id = entityID(o)
    else { return nil }
    var i = Interface(id: id, origin: origin(value))
    i.name = field(o, "name", required: true) { $0.text($1) }
    i.version = field(o, "version", required: true) { $0.text($1) }
    i.status = field(o, "status", required: true) { $0.choice($1) }
    i.transport = field(o, "transport", required: true) { $0.choice($1) }
    i.from = field(o, "from", required: true) { $0.nonEmptyStrings($1) }
    i.to = field(o, "to", required: true) { $0.nonEmptyStrings($1) }
    i.events = field(o, "events") { $0.strings($1) }
    i.schemaVersion = field(o, "schemaVersion") { $0.text($1) }
    i.process = field(o, "process") { $0.text($1) }
    i.responseTimes = field(o, "responseTimes") { $0.responseTimes($1) }
    i.timeBasis = field(o, "timeBasis") { $0.choice($1) }
    i.codeDraftingName = field(o, "codeDraftingName") { $0.text($1) }
    i.replaces = field(o, "replaces") { $0.strings($1) }
    i.introducedIn = field(o, "introducedIn") { $0.text($1) }
    i.withdrawnIn = field(o, "withdrawnIn") { $0.text($1) }
    i.exemptions = exemptions(o)
    i.history = history(o)
    i.sources = sources(o)
    return i
  }

  mutating func responseTimes(_ value: JSONValue) -> ResponseTimes? {
    guard let o = object(value, what: "`responseTimes`", fields: Self.responseTimesFields) else { return nil }
    var times = ResponseTimes()
    for kind in ResponseTimes.Kind.allCases {
      times[kind] = field(o, kind.rawValue) { ctx, v in
        guard let t = ctx.object(v, what: "a response time", fields: Self.responseTimeFields) else {
          return nil
        }
        return ResponseTime(
          within: ctx.field(t, "within", required: true) { $0.duration($1) },
          nfr: ctx.field(t, "nfr") { $0.text($1) })
      }
    }
    return times
  }
}
