extension DecodeContext {
  static let exemptionFields = ["rule", "reason", "decision", "changeRequest", "expires"]
  static let historyEntryFields = ["version", "release", "changes", "summary"]

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

  mutating func exemption(_ value: JSONValue) -> Exemption? {
    guard
      let o = object(
        value, what: "an exemption",
        fields: Self.exemptionFields)
    else { return nil }
    guard let rule = field(o, "rule", required: true, { $0.text($1) }) else { return nil }
    return Exemption(
      rule: rule,
      reason: field(o, "reason", required: true) { $0.text($1) },
      decision: field(o, "decision") { $0.text($1) },
      changeRequest: field(o, "changeRequest") { $0.text($1) },
      expires: field(o, "expires") { $0.date($1) })
  }

  mutating func historyEntry(_ value: JSONValue) -> HistoryEntry? {
    guard
      let o = object(
        value, what: "a history entry", fields: Self.historyEntryFields)
    else { return nil }
    guard let version = field(o, "version", required: true, { $0.text($1) }) else { return nil }
    return HistoryEntry(
      version: version,
      release: field(o, "release") { $0.text($1) },
      changes: field(o, "changes") { $0.strings($1) },
      summary: field(o, "summary", required: true) { $0.string($1) })
  }

  mutating func exemptions(_ o: ObjectFields) -> LocatedList<Exemption>? {
    field(o, "exemptions") { ctx, v in ctx.list(v) { $0.exemption($1) } }
  }

  mutating func history(_ o: ObjectFields) -> LocatedList<HistoryEntry>? {
    field(o, "history") { ctx, v in ctx.list(v) { $0.historyEntry($1) } }
  }

  mutating func sources(_ o: ObjectFields) -> LocatedList<String>? {
    field(o, "sources") { $0.strings($1) }
  }
}
