import Foundation
import Testing

@testable import mhhs

/// The CI files `mhhs init` writes, and the README's examples, against what this repository
/// offers: the workflow passes only inputs that `action.yml` declares and reads only its
/// outputs, and the pre-commit configuration names only hooks of `.pre-commit-hooks.yaml`. Read
/// line by line: these files use plain block YAML for the parts read here.
@Suite struct ScaffoldCITests {
  static func read(_ path: String) throws -> String {
    try String(contentsOf: CLIFixture.packageRoot.appendingPathComponent(path), encoding: .utf8)
  }

  /// The lines of `text` without comments and trailing spaces, with each line's indentation.
  static func lines(_ text: String) -> [(indent: Int, text: Substring)] {
    text.split(separator: "\n").compactMap { line in
      let body = line.drop { $0 == " " }
      guard !body.isEmpty, !body.hasPrefix("#") else { return nil }
      return (line.count - body.count, body)
    }
  }

  /// The keys of the block mapping under the top-level key `section` of a YAML file.
  static func topLevelKeys(under section: String, in text: String) -> [String] {
    var keys: [String] = []
    var inside = false
    var keyIndent: Int?
    for (indent, line) in lines(text) {
      if indent == 0 {
        inside = line == "\(section):"
        continue
      }
      guard inside, keyIndent == nil || indent == keyIndent, let colon = line.firstIndex(of: ":") else {
        continue
      }
      keyIndent = indent
      keys.append(String(line[..<colon]))
    }
    return keys
  }

  /// The `with:` keys of each step in `text` that uses `action` (`uses: OWNER/NAME@REF`).
  static func withKeys(ofStepsUsing action: String, in text: String) -> [[String]] {
    let all = lines(text)
    var result: [[String]] = []
    for (i, (indent, line)) in all.enumerated() {
      let body = line.hasPrefix("- ") ? line.dropFirst(2) : line
      guard body.hasPrefix("uses: \(action)@") else { continue }
      let keyColumn = indent + (line.count - body.count)
      var keys: [String] = []
      var j = i + 1
      // The step's other keys, at the column of `uses`, until `with:`.
      while j < all.count, all[j].indent == keyColumn, all[j].text != "with:" { j += 1 }
      if j < all.count, all[j].indent == keyColumn, all[j].text == "with:" {
        j += 1
        while j < all.count, all[j].indent > keyColumn {
          let entry = all[j].text
          if all[j].indent == keyColumn + 2, let colon = entry.firstIndex(of: ":") {
            keys.append(String(entry[..<colon]))
          }
          j += 1
        }
      }
      result.append(keys)
    }
    return result
  }

  /// The ids of `- id: X` entries in `text`.
  static func hookIDs(in text: String) -> [String] {
    lines(text).compactMap { _, line in
      line.hasPrefix("- id: ") ? String(line.dropFirst("- id: ".count)) : nil
    }
  }

  /// Where the action is referred to: the scaffold's workflow and the README's example.
  static func workflows() throws -> [(name: String, text: String)] {
    [
      ("scaffold .github/workflows/mhhs.yml", ScaffoldTemplates.githubWorkflow),
      ("README.md", try read("README.md")),
    ]
  }

  @Test("the line reader finds action.yml's inputs and outputs")
  func actionInterface() throws {
    let action = try Self.read("action.yml")
    let inputs = Self.topLevelKeys(under: "inputs", in: action)
    #expect(inputs == ["catalogue", "ruleset", "baseline", "fail-on", "release", "base-ref", "sarif-file"])
    #expect(Self.topLevelKeys(under: "outputs", in: action) == ["sarif-file"])
    // Every input the action declares is read by one of its steps.
    for input in inputs { #expect(action.contains("inputs.\(input) }}"), "\(input)") }
  }

  @Test("the workflows pass the action only inputs it declares, and read only its outputs")
  func workflowsUseTheActionsNames() throws {
    let action = try Self.read("action.yml")
    let inputs = Set(Self.topLevelKeys(under: "inputs", in: action))
    let outputs = Set(Self.topLevelKeys(under: "outputs", in: action))
    for (name, text) in try Self.workflows() {
      let steps = Self.withKeys(ofStepsUsing: "OWNER/mhhs-catalogue", in: text)
      #expect(steps.count == 1, "\(name)")
      for keys in steps {
        #expect(!keys.isEmpty, "\(name)")
        #expect(
          Set(keys).subtracting(inputs).isEmpty, "\(name) passes \(keys); the action takes \(inputs.sorted())"
        )
      }
      let read = try text.matches(of: Regex(#"steps\.mhhs\.outputs\.([A-Za-z0-9_-]+)"#)).compactMap {
        $0.output[1].substring.map(String.init)
      }
      #expect(!read.isEmpty, "\(name) uploads the SARIF file")
      #expect(Set(read).isSubset(of: outputs), "\(name) reads \(read)")
    }
  }

  @Test("the workflow reader sees a misspelt input")
  func readerSeesMisspeltInput() {
    let text = ScaffoldTemplates.githubWorkflow.replacing("fail-on:", with: "fail_on:")
    let keys = Self.withKeys(ofStepsUsing: "OWNER/mhhs-catalogue", in: text).first ?? []
    #expect(keys.contains("fail_on") && !keys.contains("fail-on"))
  }

  @Test("the pre-commit configurations name hooks that .pre-commit-hooks.yaml offers")
  func preCommitHookIDs() throws {
    let offered = Self.hookIDs(in: try Self.read(".pre-commit-hooks.yaml"))
    #expect(offered == ["mhhs-lint", "mhhs-import-check"])
    let readme = try Self.read("README.md")
    let readmeConfig = String(readme[try #require(readme.range(of: "repos:\n")).lowerBound...])
    for (name, text) in [("scaffold", ScaffoldTemplates.preCommitConfig), ("README.md", readmeConfig)] {
      let used = Self.hookIDs(in: text.components(separatedBy: "```").first ?? text)
      #expect(!used.isEmpty, "\(name)")
      #expect(Set(used).isSubset(of: offered), "\(name) names \(used)")
    }
  }

  @Test("the CI files pin mhhs at the tag of the version that wrote them")
  func pinnedToThisVersion() {
    let tag = "v" + CommandRunner.version
    #expect(ScaffoldTemplates.githubWorkflow.contains("uses: OWNER/mhhs-catalogue@\(tag)\n"))
    #expect(ScaffoldTemplates.preCommitConfig.contains("rev: \(tag)\n"))
    #expect(ScaffoldTemplates.gitlabCI.contains("MHHS_REF: \(tag)\n"))
  }
}
