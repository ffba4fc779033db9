import MHHSCatalogue
import Testing

@testable import MHHSLint

/// The payload rules on what their examples do not show: hostile and unsupported patterns,
/// lengths in code points, numbers compared by value, and where findings point.
@Suite struct PayloadRuleTests {
  static func dataType(_ id: String, _ members: String) -> (String, String) {
    ("datatypes/\(id).json", #"{ "id": "\#(id)", "name": "T"\#(members) }"#)
  }

  static func dataItem(_ id: String, _ members: String) -> (String, String) {
    ("dataitems/\(id).json", #"{ "id": "\#(id)", "name": "I"\#(members) }"#)
  }

  /// The payload rules' own examples are catalogues the loader reads without complaint, so
  /// a passing example passes because of the rule, not because a file was not read.
  @Test func payloadRuleExamplesLoadCleanly() throws {
    let payloadRules = BuiltinRules.all.map(\.description).filter { $0.id.hasPrefix("payload/") }
    #expect(payloadRules.count == 6)
    for rule in payloadRules {
      for example in rule.examples {
        let catalogue = try CatalogueLoader.load(files: example.catalogueFiles)
        #expect(catalogue.issues.isEmpty, "\(rule.id): \(example.title): \(catalogue.issues.map(\.message))")
      }
    }
  }

  @Test func aPatternBuiltToBacktrackIsJudgedAndReturns() throws {
    let text = String(repeating: "a", count: 20_000) + "!"
    let result = try LintFixture.lint([
      Self.dataType("DT-001", #", "type": "string", "pattern": "^(a+)+$", "example": "\#(text)""#)
    ])
    let found = result.findings("payload/invalid-example", on: "DT-001")
    #expect(found.count == 1)
    #expect(found.first?.message.contains("does not match the pattern ^(a+)+$") == true)
    #expect(result.findings("payload/invalid-pattern").isEmpty)
  }

  @Test func anUncompilablePatternIsItsOwnFindingAndIsNotJudged() throws {
    let result = try LintFixture.lint([
      Self.dataType(
        "DT-001", #", "type": "string", "pattern": "^(?=a)[a-z$", "maxLength": 2, "example": "abc""#)
    ])
    let invalid = result.findings("payload/invalid-pattern", on: "DT-001")
    #expect(invalid.count == 1)
    #expect(invalid.first?.location.pointer == "/pattern")
    #expect(invalid.first?.message.contains("lookahead") == true)
    #expect(invalid.first?.severity == .error)
    // The example is still judged on everything but the pattern.
    let example = result.findings("payload/invalid-example", on: "DT-001")
    #expect(example.count == 1)
    #expect(example.first?.message.contains("maxLength 2") == true)
    #expect(example.first?.message.contains("pattern") == false)
  }

  @Test func patternsOfBlockFieldsAndItemsAreCheckedToo() throws {
    let result = try LintFixture.lint([
      Self.dataItem("DI-001", #", "type": "string", "pattern": "(?<=x)y""#),
      (
        "blocks/B001.json",
        #"{ "id": "B001", "name": "B", "fields": [ { "name": "a", "type": "string", "pattern": "\\k<n>", "required": true } ] }"#
      ),
    ])
    #expect(result.findings("payload/invalid-pattern", on: "DI-001").map(\.location.pointer) == ["/pattern"])
    #expect(
      result.findings("payload/invalid-pattern", on: "B001").map(\.location.pointer) == ["/fields/0/pattern"])
  }

  @Test func lengthsCountCodePoints() throws {
    let result = try LintFixture.lint([
      // One code point outside the BMP (two UTF-16 units): within maxLength 1.
      Self.dataType("DT-001", #", "type": "string", "maxLength": 1, "example": "😀""#),
      // e and a combining accent: two code points, one character on screen.
      Self.dataType("DT-002", #", "type": "string", "maxLength": 1, "example": "e\u0301""#),
    ])
    #expect(result.findings("payload/invalid-example", on: "DT-001").isEmpty)
    #expect(
      result.findings("payload/invalid-example", on: "DT-002").map(\.message).first?.contains(
        "2 characters long, more than the maxLength 1") == true)
  }

  @Test func numbersAreComparedByValue() throws {
    let result = try LintFixture.lint([
      Self.dataType("DT-001", #", "type": "integer", "enum": [1, 2], "example": 1.0"#),
      Self.dataType("DT-002", #", "type": "integer", "minimum": 0, "example": 1.5"#),
      Self.dataType("DT-003", #", "type": "number", "multipleOf": 0.001, "example": 0.3"#),
      Self.dataType("DT-004", #", "type": "number", "multipleOf": 0.5, "example": 0.3"#),
      Self.dataType("DT-005", #", "type": "integer", "example": "12""#),
      Self.dataType("DT-006", #", "type": "integer", "example": "0x1p3""#),
      Self.dataType("DT-007", #", "type": "integer", "example": 1e400"#),
    ])
    #expect(result.findings("payload/invalid-example", on: "DT-001").isEmpty)
    #expect(
      result.findings("payload/invalid-example", on: "DT-002").first?.message.contains("whole number") == true
    )
    #expect(result.findings("payload/invalid-example", on: "DT-003").isEmpty)
    #expect(
      result.findings("payload/invalid-example", on: "DT-004").first?.message.contains("multiple of 0.5")
        == true)
    #expect(
      result.findings("payload/invalid-example", on: "DT-005").first?.message.contains(
        "write it without quotes: 12")
        == true)
    // Not JSON's number grammar, though Swift's `Double` reads it: no advice to unquote it.
    #expect(
      result.findings("payload/invalid-example", on: "DT-006").first?.message.hasSuffix("write an integer")
        == true)
    #expect(result.findings("payload/invalid-example", on: "DT-007").isEmpty)
  }

  @Test func nullNeedsNullable() throws {
    let result = try LintFixture.lint([
      Self.dataType("DT-001", #", "type": "string", "maxLength": 3, "example": null"#),
      Self.dataItem("DI-001", #", "dataType": "DT-002N", "example": null"#),
      Self.dataType("DT-002N", #", "type": "string", "maxLength": 3, "nullable": true"#),
    ])
    let found = result.findings("payload/invalid-example", on: "DT-001")
    #expect(found.first?.message.contains("not nullable") == true)
    #expect(found.first?.location.pointer == "/example")
    #expect(result.findings("payload/invalid-example", on: "DI-001").isEmpty)
  }

  @Test func anItemsExampleIsJudgedAgainstItsDataTypeAndSaysSo() throws {
    let result = try LintFixture.lint([
      Self.dataItem("DI-001", #", "dataType": "DT-001", "example": "ABCDEF""#),
      Self.dataType("DT-001", #", "type": "string", "maxLength": 4, "enum": ["EMEB", "LOND"]"#),
    ])
    let message = try #require(result.findings("payload/invalid-example", on: "DI-001").first?.message)
    #expect(message.contains("more than the maxLength 4 of its data type DT-001"))
    #expect(
      message.contains(#"not one of the enum values of its data type DT-001; write one of "EMEB", "LOND""#))
  }

  @Test func unboundedStringsJudgeItemsThroughTheirType() throws {
    let result = try LintFixture.lint([
      Self.dataItem("DI-001", #", "dataType": "DT-001", "type": "string""#),
      Self.dataType("DT-001", #", "type": "string", "maxLength": 4"#),
      Self.dataType("DT-002", #", "type": "string", "format": "date-time""#),
    ])
    #expect(result.findings("payload/unbounded-string").map(\.entityID) == ["DT-002"])
    #expect(result.findings("payload/unbounded-string").first?.location.pointer == "/type")
  }

  @Test func eventsAreMatchedBothWays() throws {
    let result = try LintFixture.lint([
      LintFixture.interface(
        "IF-001",
        #", "payload": [ { "events": ["Created"], "blocks": [ { "block": "B001", "section": "custom", "required": true } ] } ]"#
      ),
      LintFixture.interface(
        "IF-002",
        #", "events": ["Created", "Removed"], "payload": []"#),
      ("blocks/B001.json", #"{ "id": "B001", "name": "B", "fields": [] }"#),
    ])
    #expect(
      result.findings("payload/event-not-covered", on: "IF-001").map(\.location.pointer) == [
        "/payload/0/events/0"
      ])
    #expect(
      result.findings("payload/event-not-covered", on: "IF-002").map(\.location.pointer) == [
        "/events/0", "/events/1",
      ])
    #expect(result.findings("payload/missing").isEmpty)
  }

  @Test func aCatalogueThatRecordsPayloadsAsksEveryDIPInterfaceForOne() throws {
    let without = [LintFixture.interface("IF-001"), LintFixture.interface("IF-002")]
    #expect(try LintFixture.lint(without).findings("payload/missing").isEmpty)
    let with = without + [Self.dataType("DT-001", #", "type": "string", "maxLength": 4"#)]
    #expect(
      try LintFixture.lint(with).findings("payload/missing").compactMap(\.entityID).sorted() == [
        "IF-001", "IF-002",
      ])
  }

  @Test func aDataTypeNamedStraightByABlockFieldIsUsed() throws {
    let result = try LintFixture.lint([
      LintFixture.interface(
        "IF-001",
        #", "payload": [ { "blocks": [ { "block": "B001", "section": "custom", "required": true } ] } ]"#),
      (
        "blocks/B001.json",
        #"{ "id": "B001", "name": "B", "fields": [ { "name": "t", "dataType": "DT-001", "required": true } ] }"#
      ),
      Self.dataType("DT-001", #", "type": "string", "maxLength": 4"#),
      Self.dataType("DT-002", #", "type": "string", "maxLength": 4"#),
    ])
    #expect(result.findings("payload/unused").map(\.entityID) == ["DT-002"])
  }
}
