/// The payload diff rules' example files: a sender block S1 whose field
/// `senderUniqueReference` is data item DI-995, typed by data type DT-995, carried by IF-001
/// (schema version 011) and IF-002.
enum PayloadDiffExampleFile {
  static func dataType(_ constraints: String = #""maxLength": 200"#, name: String = "Sender Unique Reference")
    -> (String, String)
  {
    ("datatypes/DT-995.json", #"{ "id": "DT-995", "name": "\#(name)", "type": "string", \#(constraints) }"#)
  }

  static func dataItem(_ definition: String = #""dataType": "DT-995""#) -> (String, String) {
    ("dataitems/DI-995.json", #"{ "id": "DI-995", "name": "Sender Unique Reference", \#(definition) }"#)
  }

  /// Block S1 with `senderUniqueReference` and then `extraFields` (JSON objects, each
  /// starting with a comma).
  static func block(required: Bool = true, _ extraFields: String = "") -> (String, String) {
    (
      "blocks/S1.json",
      #"{ "id": "S1", "name": "Sender Common block", "fields": [ { "name": "senderUniqueReference", "item": "DI-995", "required": \#(required) }\#(extraFields) ] }"#
    )
  }

  /// An interface whose one payload variant carries `blocks` in the common section, each
  /// required unless named in `optional`, and covers `events` (`nil`: every event).
  static func interface(
    _ id: String = "IF-001", schemaVersion: String = "011", blocks: [String] = ["S1"],
    optional: Set<String> = [], events: [String]? = nil
  ) -> (String, String) {
    let entries = blocks.map {
      #"{ "block": "\#($0)", "section": "common", "required": \#(!optional.contains($0)) }"#
    }
    let interfaceEvents = #", "events": ["ActivePower", "ReactivePower"]"#
    let covered = events.map { #""events": [\#($0.map { "\"\($0)\"" }.joined(separator: ", "))], "# } ?? ""
    return ExampleFile.interface(
      id,
      #"\#(events == nil ? "" : interfaceEvents), "schemaVersion": "\#(schemaVersion)", "payload": [ { \#(covered)"blocks": [ \#(entries.joined(separator: ", ")) ] } ]"#
    )
  }

  /// Block B044, with no fields, for an interface's payload to carry.
  static let block44 = (
    "blocks/B044.json", #"{ "id": "B044", "name": "Issuing Data Service", "fields": [] }"#
  )

  /// The whole example catalogue, with any of its files replaced by `overrides`.
  static func files(_ overrides: (String, String)...) -> [String: String] {
    let base = [dataType(), dataItem(), block(), interface(), interface("IF-002")]
    return Dictionary(base + overrides, uniquingKeysWith: { _, last in last })
  }
}
