import MHHSCatalogue
import Testing

@testable import MHHSLint

@Suite struct RulesetLoaderTests {
  static let builtin = BuiltinRules.all.map(\.description)
  static func rule(_ id: String) -> RuleDescription { builtin.first { $0.id == id }! }

  @Test func extendsChainsResolveRelativePathsAgainstTheExtendingFile() throws {
    let files = try RulesetFiles([
      "team/a.json": #"{ "extends": ["./shared/b.json"], "rules": { "design/dtn-outlier": "error" } }"#,
      "team/shared/b.json":
        #"{ "extends": ["../../c.json"], "rules": { "time/missing-time-basis": "info" } }"#,
      "c.json":
        #"{ "extends": ["recommended"], "rules": { "time/missing-time-basis": "off", "cr/after-freeze": "off" } }"#,
    ])
    let ruleset = try files.load("team/a.json")
    #expect(ruleset.configuration.rules["design/dtn-outlier"] == .severity(.error))
    // The nearer file wins over the one it extends.
    #expect(ruleset.configuration.rules["time/missing-time-basis"] == .severity(.info))
    #expect(ruleset.configuration.rules["cr/after-freeze"] == .off)
    #expect(
      ruleset.files.map { $0.replacing(files.directory.path + "/", with: "") } == [
        "team/a.json", "team/shared/b.json", "c.json",
      ])
  }

  @Test func recommendedResetsAndAllReEnablesAtLeastTheDefault() throws {
    let files = try RulesetFiles([
      "base.json":
        #"{ "rules": { "cr/after-freeze": "off", "design/dtn-outlier": "error", "nfr/missing-response-times": "hint" } }"#,
      "reset.json": #"{ "extends": ["./base.json", "recommended"] }"#,
      "all.json": #"{ "extends": ["./base.json", "all"] }"#,
    ])
    let reset = try files.load("reset.json").configuration
    #expect(reset.rules["cr/after-freeze"] == .severity(.info))
    #expect(reset.rules["design/dtn-outlier"] == .severity(.info))
    let all = try files.load("all.json").configuration
    #expect(all.rules["cr/after-freeze"] == .severity(.info))
    #expect(all.rules["design/dtn-outlier"] == .severity(.error))
    #expect(all.rules["nfr/missing-response-times"] == .severity(.warning))
    for rule in Self.builtin { #expect(all.isEnabled(rule), "\(rule.id)") }
  }

  @Test func aCycleIsAnErrorNamingItsFiles() throws {
    let files = try RulesetFiles([
      "a.json": #"{ "extends": ["./b.json"] }"#,
      "b.json": "{\n  \"extends\": [\"recommended\", \"sub/../a.json\"]\n}",
      "self.json": #"{ "extends": ["self.json"] }"#,
    ])
    #expect(
      files.error("a.json")
        == "b.json:2:30: `extends` makes a cycle: a.json → b.json → a.json; remove one of these `extends` entries"
    )
    #expect(
      files.error("self.json")?.hasPrefix("self.json:1:15: `extends` makes a cycle: self.json → self.json")
        == true)
  }

  @Test func laterOverridesWin() throws {
    let files = try RulesetFiles([
      "base.json":
        #"{ "overrides": [ { "entities": ["IF-0*"], "rules": { "time/missing-time-basis": "error" } } ] }"#,
      "team.json": #"""
      { "extends": ["base.json"],
        "overrides": [
          { "entities": ["IF-06*", "REP-*"], "rules": { "time/missing-time-basis": "off" } },
          { "entities": ["IF-061"], "rules": { "time/missing-time-basis": "hint" } }
        ] }
      """#,
    ])
    let configuration = try files.load("team.json").configuration
    let rule = Self.rule("time/missing-time-basis")
    #expect(configuration.severity(of: rule, for: "IF-021") == .error)
    #expect(configuration.severity(of: rule, for: "IF-062") == nil)
    #expect(configuration.severity(of: rule, for: "REP-002A") == nil)
    #expect(configuration.severity(of: rule, for: "IF-061") == .hint)
    #expect(configuration.severity(of: rule, for: "IF-165") == .warning)
  }

  @Test func aRulesetReachedTwiceDefinesItsRulesOnce() throws {
    let define =
      #"{ "id": "local/x", "summary": "s", "severity": "info", "given": { "kind": "nfr" }, "then": { "field": "title", "check": "present" } }"#
    let files = try RulesetFiles([
      "d.json": #"{ "define": [\#(define)] }"#,
      "b.json": #"{ "extends": ["d.json"] }"#,
      "c.json": #"{ "extends": ["d.json"], "rules": { "local/x": "error" } }"#,
      "a.json": #"{ "extends": ["b.json", "c.json"] }"#,
      "clash.json": "{ \"extends\": [\"d.json\"],\n  \"define\": [\(define)] }",
    ])
    let ruleset = try files.load("a.json")
    #expect(ruleset.definedRules.map(\.description.id) == ["local/x"])
    #expect(ruleset.configuration.rules["local/x"] == .severity(.error))
    #expect(
      files.error("clash.json")
        == "clash.json:2:22: `local/x` is already defined at d.json:1:22; give this rule another id")
  }

  @Test func definedRulesCanBeConfiguredInTheirOwnFileAndInFilesThatExtendIt() throws {
    let files = try RulesetFiles([
      "team.json": #"""
      { "rules": { "local/x": "hint" },
        "overrides": [ { "entities": ["IF-0*"], "rules": { "local/x": "off" } } ],
        "define": [ { "id": "local/x", "summary": "s", "severity": "warning", "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" } } ] }
      """#
    ])
    let ruleset = try files.load("team.json")
    let rule = try #require(ruleset.definedRules.first)
    #expect(ruleset.configuration.severity(of: rule.description, for: "IF-165") == .hint)
    #expect(ruleset.configuration.severity(of: rule.description, for: "IF-021") == nil)
  }

  @Test func theDefaultRulesetSitsBesideTheCatalogue() {
    #expect(RulesetLoader.defaultPath(forCatalogue: "catalogue") == "rules/recommended.json")
    #expect(RulesetLoader.defaultPath(forCatalogue: "catalogue/") == "rules/recommended.json")
    #expect(RulesetLoader.defaultPath(forCatalogue: "work/cat") == "work/rules/recommended.json")
    #expect(RulesetLoader.defaultPath(forCatalogue: ".") == "../rules/recommended.json")
    #expect(RulesetLoader.defaultPath(forCatalogue: "/srv/cat") == "/srv/rules/recommended.json")
  }

  // MARK: Every error message

  struct BadRuleset: CustomTestStringConvertible, Sendable {
    var name: String
    var json: String
    var error: String
    var testDescription: String { name }
  }

  static let define = #""id": "local/x", "summary": "s", "severity": "warning""#

  static let bad: [BadRuleset] = [
    .init(
      name: "invalid JSON", json: "{ \"rules\": {}, }",
      error:
        "r.json:1:16: invalid JSON: trailing comma before '}'; a ruleset is strict JSON (no comments, no trailing commas)"
    ),
    .init(
      name: "not an object", json: "[]",
      error: "r.json:1:1: a ruleset must be an object, not an array; write { … }"),
    .init(
      name: "unknown top-level key", json: "{\n  \"rule\": {}\n}",
      error:
        "r.json:2:3: unknown key in a ruleset; did you mean `rules`? the keys of a ruleset are `extends`, `rules`, `overrides`, `define`"
    ),
    .init(
      name: "unknown rule id", json: "{\n  \"rules\": { \"nfr/missing-respons-times\": \"error\" }\n}",
      error:
        "r.json:2:14: unknown rule `nfr/missing-respons-times`; did you mean `nfr/missing-response-times`? `mhhs rules` lists the rule ids (rules of your own are defined under `define` with ids starting `local/`)"
    ),
    .init(
      name: "bad severity", json: "{\n  \"rules\": { \"cr/after-freeze\": \"warn\" }\n}",
      error: "r.json:2:33: `warn` is not a severity; write one of error, warning, info, hint, off"),
    .init(
      name: "severity not a string", json: #"{ "rules": { "cr/after-freeze": 2 } }"#,
      error:
        "r.json:1:33: a severity must be a string, not a number; write one of error, warning, info, hint, off"
    ),
    .init(
      name: "extends not strings", json: #"{ "extends": [1] }"#,
      error: #"r.json:1:15: each entry of `extends` must be a string, not a number; write ["recommended"]"#),
    .init(
      name: "missing extended file", json: #"{ "extends": ["recomended"] }"#,
      error:
        "r.json:1:15: cannot read ruleset recomended: no such file (did you mean `recommended`?); write `recommended`, `all` or the path of a ruleset file relative to this one"
    ),
    .init(
      name: "bad glob", json: #"{ "overrides": [ { "entities": ["IF 06*"], "rules": {} } ] }"#,
      error:
        #"r.json:1:33: `IF 06*` is not an entity glob; use the letters, digits, `-` and `.` of ids with `*` (any run) and `?` (one character), e.g. "IF-06*""#
    ),
    .init(
      name: "override without rules", json: #"{ "overrides": [ { "entities": ["IF-06*"] } ] }"#,
      error:
        #"r.json:1:18: an override needs `entities` and `rules`; write { "entities": ["IF-06*"], "rules": { "time/missing-time-basis": "off" } }"#
    ),
    .init(
      name: "override for no entities", json: #"{ "overrides": [ { "entities": [], "rules": {} } ] }"#,
      error: #"r.json:1:32: `entities` must list at least one glob; write ["IF-06*"]"#),
    .init(
      name: "unknown key in an override",
      json: #"{ "overrides": [ { "entity": ["IF-06*"], "rules": {} } ] }"#,
      error:
        "r.json:1:20: unknown key `entity` in an override; the keys of an override are `entities`, `rules`"),
    .init(
      name: "define id without local/",
      json:
        #"{ "define": [ { "id": "dip-needs-process", "summary": "s", "severity": "warning", "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" } } ] }"#,
      error:
        #"r.json:1:23: a defined rule's id must start with `local/` and use letters, digits, `-` and `/`; write "local/dip-needs-process""#
    ),
    .init(
      name: "define without then",
      json: #"{ "define": [ { \#(define), "given": { "kind": "interface" } } ] }"#,
      error:
        #"r.json:1:15: a rule definition needs `then`; write "then": { "field": "process", "check": "present" }"#
    ),
    .init(
      name: "define that is off",
      json:
        #"{ "define": [ { "id": "local/x", "summary": "s", "severity": "off", "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" } } ] }"#,
      error:
        "r.json:1:62: a defined rule cannot be `off` by default; write error, warning, info or hint (and turn it off under `rules`)"
    ),
    .init(
      name: "unknown kind",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interfaces" }, "then": { "field": "process", "check": "present" } } ] }"#,
      error:
        "r.json:1:92: unknown kind `interfaces`; did you mean `interface`? write one of interface, dataflow, nfr, changeRequest"
    ),
    .init(
      name: "unknown field",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "responseTimes.eror.within", "check": "present" } } ] }"#,
      error:
        "r.json:1:126: `responseTimes.eror.within` is not a field of an interface; did you mean `responseTimes.error.within`? write a dotted path of the catalogue format such as `responseTimes.acknowledgement`"
    ),
    .init(
      name: "unknown where field",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "dataflow", "where": { "disposition": "removed" } }, "then": { "field": "name", "check": "present" } } ] }"#,
      error:
        "r.json:1:115: `disposition` is not a field of a D-flow; write a dotted path of the catalogue format such as `routes.from`"
    ),
    .init(
      name: "unknown check",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "exists" } } ] }"#,
      error:
        "r.json:1:146: unknown check `exists`; write one of present, absent, nonEmpty, pattern, oneOf, references"
    ),
    .init(
      name: "pattern without pattern",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "pattern" } } ] }"#,
      error: #"r.json:1:115: check `pattern` needs `pattern`; write "pattern": "^CR\\d{3}$""#),
    .init(
      name: "bad regular expression",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "pattern", "pattern": "([A-Z" } } ] }"#,
      error:
        "r.json:1:168: invalid `pattern`: missing ] to close the class opened at offset 1; write \\[ for a literal bracket"
    ),
    .init(
      name: "pattern that needs backtracking",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "pattern", "pattern": "^(a)\\1$" } } ] }"#,
      error:
        #"r.json:1:168: invalid `pattern`: backreference \1 at offset 4 needs backtracking, which mhhs does not run; rewrite without it"#
    ),
    .init(
      name: "pattern too large to run",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "pattern", "pattern": "(a{1000}){1000}" } } ] }"#,
      error:
        "r.json:1:168: invalid `pattern`: the repetition at offset 0 needs more than 10000 matcher steps (a count repeats everything before it, and counts inside counts multiply); use smaller counts"
    ),
    .init(
      name: "values without oneOf",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "present", "values": ["a"] } } ] }"#,
      error: #"r.json:1:157: `values` only goes with "check": "oneOf"; remove it, or write "check": "oneOf""#),
    .init(
      name: "references to an unknown kind",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "references", "kind": "process" } } ] }"#,
      error:
        "r.json:1:168: unknown kind `process`; write one of interface, dataflow, nfr, changeRequest, release, role, dataType, dataItem, block"
    ),
    .init(
      name: "unknown message placeholder",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" }, "message": "{ids} has none" } ] }"#,
      error:
        "r.json:1:170: unknown placeholder `{ids}` in `message`; did you mean `{id}`? a message may use {id}, {name}, {field}, {value}"
    ),
    .init(
      name: "unknown key in then",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "fields": "process", "check": "present" } } ] }"#,
      error:
        "r.json:1:117: unknown key `fields` in `then`; did you mean `field`? the keys of `then` are `field`, `check`, `pattern`, `values`, `kind`"
    ),
    .init(
      name: "rules not an object", json: #"{ "rules": ["off"] }"#,
      error:
        #"r.json:1:12: `rules` must be an object of rule ids and severities, not an array; write { "nfr/missing-response-times": "error" }"#
    ),
    .init(
      name: "overrides not an array", json: #"{ "overrides": {} }"#,
      error:
        #"r.json:1:16: `overrides` must be an array, not an object; write "overrides": [ { "entities": ["IF-06*"], "rules": { … } } ]"#
    ),
    .init(
      name: "define not an array", json: #"{ "define": {} }"#,
      error:
        #"r.json:1:13: `define` must be an array of rule definitions, not an object; write "define": [ { "id": "local/…", … } ]"#
    ),
    .init(
      name: "define without id",
      json:
        #"{ "define": [ { "summary": "s", "severity": "warning", "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" } } ] }"#,
      error: #"r.json:1:15: a rule definition needs `id`; write "id": "local/dip-interface-needs-process""#),
    .init(
      name: "empty summary",
      json:
        #"{ "define": [ { "id": "local/x", "summary": " ", "severity": "warning", "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" } } ] }"#,
      error:
        #"r.json:1:45: `summary` must not be empty; write "Every DIP interface names its business process""#),
    .init(
      name: "given without kind",
      json:
        #"{ "define": [ { \#(define), "given": { "where": { "transport": "dip" } }, "then": { "field": "process", "check": "present" } } ] }"#,
      error: #"r.json:1:82: `given` needs `kind`; write "kind": "interface""#),
    .init(
      name: "where value that is an object",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface", "where": { "transport": { "is": "dip" } } }, "then": { "field": "process", "check": "present" } } ] }"#,
      error:
        #"r.json:1:129: a `where` field must equal a value or one of a non-empty list; write "dip" or ["dip", "dtn"]"#
    ),
    .init(
      name: "oneOf with no values",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "timeBasis", "check": "oneOf", "values": [] } } ] }"#,
      error: #"r.json:1:167: `values` must list at least one value; write ["utc", "clock"]"#),
    .init(
      name: "references without kind",
      json:
        #"{ "define": [ { \#(define), "given": { "kind": "interface" }, "then": { "field": "replaces", "check": "references" } } ] }"#,
      error: #"r.json:1:115: check `references` needs `kind`; write "kind": "changeRequest""#),
  ]

  @Test("ruleset error", arguments: bad)
  func errorMessage(_ c: BadRuleset) throws {
    let files = try RulesetFiles(["r.json": c.json])
    #expect(files.error("r.json") == c.error)
  }

  @Test func aMissingRulesetFileSaysSo() throws {
    let files = try RulesetFiles([:])
    #expect(
      files.error("none.json")
        == "none.json: cannot read ruleset none.json: no such file; check the path given to --ruleset")
  }
}
