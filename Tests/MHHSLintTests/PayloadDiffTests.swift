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
      f.message.contains("DT-995 Sender Unique Reference: `maxLength` 200 → 100 (via S1 → DI-995 → DT-995)"))
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
}
