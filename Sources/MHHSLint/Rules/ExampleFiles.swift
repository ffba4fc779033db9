/// Builders for the small catalogue files in rule examples.
enum ExampleFile {
  /// An interface file: a complete active DIP interface, with `extra` members appended
  /// (written as JSON members, starting with a comma).
  static func interface(
    _ id: String, _ extra: String = "", transport: String = "dip", status: String = "active"
  )
    -> (String, String)
  {
    (
      "interfaces/\(id).json",
      #"{ "id": "\#(id)", "name": "Example interface", "version": "1.0", "status": "\#(status)", "transport": "\#(transport)", "from": ["SDS"], "to": ["SUP"]\#(extra) }"#
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
