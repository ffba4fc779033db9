extension DataFlow: FieldObject {
  public static let format: ObjectFormat<DataFlow> = ObjectFormat<Fields>(
    "a D-flow",
    [
      .identity("id", \.id),
      .init("version", \.version, required: true) { $0.text($1) },
      .init("name", \.name, required: true) { $0.text($1) },
      .init("ownership", \.ownership, required: true) { $0.choice($1) },
      .init("routes", \.routes, required: true) { ctx, v in
        ctx.list(v, nonEmpty: true) { $0.record($1, Route()) }
      },
      .init("mhhs", \.mhhs) { $0.record($1, MHHSFate()) },
      .init("scenarioVariants", \.scenarioVariants) { ctx, v in
        ctx.list(v) { $0.record($1, ScenarioVariant()) }
      },
      .init("exemptions", \.exemptions) { $0.exemptions($1) },
      .init("history", \.history) { $0.history($1) },
      .init("sources", \.sources) { $0.strings($1) },
    ]
  ).through(\.fields.value)
}

extension Route: FieldObject {
  public static let format = ObjectFormat<Route>(
    "a route",
    [
      .init("from", \.from, required: true) { $0.text($1) },
      .init("to", \.to, required: true) { $0.text($1) },
    ])
}

extension MHHSFate: FieldObject {
  public static let format = ObjectFormat<MHHSFate>(
    "`mhhs`",
    [
      .init("disposition", \.disposition) { $0.choice($1) },
      .init("replacedBy", \.replacedBy) { $0.strings($1) },
      .init("decision", \.decision) { $0.text($1) },
      .init("rationale", \.rationale) { $0.text($1) },
      .init("effective", \.effective) { $0.text($1) },
    ])
}

extension ScenarioVariant: FieldObject {
  public static let format = ObjectFormat<ScenarioVariant>(
    "a scenario variant",
    [
      .init("id", \.id, required: true) { $0.text($1) },
      .init("name", \.name, required: true) { $0.text($1) },
    ])
}

extension DecodeContext {
  mutating func dataflow(_ value: JSONValue) -> DataFlow? {
    entity(value) { DataFlow(id: $0, origin: $1) }
  }
}
