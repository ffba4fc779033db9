extension DataFlow: FieldObject {
  public static let format = Fields.format.through(\DataFlow.fields.value)
}

extension DataFlow.Fields {
  static let format = ObjectFormat<Self>(
    "a D-flow",
    [
      .identity("id", \.id, "The D-flow's id, also its file name: `Dnnnn`.", refers: .dataflow),
      .init("version", \.version, required: true, "Three digits, as in the DTC (`002`).") { $0.text($1) },
      .init("name", \.name, required: true, "The flow's name in the DTC.") { $0.text($1) },
      .init(
        "ownership", \.ownership, required: true, "The code that owns it: `BSC`, `MRA`, `REC` or `DCUSA`."
      ) {
        $0.choice($1)
      },
      .init("routes", \.routes, required: true, nonEmpty: true, "Who sends it to whom, by role id.") {
        ctx, v in
        ctx.list(v) { $0.record($1, Route()) }
      },
      .init("mhhs", \.mhhs, "The flow's fate at MHHS go-live (DES196).") { $0.record($1, MHHSFate()) },
      .init("scenarioVariants", \.scenarioVariants, "The DTC scenario variants of the flow.") { ctx, v in
        ctx.list(v) { $0.record($1, ScenarioVariant()) }
      },
      .init("exemptions", \.exemptions, "Documented decisions that a rule does not apply to this flow.") {
        $0.exemptions($1)
      },
      .init("history", \.history, "Its versions, oldest first.") { $0.history($1) },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension Route: FieldObject {
  public static let format = ObjectFormat<Route>(
    "a route",
    [
      .init("from", \.from, required: true, "The sending role (a role id).", refers: .role) { $0.text($1) },
      .init("to", \.to, required: true, "The receiving role (a role id).", refers: .role) { $0.text($1) },
    ])
}

extension MHHSFate: FieldObject {
  public static let format = ObjectFormat<MHHSFate>(
    "`mhhs`",
    [
      .init("disposition", \.disposition, "`retained`, `removed`, `amended` or `new` at MHHS go-live.") {
        $0.choice($1)
      },
      .init("replacedBy", \.replacedBy, "The interfaces that take over its job.", refers: .interface) {
        $0.strings($1)
      },
      .init("decision", \.decision, "The DAG decision that settled it (`DAG-DEC57`).", refers: .decision) {
        $0.text($1)
      },
      .init("rationale", \.rationale, "Why, in words.") { $0.text($1) },
      .init(
        "effective", \.effective, "The release from which the disposition holds (a release id).",
        refers: .release
      ) { $0.text($1) },
    ])
}

extension ScenarioVariant: FieldObject {
  public static let format = ObjectFormat<ScenarioVariant>(
    "a scenario variant",
    [
      .init("id", \.id, required: true, "The variant's id in the DTC.") { $0.text($1) },
      .init("name", \.name, required: true, "The variant's name.") { $0.text($1) },
    ])
}

extension DecodeContext {
  mutating func dataflow(_ value: JSONValue) -> DataFlow? {
    entity(value, DataFlow.Fields.format) { DataFlow.Fields(id: $0, origin: $1) }.map(DataFlow.init)
  }
}
