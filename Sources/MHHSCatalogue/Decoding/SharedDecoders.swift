extension Exemption: FieldObject {
  public static let format = ObjectFormat<Exemption>(
    "an exemption",
    [
      .identity(
        "rule", \.rule, "The id of the rule that does not apply (`nfr/missing-error-response-time`)."),
      .init("reason", \.reason, required: true, "Why the rule does not apply.") { $0.text($1) },
      .init(
        "decision", \.decision, "What decided it: a DAG decision or action (`DAG-DEC83`, `DAG31-03`).",
        refers: .decision
      ) { $0.text($1) },
      .init(
        "changeRequest", \.changeRequest, "The approved change request that decided it.",
        refers: .changeRequest
      ) { $0.text($1) },
      .init("expires", \.expires, "The date from which it no longer silences the rule (`YYYY-MM-DD`).") {
        $0.date($1)
      },
    ])
}

extension HistoryEntry: FieldObject {
  public static let format = ObjectFormat<HistoryEntry>(
    "a history entry",
    [
      .identity("version", \.version, "The version this entry made."),
      .init("release", \.release, "The release it came with (a release id).", refers: .release) {
        $0.text($1)
      },
      .init(
        "changes", \.changes, "The change requests (`CRnnn`) or design issue notes (`DIN-nnn`) it answers."
      ) {
        $0.strings($1)
      },
      .init("summary", \.summary, required: true, "What changed, in words.", value: .string) {
        $0.string($1)
      },
    ])
}

extension DecodeContext {
  /// Reads an entity's object: its `id` first (without which the entity is skipped, and which
  /// every later message names), then its other members.
  mutating func entity<Model>(
    _ value: JSONValue, _ format: ObjectFormat<Model>, _ make: (Located<String>, Origin) -> Model
  ) -> Model? {
    guard let o = object(value, what: format.what, fields: format.keys, isEntity: true), let id = entityID(o)
    else { return nil }
    var entity = make(id, origin(value))
    format.read(&self, o, &entity)
    return entity
  }

  /// Reads an object whose members are all optional in the model, starting from `empty`.
  mutating func record<Model: FieldObject>(_ value: JSONValue, _ empty: Model) -> Model? {
    let format = Model.format
    guard let o = object(value, what: format.what, fields: format.keys) else { return nil }
    var model = empty
    format.read(&self, o, &model)
    return model
  }

  /// Reads an object built from its identifying member (an exemption's `rule`), which it cannot
  /// be without.
  mutating func record<Model: FieldObject>(_ value: JSONValue, _ make: (Located<String>) -> Model) -> Model? {
    let format = Model.format
    guard let o = object(value, what: format.what, fields: format.keys), let key = format.identity,
      let identity = field(o, key, required: true, { $0.text($1) })
    else { return nil }
    var model = make(identity)
    format.read(&self, o, &model)
    return model
  }

  /// Reads the `id` of an entity object and remembers it for the messages that follow.
  mutating func entityID(_ object: ObjectFields) -> Located<String>? {
    var id = field(object, "id", required: true) { $0.text($1) }
    if let long = id, long.value.utf8.count > Self.maximumIDLength {
      schema(
        "`id` is \(long.value.count) characters long, which no id pattern allows; the entity is not read",
        long.position, member: "id")
      id = nil
    }
    entityID = id?.value
    return id
  }

  mutating func exemptions(_ value: JSONValue) -> [Located<Exemption>]? {
    list(value) { $0.record($1) { Exemption(rule: $0) } }
  }

  mutating func history(_ value: JSONValue) -> [Located<HistoryEntry>]? {
    list(value) { $0.record($1) { HistoryEntry(version: $0) } }
  }

  /// The `sources` member of a file's top-level object or a freeze.
  mutating func sources(_ o: ObjectFields) -> LocatedList<String>? {
    field(o, "sources") { $0.strings($1) }
  }
}
