import MHHSCatalogue
import Testing

@testable import MHHSLint

/// What `extends` may reach, how far and how often, what a ruleset may define twice, and that
/// a file which is not a ruleset is never quoted back.
@Suite struct RulesetExtendsTests {
  static let define =
    #"{ "id": "local/x", "summary": "s", "severity": "info", "given": { "kind": "nfr" }, "then": { "field": "title", "check": "present" } }"#

  @Test func theSameIDTwiceInOneFileIsAnErrorGivingBothPlaces() throws {
    let files = try RulesetFiles(["r.json": "{ \"define\": [\n  \(Self.define),\n  \(Self.define)\n] }"])
    #expect(
      files.error("r.json")
        == "r.json:3:11: `local/x` is already defined at r.json:2:11; give this rule another id")
  }

  @Test func aFileReachedTwiceWithTwoDefinitionsOfOneIDIsStillAnError() throws {
    let files = try RulesetFiles([
      "d.json": "{ \"define\": [\n  \(Self.define),\n  \(Self.define)\n] }",
      "a.json": #"{ "extends": ["d.json", "d.json"] }"#,
    ])
    #expect(
      files.error("a.json")?.hasPrefix("d.json:3:11: `local/x` is already defined at d.json:2:11") == true)
  }

  @Test func absolutePathsAreRefusedAtTheEntry() throws {
    let files = try RulesetFiles(["base.json": "{}"])
    let absolute = files.path("base.json")
    try files.write("r.json", "{\n  \"extends\": [\"recommended\", \"\(absolute)\"]\n}")
    #expect(
      files.error("r.json")
        == #"r.json:2:30: `extends` takes paths relative to this ruleset, not absolute ones, so that it works in every checkout; write `recommended`, `all` or a path such as "../shared/team.json""#
    )
  }

  @Test func pathsMayGoUpToSharedRulesets() throws {
    let files = try RulesetFiles([
      "shared/base.json": #"{ "rules": { "cr/after-freeze": "off" } }"#,
      "team/r.json": #"{ "extends": ["../shared/base.json"] }"#,
    ])
    let ruleset = try files.load("team/r.json")
    #expect(ruleset.configuration.rules["cr/after-freeze"] == .off)
  }

  @Test func controlCharactersInAPathAreRefusedRatherThanCutShort() throws {
    let files = try RulesetFiles([
      "base.json": "{}",
      "r.json": #"{ "extends": ["base.json\u0000.txt"] }"#,
    ])
    #expect(
      files.error("r.json")
        == "r.json:1:15: an `extends` path must not contain control characters; write the path of a ruleset file relative to this one"
    )
  }

  /// Files of other kinds, and what a message quoting them would show.
  static let notRulesets: [(String, String, String)] = [
    ("text", "Zq:$6$secret:19000:0:99999:7:::\n", "'Z'"),
    ("JSON of another format", #"{ "Zqtoken": "x" }"#, "Zq"),
    ("duplicate key", #"{ "Zq": 1, "Zq": 2 }"#, "Zq"),
    ("control character", "{ \"a\": \"x\u{1}\" }", "0001"),
    ("byte", "{ \u{7F} }", "7F"),
  ]

  @Test("a file that is not a ruleset is not quoted", arguments: notRulesets)
  func aFileThatIsNotARulesetIsNotQuoted(_ name: String, _ content: String, _ quoted: String) throws {
    let files = try RulesetFiles(["other": content, "r.json": #"{ "extends": ["other"] }"#])
    for path in ["r.json", "other"] {
      let message = files.error(path)
      let error = try #require(message)
      #expect(error.hasPrefix("other:1:"), "\(error)")
      #expect(!error.contains(quoted), "\(error)")
    }
  }

  @Test func aChainTooLongNamesTheChain() throws {
    var contents: [String: String] = [:]
    for i in 0..<40 { contents["f\(i).json"] = #"{ "extends": ["f\#(i + 1).json"] }"# }
    contents["f40.json"] = "{}"
    let files = try RulesetFiles(contents)
    let message = files.error("f0.json")
    let error = try #require(message)
    #expect(error.hasPrefix("f31.json:1:15: `extends` chains more than 32 rulesets (f0.json → f1.json → "))
    #expect(error.contains("→ f31.json → f32.json); extend fewer files in a row"))
  }

  /// Each file extends the next one twice: read naively, 2^30 files. Hangs rather than fails
  /// without the bound.
  @Test func aFileExtendedTwiceInEveryLinkIsBounded() throws {
    var contents: [String: String] = [:]
    for i in 0..<30 { contents["f\(i).json"] = #"{ "extends": ["f\#(i + 1).json", "f\#(i + 1).json"] }"# }
    contents["f30.json"] = "{}"
    let files = try RulesetFiles(contents)
    let message = files.error("f0.json")
    let error = try #require(message)
    #expect(error.contains("`extends` reaches more than 100 ruleset files in all"), "\(error)")
    #expect(error.contains("(here through f0.json → f1.json → "), "\(error)")
  }
}
