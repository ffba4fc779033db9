import MHHSCatalogue
import Testing

@testable import MHHSLint

@Suite struct DefinedRuleTests {
  /// Loads one rule defined as `body` (the members after id, summary and severity).
  static func ruleset(_ body: String, id: String = "local/x") throws -> Ruleset {
    let files = try RulesetFiles([
      "team.json": #"{ "define": [ { "id": "\#(id)", "summary": "s", "severity": "warning", \#(body) } ] }"#
    ])
    return try files.load("team.json")
  }

  /// The messages of the rule's findings, by entity.
  static func fired(_ body: String, on catalogue: Catalogue) throws -> [String] {
    try lint(catalogue, ruleset(body)).findings.filter { $0.ruleID == "local/x" }.map {
      "\($0.entityID ?? "-"): \($0.message)"
    }
  }

  static let dip = ExampleFile.interface(
    "IF-001", #", "process": "BP007", "codeDraftingName": "Consumption Data""#)
  static let dipWithoutProcess = ExampleFile.interface("IF-002")
  static let dtn = ExampleFile.interface("IF-003", transport: "dtn")

  @Test func presentFiresWhereTheFieldIsMissing() throws {
    let body = #""given": { "kind": "interface" }, "then": { "field": "process", "check": "present" }"#
    #expect(try Self.fired(body, on: catalogue(Self.dip)) == [])
    #expect(
      try Self.fired(body, on: catalogue(Self.dipWithoutProcess)) == ["IF-002: IF-002 has no `process`"])
  }

