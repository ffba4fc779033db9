extension Interface: FieldObject {
  public static let format = Fields.format.through(\Interface.fields.value)
}

extension Interface.Fields {
  static let format = ObjectFormat<Self>(
    "an interface",
    [
      .identity(
        "id", \.id, "The interface's id, also its file name: `IF-nnn`, or `REP-nnn[A-Z]` for a report.",
        refers: .interface),
      .init("name", \.name, required: true, "The interface's name.") { $0.text($1) },
      .init(
        "version", \.version, required: true,
        "`MAJOR.MINOR` of this catalogue entry; the last `history` entry's version."
      ) { $0.text($1) },
      .init(
        "status", \.status, required: true, "`draft`, `active` or `withdrawn`."
      ) { $0.choice($1) },
      .init("transport", \.transport, required: true, "How it travels: `dip`, `dtn`, `file` or `other`.") {
        $0.choice($1)
      },
      .init(
        "from", \.from, required: true, nonEmpty: true, "The roles that send it (role ids).", refers: .role
      ) {
        $0.strings($1)
      },
      .init(
        "to", \.to, required: true, nonEmpty: true, "The roles that receive it (role ids).", refers: .role
      ) {
        $0.strings($1)
      },
      .init("events", \.events, "DIP event codes without brackets (`ActivePower`).") { $0.strings($1) },
      .init("schemaVersion", \.schemaVersion, "The three-digit DIP payload schema version (`011`).") {
        $0.text($1)
      },
      .init("process", \.process, "The business process it belongs to (`BP007`).") { $0.text($1) },
      .init(
        "responseTimes", \.responseTimes,
        "How soon an acknowledgement, a success and an error response are due, each optional."
      ) { $0.record($1, ResponseTimes()) },
      .init("timeBasis", \.timeBasis, "`utc` or `clock` (CR036: clock midnight for appointments and reads).")
      {
        $0.choice($1)
      },
      .init("codeDraftingName", \.codeDraftingName, "The term code drafting uses for it (CR025).") {
        $0.text($1)
      },
      .init("replaces", \.replaces, "The D-flows this interface replaces (DES196).", refers: .dataflow) {
        $0.strings($1)
      },
      .init(
        "introducedIn", \.introducedIn, "The release it arrives in (a release id); scopes `--release`.",
        refers: .release
      ) { $0.text($1) },
      .init(
        "withdrawnIn", \.withdrawnIn, "The release it leaves in (a release id); scopes `--release`.",
        refers: .release
      ) { $0.text($1) },
      .init(
        "payload", \.payload,
        "What it carries: one entry per published payload variant, each a list of blocks."
      ) { ctx, v in ctx.list(v) { $0.record($1, PayloadVariant()) } },
      .init(
        "exemptions", \.exemptions,
        "Documented decisions that a rule does not apply to this interface."
      ) { $0.exemptions($1) },
      .init("history", \.history, "Its versions, oldest first.") { $0.history($1) },
      .init("sources", \.sources, "Where the facts came from, in words a reader can find.") {
        $0.strings($1)
      },
    ])
}

extension ResponseTimes: FieldObject {
  public static let format = ObjectFormat<ResponseTimes>(
    "`responseTimes`",
    [
      .init("acknowledgement", \.acknowledgement, "When the acknowledgement is due.") {
        $0.record($1, ResponseTime())
      },
      .init("success", \.success, "When the success response is due.") { $0.record($1, ResponseTime()) },
      .init("error", \.error, "When the error response is due (its absence is the IF-021 gap, DAG31-03).") {
        $0.record($1, ResponseTime())
      },
    ])
}

extension ResponseTime: FieldObject {
  public static let format = ObjectFormat<ResponseTime>(
    "a response time",
    [
      .init("within", \.within, required: true, "An ISO 8601 duration: `PT6S`, `PT15M`, `PT24H`, `P1D`.") {
        $0.duration($1)
      },
      .init("nfr", \.nfr, "The NFR that sets it (an NFR id).", refers: .nfr) { $0.text($1) },
    ])
}

extension DecodeContext {
  mutating func interface(_ value: JSONValue) -> Interface? {
    entity(value, Interface.Fields.format) { Interface.Fields(id: $0, origin: $1) }.map(Interface.init)
  }
}
