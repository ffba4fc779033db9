import MHHSCatalogue

private typealias P = PayloadDiffExampleFile

public struct PayloadBreakingChangeRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/payload-breaking-change",
    summary:
      "No change to an interface's payload, or to a data type, data item or block it carries, breaks its senders or receivers",
    rationale: """
      Participants build DIP messages to the published schemas and validate what they receive \
      against them. Narrowing a definition — nullable made not nullable, a shorter `maxLength` or \
      higher `minLength`, a higher `minimum` or lower `maximum`, an `enum` value removed, a new or \
      changed `pattern`, a field made required, a new required field, fewer list elements allowed — \
      breaks **senders**: a message built to the old definition may now be rejected. Widening — \
      the reverse, a field removed, a new optional field (the published blocks forbid unknown \
      properties), an `enum` value added, a pattern dropped — breaks **receivers**, who may now get \
      what they were not built for. A change of type, or of the data type, item or block a field \
      refers to, breaks both. An interface's own `payload` is read the same way, its blocks as a \
      block's fields: a block added as required, or made required, breaks senders; a block added \
      as optional (the payload objects forbid unknown properties too), made optional or removed \
      breaks receivers, whose software was built to find it or not to meet it; a block that moves \
      section, changes its wire name or its list shape breaks both. A payload variant is the shape \
      of the message for the events it covers: a variant that now covers an event breaks \
      receivers (that event arrives in a shape they were not built for), one that no longer \
      covers an event breaks senders (what they send for it no longer fits), as does a variant \
      removed; a variant added breaks receivers. DAG27-08 asked for versioning arrangements that \
      make such changes visible: one finding per change, at the changed definition (for an \
      interface, at its payload in the new file), naming the side and the interfaces it reaches.
      """,
    sources: ["DAG27-08", "DIP API 2.0.1 → 2.1.0 (DI-566, DT-995)", "change freeze from 6 Dec 2023"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "DT-995", "a pattern added to the data type: breaks senders",
        old: P.files(), new: P.files(P.dataType(#""maxLength": 200, "pattern": "^S-.+$""#))),
      .triggers(
        "DI-995", "a data item made nullable: breaks receivers",
        old: P.files(P.dataItem(#""type": "string", "nullable": false"#)),
        new: P.files(P.dataItem(#""type": "string", "nullable": true"#))),
      .triggers(
        "S1", "a new required field in the block: breaks senders",
        old: P.files(),
        new: P.files(P.block(#", { "name": "senderTimestamp", "item": "DI-995", "required": true }"#))),
      .triggers(
        "IF-001", "the interface's own payload gained a required block: breaks senders",
        old: P.files(P.block44),
        new: P.files(P.block44, P.interface(blocks: ["S1", "B044"]))),
      .triggers(
        "IF-001", "a block of the interface's payload made optional: breaks receivers",
        old: P.files(P.block44, P.interface(blocks: ["S1", "B044"])),
        new: P.files(P.block44, P.interface(blocks: ["S1", "B044"], optional: ["B044"]))),
      .triggers(
        "IF-001", "the payload variant now covers event ReactivePower too: breaks receivers",
        old: P.files(P.interface(events: ["ActivePower"])),
        new: P.files(P.interface(events: ["ActivePower", "ReactivePower"]))),
      .passes(
        "a longer maxLength is not narrowing, and the name is documentation",
        old: P.files(P.dataType(#""maxLength": 200"#)),
        new: P.files(P.dataType(#""maxLength": 200, "example": "S-1""#, name: "Sender Ref"))),
      .passes(
        "the interface's payload blocks listed in another order",
        old: P.files(P.block44, P.interface(blocks: ["S1", "B044"])),
        new: P.files(P.block44, P.interface(blocks: ["B044", "S1"]))),
      .passes("nothing changed", old: P.files(), new: P.files()),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    diff.changes.flatMap { change -> [Finding] in
      guard let impact = change.payload else { return [] }
      let own = change.kind == .interface
      let reaches = own ? "" : "; \(PayloadText.reaches(impact.reaches))"
      return impact.breaks.map { broken in
        context.finding(
          "\(PayloadText.entity(change)): \(broken.what) breaks \(broken.side.wording) "
            + "(\(Self.reason(broken.side)))\(reaches)",
          change,
          at: broken.field.newLocation ?? (own ? Self.payloadLocation(broken.field, change, context) : nil))
      }
    }
  }

  /// Where a change to an interface's payload that left nothing in the new file (a block or a
  /// variant removed) is shown: at its variant in the new file, or at the payload.
  static func payloadLocation(_ field: FieldChange, _ change: EntityChange, _ context: DiffContext)
    -> SourceLocation?
  {
    guard let interface = context.new.interface(change.id), let payload = interface.payload else {
      return nil
    }
    let tokens = field.pointer.split(separator: "/")
    if tokens.count > 1, let v = Int(tokens[1]), payload.value.indices.contains(v) {
      return interface.location(payload.value[v].position, "/payload/\(v)")
    }
    return interface.location(payload.position, "/payload")
  }

  static func reason(_ side: BreakingSide) -> String {
    switch side {
    case .senders: "a message built to the old definition may now be rejected"
    case .receivers: "receivers built to the old definition may get messages it did not allow"
    case .both: "the value's type changed"
    }
  }
}
