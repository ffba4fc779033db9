import MHHSCatalogue
import Testing

@testable import MHHSLint

/// Every example of every rule, run as documented: a `triggers` example must produce an
/// unsuppressed finding of its rule on the named entity; a `passes` example must produce none.
struct RuleExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: RuleDescription
    var example: RuleExample
    var testDescription: String { "\(rule.id): \(example.title)" }
  }

  static let cases: [Case] = BuiltinRules.all.flatMap { rule in
    rule.description.examples.map { Case(rule: rule.description, example: $0) }
  }

  @Test("rule example", arguments: cases)
  func example(_ c: Case) throws {
    let catalogue = try CatalogueLoader.load(files: c.example.catalogueFiles)
    let asOf = try #require(CalendarDate(c.example.asOf))
    let result = try Linter().lint(
      catalogue, options: LintOptions(asOf: asOf, release: c.example.release), today: asOf)
    let fired = result.findings.filter { $0.ruleID == c.rule.id && !$0.isSuppressed }
    switch c.example.expectation {
    case .triggers(let entity):
      #expect(
        fired.contains { $0.entityID == entity },
        "expected \(c.rule.id) on \(entity ?? "a file"); got \(fired.map(\.message))")
      #expect(fired.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
    case .passes:
      #expect(fired.isEmpty, "expected no \(c.rule.id); got \(fired.map(\.message))")
    }
  }

  @Test func everyRuleHasATriggeringAndAPassingExample() {
    for rule in BuiltinRules.all {
      let d = rule.description
      #expect(d.examples.contains { if case .triggers = $0.expectation { true } else { false } }, "\(d.id)")
      #expect(d.examples.contains { $0.expectation == .passes }, "\(d.id)")
      #expect(!d.sources.isEmpty, "\(d.id) cites no source")
    }
  }

  @Test func ruleIDsAreUnique() {
    let ids = BuiltinRules.all.map { $0.description.id }
    #expect(Set(ids).count == ids.count)
  }

  @Test("baseline/stale-entry example", arguments: Baseline.staleEntryRule.examples.map(\.title))
  func staleEntryExample(_ title: String) throws {
    let example = try #require(Baseline.staleEntryRule.examples.first { $0.title == title })
    let catalogue = try CatalogueLoader.load(files: example.catalogueFiles)
    let asOf = try #require(CalendarDate(example.asOf))
    let baseline = try Baseline.parse(Array(try #require(example.files["baseline.json"]).utf8)).get()
    let applied = try Linter().lint(
      catalogue, options: LintOptions(asOf: asOf, baseline: BaselineFile(baseline, path: "baseline.json")),
      today: asOf)
    let stale = applied.findings.filter { $0.ruleID == Baseline.staleEntryRule.id }
    switch example.expectation {
    case .triggers(let entity): #expect(stale.map(\.entityID) == [entity])
    case .passes: #expect(stale.isEmpty)
    }
  }
}
