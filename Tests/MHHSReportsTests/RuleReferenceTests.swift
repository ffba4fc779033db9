import Foundation
import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

@Suite struct RuleReferenceTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let builtin = RuleEntry.entries(BuiltinRules.all, configuration: .init())

  @Test func rulesREADMEIsUpToDate() throws {
    let rules = Self.root.appendingPathComponent("rules")
    let ruleset = try RulesetLoader().load(rules.appendingPathComponent("recommended.json").path)
    let expected = RuleReference.markdown(
      RuleEntry.entries(ruleset.rules(), configuration: ruleset.configuration))
    let committed = try String(contentsOf: rules.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(
      committed == expected,
      "rules/README.md is out of date; regenerate it with: swift run mhhs rules --format markdown > rules/README.md"
    )
  }

  @Test func theShippedRulesetsLoad() throws {
    let rules = Self.root.appendingPathComponent("rules")
    for name in ["recommended.json", "ci-gate.json", "examples/team.json"] {
      #expect(throws: Never.self, "\(name)") {
        try RulesetLoader().load(rules.appendingPathComponent(name).path)
      }
    }
    let gate = try RulesetLoader().load(rules.appendingPathComponent("ci-gate.json").path).configuration
    #expect(gate.rules["nfr/missing-response-times"] == .severity(.error))
    #expect(gate.rules["design/dtn-outlier"] == .off)
  }

  @Test func jsonCarriesEveryRuleWithItsDocumentation() throws {
    let text = RuleReference.json(Self.builtin)
    guard case .success(let document) = JSONParser.parse(text) else {
      Issue.record("not JSON")
      return
    }
    let rules = try #require(document["rules"]?.value.elements)
    #expect(rules.map { $0["id"]?.value.stringValue } == BuiltinRules.allDescriptions.map(\.id))
    for rule in rules {
      for key in ["summary", "rationale", "severity", "defaultSeverity"] {
        #expect(rule[key]?.value.stringValue?.isEmpty == false, "\(key)")
      }
      let examples = try #require(rule["examples"]?.value.elements)
      #expect(examples.contains { $0["expectation"]?.value.stringValue == "triggers" })
      #expect(examples.contains { $0["expectation"]?.value.stringValue == "passes" })
      #expect(examples.allSatisfy { $0["files"]?.value.members?.isEmpty == false })
      #expect(rule["sources"]?.value.elements?.isEmpty == false)
    }
  }

  @Test func textShowsEffectiveSeverityAndOff() {
    let configuration = RuleConfiguration(
      rules: ["design/dtn-outlier": .off, "nfr/missing-response-times": .severity(.error)],
      overrides: [.init(entities: ["IF-06*"], rules: ["time/missing-time-basis": .off])])
    let text = RuleReference.text(RuleEntry.entries(BuiltinRules.all, configuration: configuration))
    let lines = text.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("design/dtn-outlier") && $0.contains(" off ") })
    #expect(lines.contains { $0.hasPrefix("nfr/missing-response-times ") && $0.contains(" error ") })
    #expect(lines.contains { $0.hasPrefix("time/missing-time-basis ") && $0.hasSuffix("(IF-06*: off)") })
    #expect(lines.last == "\(BuiltinRules.allDescriptions.count) rules, 1 off")
  }

  @Test func explainGivesSourcesAndOneExampleOfEachKind() throws {
    let entry = try #require(Self.builtin.first { $0.description.id == "nfr/missing-error-response-time" })
    let text = RuleReference.explain(entry)
    #expect(text.hasPrefix("nfr/missing-error-response-time: Every active DIP interface"))
    #expect(text.contains("Default severity: error\n"))
    #expect(text.contains("  - DAG31-03\n"))
    #expect(text.contains("Triggers on IF-021: "))
    #expect(text.components(separatedBy: "\nPasses: ").count == 2)
    #expect(text.contains("  interfaces/IF-021.json:\n    { \"id\": \"IF-021\""))
  }
}
