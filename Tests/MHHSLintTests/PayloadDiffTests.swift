import MHHSCatalogue
import Testing

@testable import MHHSLint

/// Changes to data types, data items and blocks: compared field by field (block fields by
/// name), classified by the side they break, and propagated to the interfaces they reach.
@Suite("Payload diff")
struct PayloadDiffTests {
  static func load(_ files: [String: String], _ directory: String) throws -> Catalogue {
    let merged = RuleExample.baseFiles.merging(files) { _, own in own }
    return try CatalogueLoader.load(
      files: merged.map { CatalogueLoader.File($0.key, $0.value) }, directory: directory)
  }

  static func check(_ old: [String: String], _ new: [String: String]) throws -> DiffResult {
    let (o, n) = (try load(old, "old"), try load(new, "new"))
    #expect(o.issues.isEmpty && n.issues.isEmpty, "\(o.issues.map(\.message)) \(n.issues.map(\.message))")
    return DiffChecker().check(old: o, new: n, asOf: CalendarDate(year: 2024, month: 6, day: 1))
  }

  static func block(_ fields: String) -> (String, String) {
    ("blocks/S1.json", #"{ "id": "S1", "name": "Sender Common block", "fields": [ \#(fields) ] }"#)
  }

  static let reference = #"{ "name": "senderUniqueReference", "item": "DI-995", "required": true }"#
  static let timestamp = #"{ "name": "senderTimestamp", "item": "DI-995", "required": false }"#

  @Test func anInsertedBlockFieldIsOneAddedField() throws {
    let result = try Self.check(
      PayloadDiffExampleFile.files(Self.block("\(Self.reference), \(Self.timestamp)")),
      PayloadDiffExampleFile.files(
        Self.block(
          #"\#(Self.reference), { "name": "environmentTag", "item": "DI-995", "required": true }, \#(Self.timestamp)"#
        )))
    let s1 = try #require(result.diff.changes.first { $0.id == "S1" })
    #expect(s1.fields.map(\.displayName) == ["fields.environmentTag"])
    #expect(s1.fields[0].pointer == "/fields/1")
    #expect(s1.payload?.breaks.map(\.side) == [.senders])
    #expect(s1.payload?.breaks.first?.what == "new required field `environmentTag`")
  }

  @Test func aReorderedBlockIsNoChangeAndAMemberChangeIsNamedByField() throws {
    let old = PayloadDiffExampleFile.files(Self.block("\(Self.reference), \(Self.timestamp)"))
    let reordered = try Self.check(
      old, PayloadDiffExampleFile.files(Self.block("\(Self.timestamp), \(Self.reference)")))
    #expect(!reordered.diff.changes.contains { $0.id == "S1" })
    let changed = try Self.check(
      old,
      PayloadDiffExampleFile.files(
        Self.block(
          #"\#(Self.reference), { "name": "senderTimestamp", "item": "DI-995", "required": true, "list": { "max": 4 } }"#
        )))
    let s1 = try #require(changed.diff.changes.first { $0.id == "S1" })
    #expect(
      s1.fields.map(\.displayName) == ["fields.senderTimestamp.required", "fields.senderTimestamp.list"])
    #expect(s1.fields[0].pointer == "/fields/1/required")
    #expect(s1.fields[0].newLocation?.file == "new/blocks/S1.json")
    #expect(s1.payload?.breaks.map(\.side) == [.senders, .both])
    let removed = try Self.check(old, PayloadDiffExampleFile.files(Self.block(Self.reference)))
    let r = try #require(removed.diff.changes.first { $0.id == "S1" })
    #expect(r.payload?.breaks.map(\.what) == ["field `senderTimestamp` removed"])
    #expect(r.payload?.breaks.map(\.side) == [.receivers])
  }

