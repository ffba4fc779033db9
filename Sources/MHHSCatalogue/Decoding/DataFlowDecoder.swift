extension DecodeContext {
  package static let dataflowFields = [
    "id", "version", "name", "ownership", "routes", "mhhs", "scenarioVariants", "exemptions", "history",
    "sources",
  ]
  static let routeFields = ["from", "to"]
  static let scenarioVariantFields = ["id", "name"]
  static let fateFields = ["disposition", "replacedBy", "decision", "rationale", "effective"]

  mutating func dataflow(_ value: JSONValue) -> DataFlow? {
    guard let o = object(value, what: "a D-flow", fields: Self.dataflowFields, isEntity: true),
      let id = entityID(o)
    else { return nil }
    var f = DataFlow(id: id, origin: origin(value))
    f.version = field(o, "version", required: true) { $0.text($1) }
    f.name = field(o, "name", required: true) { $0.text($1) }
    f.ownership = field(o, "ownership", required: true) { $0.choice($1) }
    f.routes = field(o, "routes", required: true) { ctx, v in
      ctx.list(v, nonEmpty: true) { ctx, v in
        guard let r = ctx.object(v, what: "a route", fields: Self.routeFields) else { return nil }
        return Route(
          from: ctx.field(r, "from", required: true) { $0.text($1) },
          to: ctx.field(r, "to", required: true) { $0.text($1) })
      }
    }
    f.mhhs = field(o, "mhhs") { $0.fate($1) }
    f.scenarioVariants = field(o, "scenarioVariants") { ctx, v in
      ctx.list(v) { ctx, v in
        guard let s = ctx.object(v, what: "a scenario variant", fields: Self.scenarioVariantFields) else {
          return nil
        }
        return ScenarioVariant(
          id: ctx.field(s, "id", required: true) { $0.text($1) },
          name: ctx.field(s, "name", required: true) { $0.text($1) })
      }
    }
    f.exemptions = exemptions(o)
    f.history = history(o)
    f.sources = sources(o)
    return f
  }

  mutating func fate(_ value: JSONValue) -> MHHSFate? {
    guard
      let o = object(
        value, what: "`mhhs`",
        fields: Self.fateFields)
    else { return nil }
    var fate = MHHSFate()
    fate.disposition = field(o, "disposition") { $0.choice($1) }
    fate.replacedBy = field(o, "replacedBy") { $0.strings($1) }
    fate.decision = field(o, "decision") { $0.text($1) }
    fate.rationale = field(o, "rationale") { $0.text($1) }
    fate.effective = field(o, "effective") { $0.text($1) }
    return fate
  }
}
