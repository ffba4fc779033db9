import Foundation
import MHHSCatalogue

@testable import MHHSLint

/// A scratch directory of ruleset files for one test, removed when the test ends.
struct RulesetFiles: ~Copyable {
  let directory: URL

  init(_ files: [String: String]) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-rulesets-\(UUID().uuidString)")
    for (path, content) in files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(content.utf8).write(to: url)
    }
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Adds (or replaces) one file.
  func write(_ name: String, _ content: String) throws {
    try Data(content.utf8).write(to: directory.appendingPathComponent(name))
  }

  func load(_ name: String) throws(RulesetError) -> Ruleset { try RulesetLoader().load(path(name)) }

  /// The error loading `name` gives, with the scratch directory taken out of the message.
  func error(_ name: String) -> String? {
    do {
      _ = try load(name)
      return nil
    } catch {
      return error.description.replacing(directory.path + "/", with: "")
    }
  }
}

/// A catalogue held in memory, on the base files of the rule examples.
func catalogue(_ files: (String, String)...) throws -> Catalogue {
  try CatalogueLoader.load(files: RuleExample(.passes, "", files: Dictionary(files) { $1 }).catalogueFiles)
}

/// Lints `catalogue` with the rules and settings of `ruleset`.
func lint(_ catalogue: Catalogue, _ ruleset: Ruleset) throws -> LintResult {
  let date = CalendarDate(year: 2024, month: 6, day: 1)
  return try Linter(rules: ruleset.rules()).lint(
    catalogue, options: LintOptions(asOf: date, configuration: ruleset.configuration), today: date)
}
