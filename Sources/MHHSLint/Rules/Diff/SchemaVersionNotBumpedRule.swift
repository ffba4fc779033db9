import MHHSCatalogue

private typealias P = PayloadDiffExampleFile

public struct SchemaVersionNotBumpedRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/schema-version-not-bumped",
    summary: "An interface whose payload changed has a new schema version",
    rationale: VersioningRationale.text + """
       A DIP message names its `schemaVersion` in the sender header; participants validate what \
      they send and receive against the schema of that version. When anything an interface's \
      payload carries changes on the wire — its own `payload`, or a block, data item or data type \
      it reaches, however deep — the interface carries a new schema and needs a new \
      `schemaVersion`. (Documentation — names, descriptions, examples, sources — does not count.) \
      One finding per interface, at its `schemaVersion`, naming what changed and the blocks it is \
      reached through: the interface is what must be bumped.
      """,
    sources: VersioningRationale.sources + ["DIP API 2.0.1 → 2.1.0 (DI-566, DT-995)"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "the data type its sender block carries gained a pattern, schema version still 011",
        old: P.files(), new: P.files(P.dataType(#""maxLength": 200, "pattern": "^S-.+$""#))),
      .triggers(
        "IF-001", "its own payload gained a block, schema version still 011",
        old: P.files(),
        new: P.files(
          ("blocks/B044.json", #"{ "id": "B044", "name": "Issuing Data Service", "fields": [] }"#),
          P.interface(blocks: ["S1", "B044"]))),
      .passes(
        "the pattern added and both interfaces moved to schema version 012",
        old: P.files(),
        new: P.files(
          P.dataType(#""maxLength": 200, "pattern": "^S-.+$""#), P.interface(schemaVersion: "012"),
          P.interface("IF-002", schemaVersion: "012"))),
      .passes(
        "only the data type's name and example changed",
        old: P.files(), new: P.files(P.dataType(#""maxLength": 200, "example": "S-1""#, name: "Sender Ref"))),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    var causes: [String: [String]] = [:]
    for change in diff.changes {
      if change.kind == .interface, change.change == .changed {
        let payload = change.contentFields.filter { $0.field == "payload" }
        if !payload.isEmpty {
          let names = payload.prefix(3).map { "`\($0.displayName)`" }.joined(separator: ", ")
          let more = payload.count > 3 ? " and \(payload.count - 3) more" : ""
          causes[change.id, default: []].append("its own payload (\(names)\(more))")
        }
      }
      guard let impact = change.payload, !impact.wireFields.isEmpty else { continue }
      for route in impact.reaches {
        causes[route.interface, default: []].append(
          "\(PayloadText.entity(change)): \(PayloadText.fields(change)) (via \(PayloadText.via(route)))")
      }
    }
    return causes.keys.sorted().compactMap { id -> Finding? in
      guard let interface = context.new.interface(id), let version = interface.schemaVersion,
        let old = context.old.interface(id), old.schemaVersion?.value == version.value
      else { return nil }
      let list = causes[id]!
      let shown = list.prefix(3).joined(separator: "; ")
      let more = list.count > 3 ? "; and \(list.count - 3) more changes" : ""
      return Finding(
        ruleID: context.ruleID, severity: .error,
        message:
          "\(id)'s payload changed but its `schemaVersion` is still \(version.value): \(shown)\(more); "
          + "give it a new schema version",
        entityID: id, location: interface.location(version.position, "/schemaVersion"))
    }
  }
}
