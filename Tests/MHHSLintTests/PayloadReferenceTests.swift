import MHHSCatalogue
import Testing

@testable import MHHSLint

/// References of data items, blocks and interface payloads resolve or are
/// `catalogue/unknown-reference`; payload entity files are named and identified as every kind.
@Suite struct PayloadReferenceTests {
  static let good: [(String, String)] = [
    ("datatypes/DT-001.json", #"{ "id": "DT-001", "name": "T", "type": "string", "maxLength": 3 }"#),
    ("dataitems/DI-001.json", #"{ "id": "DI-001", "name": "I", "dataType": "DT-001" }"#),
    (
      "blocks/B001.json",
      #"{ "id": "B001", "name": "B", "fields": [ { "name": "a", "item": "DI-001", "required": true }, { "name": "t", "dataType": "DT-001", "required": false } ] }"#
    ),
    LintFixture.interface(
      "IF-001",
      #", "payload": [ { "blocks": [ { "block": "B001", "section": "custom", "required": true } ] } ]"#),
  ]

  @Test func referencesThatResolve() throws {
    let result = try LintFixture.lint(Self.good)
    #expect(result.findings("catalogue/unknown-reference").isEmpty)
    #expect(result.findings("catalogue/file-name").isEmpty)
    #expect(result.findings("catalogue/id-format").isEmpty)
    #expect(result.entityCounts[.block] == 1)
  }

  @Test func danglingReferencesAreFound() throws {
    let result = try LintFixture.lint([
      ("dataitems/DI-001.json", #"{ "id": "DI-001", "name": "I", "dataType": "DT-002" }"#),
      (
        "blocks/B001.json",
        #"{ "id": "B001", "name": "B", "fields": [ { "name": "a", "item": "DI-009", "required": true }, { "name": "b", "block": "B404", "required": false }, { "name": "t", "dataType": "DT-404", "required": false } ] }"#
      ),
      LintFixture.interface(
        "IF-001",
        #", "payload": [ { "blocks": [ { "block": "B002", "section": "custom", "required": true } ] } ]"#),
    ])
    let messages = result.findings("catalogue/unknown-reference").map(\.message)
    #expect(messages.contains { $0.contains("DI-001 `dataType` names data type DT-002") })
    #expect(
      messages.contains {
        $0.contains("B001 `fields[0].item` names data item DI-009") && $0.contains("did you mean DI-001?")
      })
    #expect(messages.contains { $0.contains("`fields[1].block` names block B404") })
    #expect(messages.contains { $0.contains("`fields[2].dataType` names data type DT-404") })
    #expect(
      messages.contains {
        $0.contains("IF-001 `payload[0].blocks[0].block` names block B002")
          && $0.contains("did you mean B001?")
      })
    let pointers = result.findings("catalogue/unknown-reference").map(\.location.pointer)
    #expect(pointers.contains("/payload/0/blocks/0/block"))
  }

  @Test func fileNamesAndIDFormats() throws {
    let result = try LintFixture.lint([
      ("blocks/B001.json", #"{ "id": "B002", "name": "B", "fields": [] }"#),
      ("datatypes/DT-1.json", #"{ "id": "DT-1", "name": "T", "type": "string" }"#),
    ])
    #expect(result.findings("catalogue/file-name", on: "B002").count == 1)
    #expect(result.findings("catalogue/id-format", on: "DT-1").count == 1)
  }
}
