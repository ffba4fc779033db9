/// Builders for the payload files in rule examples: data types, data items and blocks, and an
/// interface's `payload` member.
enum PayloadExampleFile {
  /// A data type file; `members` are JSON members after the id and name, starting with a comma.
  static func dataType(_ id: String, _ members: String) -> (String, String) {
    ("datatypes/\(id).json", #"{ "id": "\#(id)", "name": "Example type"\#(members) }"#)
  }

  /// A data item file; `members` as for ``dataType(_:_:)``.
  static func dataItem(_ id: String, _ members: String) -> (String, String) {
    ("dataitems/\(id).json", #"{ "id": "\#(id)", "name": "Example item"\#(members) }"#)
  }

  /// A block whose fields carry the data items `items` (required).
  static func block(_ id: String, items: [String]) -> (String, String) {
    let fields = items.enumerated().map {
      #"{ "name": "field\#($0.offset)", "item": "\#($0.element)", "required": true }"#
    }
    return (
      "blocks/\(id).json",
      #"{ "id": "\#(id)", "name": "Example block", "fields": [\#(fields.joined(separator: ", "))] }"#
    )
  }

  /// `, "payload": [ … ]`: one variant per entry, each covering the events listed (`nil`: all)
  /// and carrying block `block` in the custom section.
  static func payload(block: String, variants: [[String]?]) -> String {
    let entries = variants.map { events in
      let covered = events.map { #""events": [\#($0.map { "\"\($0)\"" }.joined(separator: ", "))], "# } ?? ""
      return #"{ \#(covered)"blocks": [ { "block": "\#(block)", "section": "custom", "required": true } ] }"#
    }
    return #", "payload": [ \#(entries.joined(separator: ", ")) ]"#
  }
}
