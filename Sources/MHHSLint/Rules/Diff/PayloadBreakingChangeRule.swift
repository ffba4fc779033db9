import MHHSCatalogue

private typealias P = PayloadDiffExampleFile

public struct PayloadBreakingChangeRule: DiffRule {
  public static let description = RuleDescription(
    id: "diff/payload-breaking-change",
    summary:
      "No change to a data type, data item or block breaks the senders or receivers of the interfaces that carry it",
    rationale: """
      Participants build DIP messages to the published schemas and validate what they receive \
      against them. Narrowing a definition — nullable made not nullable, a shorter `maxLength` or \
      higher `minLength`, a higher `minimum` or lower `maximum`, an `enum` value removed, a new or \
      changed `pattern`, a field made required, a new required field, fewer list elements allowed — \
      breaks **senders**: a message built to the old definition may now be rejected. Widening — \
      the reverse, a field removed, a new optional field (the published blocks forbid unknown \
      properties), an `enum` value added, a pattern dropped — breaks **receivers**, who may now get \
      what they were not built for. A change of type, or of the data type, item or block a field \
      refers to, breaks both. DAG27-08 asked for versioning arrangements that make such changes \
      visible: one finding per changed constraint, at the changed definition, naming the side and \
      the interfaces it reaches.
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
      .passes(
        "a longer maxLength is not narrowing, and the name is documentation",
        old: P.files(P.dataType(#""maxLength": 200"#)),
        new: P.files(P.dataType(#""maxLength": 200, "example": "S-1""#, name: "Sender Ref"))),
      .passes("nothing changed", old: P.files(), new: P.files()),
    ])

  public init() {}

  public func check(_ diff: CatalogueDiff, _ context: DiffContext) -> [Finding] {
    diff.changes.flatMap { change -> [Finding] in
      guard let impact = change.payload else { return [] }
      return impact.breaks.map { broken in
        context.finding(
          "\(PayloadText.entity(change)): \(broken.what) breaks \(broken.side.wording) "
            + "(\(Self.reason(broken.side))); \(PayloadText.reaches(impact.reaches))",
          change, at: broken.field.newLocation)
      }
    }
  }

  static func reason(_ side: BreakingSide) -> String {
    switch side {
    case .senders: "a message built to the old definition may now be rejected"
    case .receivers: "receivers built to the old definition may get what they do not expect"
    case .both: "the value's type changed"
    }
  }
}
