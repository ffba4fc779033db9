/// Builders for the small catalogue files in rule examples.
enum ExampleFile {
  /// An interface file: a complete active DIP interface, with `extra` members appended
  /// (written as JSON members, starting with a comma).
  static func interface(
    _ id: String, _ extra: String = "", version: String = "1.0", to: String = "SUP",
    transport: String = "dip",
    status: String = "active"
  )
    -> (String, String)
  {
    (
      "interfaces/\(id).json",
      #"{ "id": "\#(id)", "name": "Example interface", "version": "\#(version)", "status": "\#(status)", "transport": "\#(transport)", "from": ["SDS"], "to": ["\#(to)"]\#(extra) }"#
    )
  }

  static func dataflow(_ id: String, _ extra: String = "") -> (String, String) {
    (
      "dataflows/\(id).json",
      #"{ "id": "\#(id)", "version": "001", "name": "Example flow", "ownership": "BSC", "routes": [ { "from": "SDS", "to": "SUP" } ]\#(extra) }"#
    )
  }

  static func nfr(_ id: String, _ extra: String = "") -> (String, String) {
    (
      "nfrs/\(id).json",
      #"{ "id": "\#(id)", "title": "Validation response time", "responseTime": "PT6S"\#(extra) }"#
    )
  }

  static func changeRequest(_ id: String, status: String, _ extra: String = "") -> (String, String) {
    (
      "change-requests/\(id).json",
      #"{ "id": "\#(id)", "title": "Example change", "status": "\#(status)"\#(extra) }"#
    )
  }

  /// A dictionary of files, for `RuleExample`.
  static func files(_ files: (String, String)...) -> [String: String] {
    Dictionary(files, uniquingKeysWith: { _, last in last })
  }
}

/// The diff rules' example files: ``ExampleFile``'s interface with IF-001 as the default id,
/// and histories.
enum DiffExampleFile {
  static func interface(
    id: String = "IF-001", version: String = "1.0", to: String = "SUP", _ extra: String = ""
  ) -> (String, String) {
    ExampleFile.interface(id, extra, version: version, to: to)
  }

  /// `, "history": [ … ]` with a baseline entry 1.0 (or 001) and then `entries` as
  /// (version, cited change), each in IR7.
  static func history(_ baseline: String = "1.0", _ entries: (String, String?)...) -> String {
    var items = [#"{ "version": "\#(baseline)", "release": "M5", "changes": [], "summary": "Baselined" }"#]
    for (version, cited) in entries {
      let changes = cited.map { #"["\#($0)"]"# } ?? "[]"
      items.append(
        #"{ "version": "\#(version)", "release": "IR7", "changes": \#(changes), "summary": "Changed" }"#)
    }
    return #", "history": [ \#(items.joined(separator: ", ")) ]"#
  }

  static func files(_ files: (String, String)...) -> [String: String] {
    Dictionary(files, uniquingKeysWith: { _, last in last })
  }
}
