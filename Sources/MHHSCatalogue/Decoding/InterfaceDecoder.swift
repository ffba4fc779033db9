extension Interface: FieldObject {
  public static let format = Fields.format.through(\Interface.fields.value)
}

extension Interface.Fields {
  static let format = ObjectFormat<Self>(
    "an interface",
    [
      .identity("id", \.id),
      .init("name", \.name, required: true) { $0.text($1) },
      .init("version", \.version, required: true) { $0.text($1) },
      .init("status", \.status, required: true) { $0.choice($1) },
      .init("transport", \.transport, required: true) { $0.choice($1) },
      .init("from", \.from, required: true) { $0.nonEmptyStrings($1) },
      .init("to", \.to, required: true) { $0.nonEmptyStrings($1) },
      .init("events", \.events) { $0.strings($1) },
      .init("schemaVersion", \.schemaVersion) { $0.text($1) },
      .init("process", \.process) { $0.text($1) },
      .init("responseTimes", \.responseTimes) { $0.record($1, ResponseTimes()) },
      .init("timeBasis", \.timeBasis) { $0.choice($1) },
      .init("codeDraftingName", \.codeDraftingName) { $0.text($1) },
      .init("replaces", \.replaces) { $0.strings($1) },
      .init("introducedIn", \.introducedIn) { $0.text($1) },
      .init("withdrawnIn", \.withdrawnIn) { $0.text($1) },
      .init("payload", \.payload) { ctx, v in ctx.list(v) { $0.record($1, PayloadVariant()) } },
      .init("exemptions", \.exemptions) { $0.exemptions($1) },
      .init("history", \.history) { $0.history($1) },
      .init("sources", \.sources) { $0.strings($1) },
    ])
}

extension ResponseTimes: FieldObject {
  public static let format = ObjectFormat<ResponseTimes>(
    "`responseTimes`",
    [
      .init("acknowledgement", \.acknowledgement) { $0.record($1, ResponseTime()) },
      .init("success", \.success) { $0.record($1, ResponseTime()) },
      .init("error", \.error) { $0.record($1, ResponseTime()) },
    ])
}

extension ResponseTime: FieldObject {
  public static let format = ObjectFormat<ResponseTime>(
    "a response time",
    [
      .init("within", \.within, required: true) { $0.duration($1) },
      .init("nfr", \.nfr) { $0.text($1) },
    ])
}

extension DecodeContext {
  mutating func interface(_ value: JSONValue) -> Interface? {
    entity(value, Interface.Fields.format) { Interface.Fields(id: $0, origin: $1) }.map(Interface.init)
  }
}