  /// Each constraint change of a data type, and the side it breaks.
  @Test(
    arguments: [
      (#""maxLength": 200"#, #""maxLength": 100"#, BreakingSide?.some(.senders)),
      (#""maxLength": 200"#, #""maxLength": 300"#, .receivers),
      (#""maxLength": 200"#, #""minLength": 2, "maxLength": 200"#, .senders),
      (#""minLength": 2, "maxLength": 200"#, #""minLength": 1, "maxLength": 200"#, .receivers),
      (#""maxLength": 200, "minimum": 1"#, #""maxLength": 200, "minimum": 5"#, .senders),
      (#""maxLength": 200, "maximum": 9"#, #""maxLength": 200, "maximum": 10.5"#, .receivers),
      (#""maxLength": 200, "pattern": "^a$""#, #""maxLength": 200, "pattern": "^b$""#, .senders),
      (#""maxLength": 200, "pattern": "^a$""#, #""maxLength": 200"#, .receivers),
      (#""maxLength": 200, "nullable": true"#, #""maxLength": 200"#, .senders),
      (#""maxLength": 200"#, #""maxLength": 200, "nullable": true"#, .receivers),
      (#""enum": ["A", "B"]"#, #""enum": ["A"]"#, .senders),
      (#""enum": ["A"]"#, #""enum": ["B", "A"]"#, .receivers),
      (#""enum": ["A"]"#, #""enum": ["B"]"#, .both),
      (#""maxLength": 200"#, #""maxLength": 200, "example": "x""#, nil),
    ])
  func constraintSides(old: String, new: String, side: BreakingSide?) throws {
    let result = try Self.check(
      PayloadDiffExampleFile.files(PayloadDiffExampleFile.dataType(old)),
      PayloadDiffExampleFile.files(PayloadDiffExampleFile.dataType(new)))
    let breaking = result.findings.filter { $0.ruleID == "diff/payload-breaking-change" }
    #expect(breaking.count == (side == nil ? 0 : 1), "\(breaking.map(\.message))")
    if let side {
      #expect(
        breaking.first?.message.contains("breaks \(side.wording) (") == true, "\(breaking.map(\.message))")
      #expect(breaking.first?.message.contains("reaches 2 interfaces: IF-001, IF-002") == true)
      #expect(breaking.first?.location.file == "new/datatypes/DT-995.json")
    }
  }

  @Test func aTypeChangeBreaksBoth() throws {
    let result = try Self.check(
      PayloadDiffExampleFile.files(),
      PayloadDiffExampleFile.files(
        (
          "datatypes/DT-995.json",
          #"{ "id": "DT-995", "name": "Sender Unique Reference", "type": "integer", "maxLength": 200 }"#
        )))
    let breaks = try #require(result.diff.changes.first { $0.id == "DT-995" }?.payload?.breaks)
    #expect(breaks.map(\.side) == [.both])
  }

  @Test func schemaVersionNotBumpedIsOnePerInterfaceAtItsSchemaVersion() throws {
    let result = try Self.check(
      PayloadDiffExampleFile.files(),
      PayloadDiffExampleFile.files(
        PayloadDiffExampleFile.dataType(#""maxLength": 100"#),
        PayloadDiffExampleFile.dataItem(#""dataType": "DT-995", "description": "changed text""#),
        PayloadDiffExampleFile.interface("IF-002", schemaVersion: "012")))
    let findings = result.findings.filter { $0.ruleID == "diff/schema-version-not-bumped" }
    #expect(findings.map(\.entityID) == ["IF-001"])
    let f = try #require(findings.first)
    #expect(f.location.file == "new/interfaces/IF-001.json")
    #expect(f.location.pointer == "/schemaVersion")
    #expect(f.message.contains("still 011"))
    #expect(
      f.message.contains(
        "DT-995 Sender Unique Reference: `maxLength` `200` → `100` (via S1 → DI-995 → DT-995)"))
    // A description is documentation, not a change to the payload.
    #expect(!f.message.contains("DI-995 Sender Unique Reference:"), "\(f.message)")
  }

  @Test func aRemovedEntityReachesThroughTheOldCatalogue() throws {
    let result = try Self.check(
      PayloadDiffExampleFile.files(
        ("blocks/B044.json", #"{ "id": "B044", "name": "Issuing", "fields": [] }"#),
        PayloadDiffExampleFile.interface(blocks: ["S1", "B044"])),
      PayloadDiffExampleFile.files())
    let b044 = try #require(result.diff.changes.first { $0.id == "B044" })
    #expect(b044.change == .removed)
    #expect(b044.payload?.reaches.map(\.interface) == ["IF-001"])
    #expect(b044.payload?.wireFields.isEmpty == true)
    #expect(
      result.findings.contains { $0.ruleID == "diff/schema-version-not-bumped" && $0.entityID == "IF-001" })
  }

  /// IF-001 carrying S1 (required) and B044, B045 and B046 (B046 optional) in `variants`
  /// payload variants, each covering `events` (`nil`: every event).
  static func ownPayload(
    _ blocks: [String], optional: Set<String> = [], events: [[String]?] = [nil]
  ) -> [String: String] {
    let entries = blocks.map {
      #"{ "block": "\#($0)", "section": "custom", "required": \#(!optional.contains($0)) }"#
    }
    let variants = events.map { covered in
      let list = covered.map { #""events": [\#($0.map { "\"\($0)\"" }.joined(separator: ", "))], "# } ?? ""
      return #"{ \#(list)"blocks": [ \#(entries.joined(separator: ", ")) ] }"#
    }
    let interface = ExampleFile.interface(
      "IF-001",
      #", "events": ["ActivePower", "ReactivePower"], "schemaVersion": "011", "payload": [ \#(variants.joined(separator: ", ")) ]"#
    )
    let block = { (id: String) in ("blocks/\(id).json", #"{ "id": "\#(id)", "name": "Block", "fields": [] }"#)
    }
    return PayloadDiffExampleFile.files(block("B044"), block("B045"), block("B046"), interface)
  }

  static func ownBreaks(_ result: DiffResult) -> [String] {
    result.findings.filter { $0.ruleID == "diff/payload-breaking-change" }.map(\.message)
  }

  @Test func anInterfacesOwnPayloadChangesBlockByBlockAndEachBreaksOneSide() throws {
    let result = try Self.check(
      Self.ownPayload(["S1", "B044", "B046"], optional: ["B044", "B046"]),
      Self.ownPayload(["S1", "B044", "B045"], optional: ["B045"]))
    let change = try #require(result.diff.changes.first { $0.id == "IF-001" })
    // A removed block is placed after the block before it in the old file.
    #expect(
      change.fields.map(\.displayName) == [
        "payload[0].blocks.B044.required", "payload[0].blocks.B046", "payload[0].blocks.B045",
      ])
    let impact = try #require(change.payload)
    #expect(impact.breaks.map(\.side) == [.senders, .receivers, .receivers])
    #expect(
      impact.breaks.map(\.what) == [
        "`B044.required` `false` → `true`", "block `B046` removed", "new optional block `B045`",
      ])
    #expect(impact.reaches.isEmpty)
    let findings = result.findings.filter { $0.ruleID == "diff/payload-breaking-change" }
    #expect(findings.count == 3)
    // Each at the interface's payload in the new file: the changed block, or for the removed
    // block its variant.
    #expect(findings.allSatisfy { $0.location.file == "new/interfaces/IF-001.json" })
    #expect(
      Set(findings.map(\.location.pointer)) == [
        "/payload/0/blocks/1/required", "/payload/0/blocks/2", "/payload/0",
      ])
    let removed = try #require(findings.first { $0.message.contains("B046") })
    #expect(removed.message.hasPrefix("IF-001 Example interface: block `B046` removed breaks receivers"))
    #expect(!removed.message.contains("reaches"))
  }

  @Test func aNewRequiredBlockBreaksSendersAndReorderingBreaksNothing() throws {
    let old = Self.ownPayload(["S1", "B044"])
    let added = try Self.check(old, Self.ownPayload(["S1", "B044", "B045"]))
    #expect(
      Self.ownBreaks(added) == [
        "IF-001 Example interface: new required block `B045` breaks senders (a message built to the old definition may now be rejected)"
      ])
    let reordered = try Self.check(old, Self.ownPayload(["B044", "S1"]))
    #expect(!reordered.diff.changes.contains { $0.id == "IF-001" })
  }

  @Test func aVariantsEventsSayWhichEventsMovedAndWhichSideThatBreaks() throws {
    let old = Self.ownPayload(["S1"], events: [["ActivePower"], ["ReactivePower"]])
    let moved = try Self.check(
      old, Self.ownPayload(["S1"], events: [["ActivePower", "ReactivePower"], ["ReactivePower"]]))
    #expect(Self.ownBreaks(moved).count == 1)
    #expect(
      Self.ownBreaks(moved).first?.contains("variant 1: now covers event `ReactivePower` breaks receivers")
        == true)
    let swapped = try Self.check(old, Self.ownPayload(["S1"], events: [["ReactivePower"], ["ActivePower"]]))
    #expect(
      Self.ownBreaks(swapped).map { $0.components(separatedBy: " breaks ")[0] } == [
        "IF-001 Example interface: variant 1: no longer covers event `ActivePower` and now covers event `ReactivePower`",
        "IF-001 Example interface: variant 2: no longer covers event `ReactivePower` and now covers event `ActivePower`",
      ])
    #expect(Self.ownBreaks(swapped).allSatisfy { $0.contains("breaks senders and receivers") })
    let everyEvent = try Self.check(old, Self.ownPayload(["S1"], events: [nil, ["ReactivePower"]]))
    #expect(
      Self.ownBreaks(everyEvent).first?.contains(
        "variant 1: covers every event (was only event `ActivePower`) breaks receivers") == true)
  }

  @Test func aVariantAddedOrRemovedIsOneBreakAndAFirstPayloadIsNone() throws {
    let one = Self.ownPayload(["S1"], events: [["ActivePower"]])
    let two = Self.ownPayload(["S1"], events: [["ActivePower"], ["ReactivePower"]])
    let added = try Self.check(one, two)
    #expect(
      Self.ownBreaks(added).map { $0.components(separatedBy: " (")[0] } == [
        "IF-001 Example interface: variant 2 added breaks receivers"
      ])
    let removed = try Self.check(two, one)
    let finding = try #require(result(removed).first)
    #expect(finding.message.hasPrefix("IF-001 Example interface: variant 2 removed breaks senders"))
    #expect(finding.location.pointer == "/payload")
    // An interface described without a payload before: nothing on the wire is known to change.
    let first = try Self.check(
      PayloadDiffExampleFile.files(ExampleFile.interface("IF-001", #", "schemaVersion": "011""#)), one)
    #expect(Self.ownBreaks(first).isEmpty)
  }

  private func result(_ r: DiffResult) -> [Finding] {
    r.findings.filter { $0.ruleID == "diff/payload-breaking-change" }
  }
}
