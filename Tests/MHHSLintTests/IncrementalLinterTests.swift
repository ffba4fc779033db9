import Foundation
import MHHSCatalogue
import Testing

@testable import MHHSLint

/// ``IncrementalLinter`` after an edit to one file finds exactly what ``Linter`` finds on the
/// edited catalogue: on every rule's examples, each entity file edited to a bare `{"id": …}`
/// and back, and on the shipped catalogue under a chain of edits (there ``EditedCatalogue``
/// too, against the catalogue the loader reads).
struct IncrementalLinterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    var example: RuleExample
    var testDescription: String { "\(rule): \(example.title)" }
  }

  static let cases: [Case] = BuiltinRules.all.flatMap { rule in
    rule.description.examples.filter { !$0.files.isEmpty }.map {
      Case(rule: rule.description.id, example: $0)
    }
  }

  @Test("each entity file of a rule example, stripped to its id and restored", arguments: cases)
  func example(_ c: Case) throws {
    let asOf = try #require(CalendarDate(c.example.asOf))
    let options = LintOptions(asOf: asOf, release: c.example.release)
    let files = c.example.catalogueFiles
    for (n, file) in files.enumerated() {
      guard let id = Self.id(of: file) else { continue }
      var stripped = files
      stripped[n] = CatalogueLoader.File(file.relativePath, #"{ "id": "\#(id)" }"#)
      let original = try CatalogueLoader.load(files: files)
      let edited = try CatalogueLoader.load(files: stripped)
      try Self.expectSame(from: original, to: edited, file: file.relativePath, options: options, today: asOf)
      try Self.expectSame(from: edited, to: original, file: file.relativePath, options: options, today: asOf)
    }
  }

  @Test func shippedCatalogueUnderAChainOfEdits() throws {
    let directory = Self.root.appendingPathComponent("catalogue").path
    let today = CalendarDate(year: 2026, month: 12, day: 2)
    var edited = try EditedCatalogue(directory: directory)
    var incremental = IncrementalLinter(linter: Linter(), options: LintOptions(), today: today)
    _ = try incremental.lint(edited.catalogue)
    let folders = ["interfaces", "dataflows", "nfrs", "change-requests", "dataitems", "blocks", "datatypes"]
    var edits = 0
    var idChanges = 0
    var before = Self.byFile(try Linter().lint(edited.catalogue, options: LintOptions(), today: today))
    for folder in folders {
      let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/" + folder).sorted()
      for name in names.prefix(3) {
        let path = folder + "/" + name
        let text = try String(contentsOfFile: directory + "/" + path, encoding: .utf8)
        for variant in Self.variants(of: text) + [text] {
          guard let edit = try edited.replace(path, with: Array(variant.utf8)) else {
            Issue.record("\(path) is not a file of the catalogue")
            continue
          }
          if edit.before != edit.after { idChanges += 1 }
          let result = try incremental.lint(edited.catalogue, after: edit)
          // Only this file differs from the disk: the catalogue `mhhs lint` would read.
          let loaded = try CatalogueLoader.load(directory: directory, replacing: [path: Array(variant.utf8)])
          #expect(edited.catalogue.issues == loaded.issues, "issues after editing \(path)")
          #expect(edited.catalogue.interfaces.map(\.id.value) == loaded.interfaces.map(\.id.value))
          let expected = try Linter().lint(loaded, options: LintOptions(), today: today)
          #expect(Self.summary(result) == Self.summary(expected), "after editing \(path)")
          // Files the linter says it did not change have the findings they had.
          let after = Self.byFile(expected)
          if let changed = incremental.changedFiles {
            for file in Set(before.keys).union(after.keys).subtracting(changed) {
              #expect(before[file] == after[file], "\(file) changed after editing \(path), unannounced")
            }
          }
          before = after
          edits += 1
        }
      }
    }
    #expect(edits > 50)
    #expect(idChanges > 10, "some edits change which ids exist")
  }

  // MARK: Support

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Edits: another status, an unknown role, a bad version, a changed reference, a cited change
  /// request, the file stripped to its id, another id, and the file cut in half.
  static func variants(of text: String) -> [String] {
    var variants: [String] = []
    func replacing(_ old: String, _ new: String) {
      if let range = text.range(of: old) { variants.append(text.replacingCharacters(in: range, with: new)) }
    }
    replacing(#""status": "active""#, #""status": "withdrawn""#)
    replacing(#""from": [""#, #""from": ["ZZ"#)
    replacing(#""version": ""#, #""version": "x"#)
    replacing(#""replacedBy": ["IF-"#, #""replacedBy": ["IF-9"#)
    replacing(#""replaces": ["D"#, #""replaces": ["DX"#)
    replacing(#""dataType": "DT-"#, #""dataType": "DT-9"#)
    replacing(#""block": ""#, #""block": "X"#)
    replacing(#""changes": ["#, #""changes": ["CR999", "#)
    replacing(#""responseTimes""#, #""responseTimesX""#)
    if let value = try? JSONParser.parse(Array(text.utf8)).get(), let id = value[value: "id"]?.stringValue {
      variants.append(#"{ "id": "\#(id)" }"#)
      // Another id, and then a file left unreadable half-way through an edit.
      replacing(#""id": "\#(id)""#, #""id": "\#(id)9""#)
    }
    variants.append(String(text.dropLast(text.count / 2)))
    return variants
  }

  static func id(of file: CatalogueLoader.File) -> String? {
    guard file.relativePath.contains("/"), case .success(let bytes) = file.contents,
      let value = try? JSONParser.parse(bytes).get()
    else { return nil }
    return value[value: "id"]?.stringValue
  }

  /// Lints `original`, then `edited` (which differs in `file`) incrementally, and expects what
  /// a full lint of `edited` finds.
  static func expectSame(
    from original: Catalogue, to edited: Catalogue, file: String, options: LintOptions, today: CalendarDate
  ) throws {
    var incremental = IncrementalLinter(linter: Linter(), options: options, today: today)
    _ = try incremental.lint(original)
    let edit = EditedCatalogue.FileEdit(
      before: keys(in: original, file: file), after: keys(in: edited, file: file))
    let result = try incremental.lint(edited, after: edit)
    let expected = try Linter().lint(edited, options: options, today: today)
    #expect(summary(result) == summary(expected), "after editing \(file)")
  }

  static func keys(in catalogue: Catalogue, file relativePath: String) -> [EntityKey] {
    let file = CatalogueLoader.displayPath(catalogue.directory, relativePath)
    func keys(_ entities: [some Entity]) -> [EntityKey] {
      entities.filter { $0.origin.file == file }.map(\.key)
    }
    return keys(catalogue.roles) + keys(catalogue.releases) + keys(catalogue.interfaces)
      + keys(catalogue.dataflows) + keys(catalogue.nfrs) + keys(catalogue.changeRequests)
      + keys(catalogue.dataTypes) + keys(catalogue.dataItems) + keys(catalogue.blocks)
  }

  static func byFile(_ result: LintResult) -> [String: [String]] {
    Dictionary(grouping: summary(result), by: { String($0.prefix { $0 != ":" }) })
  }

  static func summary(_ result: LintResult) -> [String] {
    result.findings.map {
      "\($0.location.file):\($0.location.line):\($0.location.column) \($0.ruleID) \($0.severity) "
        + "\($0.isSuppressed) \($0.fingerprint) \($0.message)"
    }
  }
}
