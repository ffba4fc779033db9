import Foundation
import MHHSCatalogue

/// Small catalogues written for the tests, in memory or in a temporary directory.
enum CatalogueFixture {
  static let manifest = #"{ "format": 1, "name": "Test catalogue" }"#
  static let roles = #"""
    { "roles": [
      { "id": "SDS", "name": "Smart Data Service" },
      { "id": "SUP", "name": "Supplier" }
    ] }
    """#
  static let releases = #"""
    { "releases": [
      { "id": "M5", "name": "Physical design baseline", "date": "2022-10-31" },
      { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" }
    ] }
    """#

  /// A complete interface with `extra` members appended (starting with a comma).
  static func interface(_ id: String, _ extra: String = "") -> String {
    #"{ "id": "\#(id)", "name": "Example", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"]\#(extra) }"#
  }

  static let base: [String: String] = [
    "catalogue.json": manifest, "roles.json": roles, "releases.json": releases,
  ]

  /// The base files with `files` over them, loaded in memory.
  static func load(_ files: [String: String]) throws -> Catalogue {
    let all = base.merging(files) { _, new in new }
    return try CatalogueLoader.load(files: all.map { CatalogueLoader.File($0.key, $0.value) })
  }

  /// A fresh temporary directory, removed by `body`'s caller through the returned cleanup.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-catalogue-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `files` (path inside the directory → text) under `directory`.
  static func write(_ files: [String: String], to directory: URL) throws {
    for (path, text) in files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  /// Runs `body` with a temporary directory holding the base files and `files`.
  @discardableResult
  static func withDirectory<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try write(base.merging(files) { _, new in new }, to: directory)
    return try body(directory)
  }
}

extension Catalogue {
  /// The issues of one kind, in the order found.
  func issues(_ kind: CatalogueIssue.Kind) -> [CatalogueIssue] { issues.filter { $0.kind == kind } }
}
