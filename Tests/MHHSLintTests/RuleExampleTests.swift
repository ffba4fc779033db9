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
}
