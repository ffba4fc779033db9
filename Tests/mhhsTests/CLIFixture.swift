import Foundation

/// Catalogues written to a temporary directory for end-to-end runs of `mhhs`.
///
/// The working directory holds `catalogue/`, so runs can name it relatively, as a user would.
enum CLIFixture {
  static let base: [String: String] = [
    "catalogue.json": #"{ "format": 1, "name": "Test catalogue" }"#,
    "roles.json":
      #"{ "roles": [ { "id": "SDS", "name": "Smart Data Service" }, { "id": "SUP", "name": "Supplier" } ] }"#,
    "releases.json": #"""
    { "releases": [
      { "id": "M5", "name": "Physical design baseline", "date": "2022-10-31" },
      { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" }
    ] }
    """#,
  ]

  /// An interface with every field the rules ask for, plus `extra` members (starting with a
  /// comma); `omit` leaves fields out to provoke findings.
  static func interface(_ id: String, omit: Set<String> = [], _ extra: String = "") -> String {
    var members = [
      #""id": "\#(id)""#, #""name": "Example""#, #""version": "1.0""#, #""status": "active""#,
      #""transport": "dip""#, #""from": ["SDS"]"#, #""to": ["SUP"]"#,
    ]
    if !omit.contains("responseTimes") {
      members.append(
        #""responseTimes": { "acknowledgement": { "within": "PT6S" }, "error": { "within": "PT6S" } }"#)
    }
    if !omit.contains("timeBasis") { members.append(#""timeBasis": "utc""#) }
    if !omit.contains("codeDraftingName") { members.append(#""codeDraftingName": "Example data""#) }
    return "{\n  " + members.joined(separator: ",\n  ") + extra + "\n}\n"
  }

  /// Nothing to report.
  static let clean = ["interfaces/IF-001.json": interface("IF-001")]
  /// Warnings (no time basis) and nothing worse.
  static let warnings = ["interfaces/IF-001.json": interface("IF-001", omit: ["timeBasis"])]
  /// Info (no code drafting name) and nothing worse.
  static let info = ["interfaces/IF-001.json": interface("IF-001", omit: ["codeDraftingName"])]
  /// Errors, warnings, info, and one finding suppressed by a decided exemption.
  static let mixed = [
    "interfaces/IF-021.json": interface(
      "IF-021", omit: ["responseTimes", "codeDraftingName"],
      #",\#n  "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#),
    "interfaces/IF-022.json": interface(
      "IF-022", omit: ["responseTimes"],
      #",\#n  "responseTimes": { "success": { "within": "PT24H" } },\#n  "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "Excluded owing to volumes", "decision": "DAG31-03" } ]"#
    ),
    "interfaces/IF-023.json": interface("IF-023", omit: ["timeBasis"]),
    "dataflows/D0379.json": #"""
    { "id": "D0379", "version": "001", "name": "Half Hourly Advances UTC", "ownership": "MRA",
      "routes": [ { "from": "SDS", "to": "SUP" } ],
      "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" } }
    """#,
  ]

  /// A fresh working directory holding `catalogue/` with the base files and `files`.
  static func make(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("mhhs-cli-\(UUID().uuidString)")
    for (path, text) in base.merging(files, uniquingKeysWith: { _, new in new }) {
      let url = root.appendingPathComponent("catalogue").appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  /// Runs `body` in a working directory made by ``make(_:)``, then removes it.
  @discardableResult
  static func with<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
    let root = try make(files)
    defer { try? FileManager.default.removeItem(at: root) }
    return try body(root)
  }

  /// The names in a directory, sorted.
  static func listing(_ directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  /// The package root, found from this file's path (`Tests/mhhsTests/CLIFixture.swift`).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
}

/// Reads a JSON report with Foundation, independently of the package's own parser.
enum ReportJSON {
  static func object(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let object = value as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
    return object
  }

  /// The keys of the objects that start at `indent` spaces, in the order written (the report is
  /// pretty-printed with two spaces per level).
  static func keys(_ text: String, indent: Int) -> [String] {
    let prefix = String(repeating: " ", count: indent) + "\""
    return text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix(prefix), !line.dropFirst(prefix.count).hasPrefix(" ") else { return nil }
      let rest = line.dropFirst(prefix.count)
      guard let end = rest.firstIndex(of: "\""), rest[rest.index(after: end)...].hasPrefix(":") else {
        return nil
      }
      return String(rest[..<end])
    }
  }
}