  @Test func presentPointsAtTheDeepestEnclosingValue() throws {
    let body =
      #""given": { "kind": "interface" }, "then": { "field": "responseTimes.error.within", "check": "present" }"#
    let c = try catalogue(
      ExampleFile.interface("IF-001", #", "responseTimes": { "success": { "within": "PT1H" } }"#))
    let finding = try #require(lint(c, Self.ruleset(body)).findings.first { $0.ruleID == "local/x" })
    #expect(finding.location.pointer == "/responseTimes")
    #expect(finding.location.file == "catalogue/interfaces/IF-001.json")
    #expect(finding.location.column > 1)
    let passing = try catalogue(
      ExampleFile.interface("IF-001", #", "responseTimes": { "error": { "within": "PT6S" } }"#))
    #expect(try Self.fired(body, on: passing) == [])
  }

  @Test func absentFiresWhereTheFieldIsThere() throws {
    let body =
      #""given": { "kind": "interface" }, "then": { "field": "codeDraftingName", "check": "absent" }"#
    #expect(try Self.fired(body, on: catalogue(Self.dipWithoutProcess)) == [])
    #expect(
      try Self.fired(body, on: catalogue(Self.dip)) == [
        "IF-001: IF-001 has `codeDraftingName`, which should be absent"
      ])
  }

  @Test func nonEmptyFiresOnMissingAndEmptyValues() throws {
    let body = #""given": { "kind": "interface" }, "then": { "field": "events", "check": "nonEmpty" }"#
    #expect(
      try Self.fired(body, on: catalogue(ExampleFile.interface("IF-001", #", "events": ["ActivePower"]"#)))
        == [])
    #expect(
      try Self.fired(body, on: catalogue(ExampleFile.interface("IF-001", #", "events": []"#)))
        == ["IF-001: IF-001 has no `events`, or it is empty"])
    #expect(try Self.fired(body, on: catalogue(ExampleFile.interface("IF-001"))).count == 1)
  }

  @Test func patternChecksEveryValueAndSkipsAbsentOnes() throws {
    let body =
      #""given": { "kind": "dataflow" }, "then": { "field": "mhhs.replacedBy", "check": "pattern", "pattern": "^IF-\\d{3}$" }"#
    let good = ExampleFile.dataflow(
      "D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-021", "IF-022"] }"#)
    let bad = ExampleFile.dataflow(
      "D0002", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-021", "REP-002"] }"#)
    let none = ExampleFile.dataflow("D0003")
    #expect(try Self.fired(body, on: catalogue(good, none)) == [])
    #expect(
      try Self.fired(body, on: catalogue(bad))
        == [#"D0002: D0002 `mhhs.replacedBy` is "REP-002", which does not match `^IF-\d{3}$`"#])
  }

  @Test func patternSearchesUnlessAnchored() throws {
    let unanchored =
      #""given": { "kind": "interface" }, "then": { "field": "name", "check": "pattern", "pattern": "interface" }"#
    #expect(try Self.fired(unanchored, on: catalogue(Self.dip)) == [])
    let anchored =
      #""given": { "kind": "interface" }, "then": { "field": "name", "check": "pattern", "pattern": "^interface$" }"#
    #expect(try Self.fired(anchored, on: catalogue(Self.dip)).count == 1)
  }

  @Test func patternDoesNotReadOverlongValues() throws {
    let body =
      #""given": { "kind": "interface" }, "then": { "field": "name", "check": "pattern", "pattern": "^a+$" }"#
    let long = String(repeating: "a", count: DefinedRule.maximumPatternInput + 1)
    let c = try catalogue(
      (
        "interfaces/IF-001.json",
        #"{ "id": "IF-001", "name": "\#(long)", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#
      ))
    let fired = try Self.fired(body, on: c)
    #expect(
      fired == [
        "IF-001: IF-001 `name` is longer than 1000 characters, so its pattern was not checked; shorten it"
      ])
  }

  @Test func catastrophicPatternsInManyRulesFinishQuickly() throws {
    // `^(a+)+$` backtracks exponentially on "aaa…!"; 2,000 rules, each on the longest value
    // a pattern is given, ran for minutes when each match had a time limit instead.
    let count = 2_000
    let rules = (0..<count).map {
      #"{ "id": "local/p\#($0)", "summary": "s", "severity": "warning", "given": { "kind": "interface" }, "then": { "field": "name", "check": "pattern", "pattern": "^(a+)+$" } }"#
    }
    let ruleset = try RulesetFiles(["team.json": #"{ "define": [ \#(rules.joined(separator: ", ")) ] }"#])
      .load("team.json")
    let evil = String(repeating: "a", count: DefinedRule.maximumPatternInput - 1) + "!"
    let c = try catalogue(
      (
        "interfaces/IF-001.json",
        #"{ "id": "IF-001", "name": "\#(evil)", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"] }"#
      ))
    var findings: [Finding] = []
    let elapsed = try ContinuousClock().measure { findings = try lint(c, ruleset).findings }
    let fired = findings.filter { $0.ruleID.hasPrefix("local/p") }
    #expect(fired.count == count)
    #expect(fired.allSatisfy { $0.message.hasSuffix("which does not match `^(a+)+$`") })
    #expect(elapsed < .seconds(60))  // a hang guard: this takes about a second in a debug build
  }

  @Test func oneOfChecksEveryValue() throws {
    let body =
      #""given": { "kind": "interface" }, "then": { "field": "to", "check": "oneOf", "values": ["SUP", "LSS"] }"#
    #expect(try Self.fired(body, on: catalogue(Self.dip)) == [])
    let mds = ExampleFile.interface("IF-001").1.replacing(#""to": ["SUP"]"#, with: #""to": ["SUP", "MDS"]"#)
    #expect(
      try Self.fired(body, on: catalogue(("interfaces/IF-001.json", mds)))
        == [#"IF-001: IF-001 `to` is "MDS", which is not one of `SUP`, `LSS`"#])
  }

  @Test func referencesChecksTheCatalogue() throws {
    let body =
      #""given": { "kind": "interface" }, "then": { "field": "replaces", "check": "references", "kind": "dataflow" }"#
    let replaces = ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#)
    #expect(try Self.fired(body, on: catalogue(replaces, ExampleFile.dataflow("D0001"))) == [])
    #expect(
      try Self.fired(body, on: catalogue(replaces))
        == [#"IF-001: IF-001 `replaces` names D-flow "D0001", which is not in the catalogue"#])
  }

  @Test func whereSelectsByValueOrList() throws {
    let single =
      #""given": { "kind": "interface", "where": { "transport": "dip" } }, "then": { "field": "process", "check": "present" }"#
    #expect(
      try Self.fired(single, on: catalogue(Self.dip, Self.dipWithoutProcess, Self.dtn)) == [
        "IF-002: IF-002 has no `process`"
      ])
    let list =
      #""given": { "kind": "interface", "where": { "transport": ["dip", "dtn"], "status": "active" } }, "then": { "field": "process", "check": "present" }"#
    #expect(
      try Self.fired(list, on: catalogue(Self.dip, Self.dipWithoutProcess, Self.dtn))
        == ["IF-002: IF-002 has no `process`", "IF-003: IF-003 has no `process`"])
    let dotted =
      #""given": { "kind": "dataflow", "where": { "mhhs.disposition": "removed" } }, "then": { "field": "mhhs.decision", "check": "present" }"#
    let removed = ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed" }"#)
    let retained = ExampleFile.dataflow("D0002", #", "mhhs": { "disposition": "retained" }"#)
    #expect(
      try Self.fired(dotted, on: catalogue(removed, retained)) == ["D0001: D0001 has no `mhhs.decision`"])
  }

  @Test func messagesFillInIdNameFieldAndValue() throws {
    let body =
      #""given": { "kind": "dataflow" }, "then": { "field": "mhhs.decision", "check": "pattern", "pattern": "^DAG-DEC\\d+$" }, "message": "{id} ({name}): {field} is {value}; {unknown braces} stay {" "#
    let flow = ExampleFile.dataflow(
      "D0001", #", "mhhs": { "disposition": "removed", "decision": "DAG31-03" }"#)
    #expect(
      try Self.fired(body, on: catalogue(flow))
        == ["D0001: D0001 (Example flow): mhhs.decision is DAG31-03; {unknown braces} stay {"])
    let template = try MessageTemplate("{id}{{value}}")
    #expect(template.render(id: "a", name: "b", field: "c", value: "d") == "a{d}")
  }

  @Test func definedRulesTakeTheirSeverityFromTheRulesetAndAreKnownToExemptions() throws {
    let files = try RulesetFiles([
      "team.json": #"""
      { "rules": { "local/x": "error" },
        "define": [ { "id": "local/x", "summary": "s", "severity": "info", "given": { "kind": "interface" }, "then": { "field": "process", "check": "present" } } ] }
      """#
    ])
    let ruleset = try files.load("team.json")
    let exempt = ExampleFile.interface(
      "IF-001",
      #", "exemptions": [ { "rule": "local/x", "reason": "no process yet", "decision": "DAG-DEC57" } ]"#)
    let result = try lint(catalogue(exempt, Self.dipWithoutProcess), ruleset)
    let local = result.findings.filter { $0.ruleID == "local/x" }
    #expect(local.map(\.severity) == [.error, .error])
    #expect(local.first { $0.entityID == "IF-001" }?.isSuppressed == true)
    #expect(!result.findings.contains { $0.message.contains("local/x") && $0.ruleID != "local/x" })
  }

  @Test func theFieldTreeCoversEveryPathItNames() throws {
    let full = ExampleFile.interface(
      "IF-001",
      #", "events": ["A"], "schemaVersion": "011", "process": "BP007", "responseTimes": { "acknowledgement": { "within": "PT6S", "nfr": "E1" }, "success": { "within": "PT1H", "nfr": "E1" }, "error": { "within": "PT6S", "nfr": "E1" } }, "timeBasis": "utc", "codeDraftingName": "C", "replaces": ["D0001"], "introducedIn": "M5", "withdrawnIn": "IR8", "payload": [ { "events": ["A"], "blocks": [ { "block": "S1", "name": "S1x", "section": "common", "required": true, "list": { "min": 1, "max": 2 } } ] } ], "exemptions": [ { "rule": "r", "reason": "x", "decision": "DAG-DEC1", "changeRequest": "CR001", "expires": "2030-01-01" } ], "history": [ { "version": "1.0", "release": "M5", "changes": ["CR001"], "summary": "s" } ], "sources": ["s"]"#
    )
    let tree = FieldTree.of(try #require(catalogue(full).interface("IF-001")))
    for path in FieldTree.paths[.interface]! {
      let places = tree.places(path.split(separator: ".").map(String.init))
      #expect(!places.isEmpty && places.allSatisfy { if case .found = $0 { true } else { false } }, "\(path)")
    }
  }
}
