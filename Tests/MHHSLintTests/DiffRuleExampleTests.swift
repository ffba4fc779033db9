import MHHSCatalogue
import Testing

@testable import MHHSLint

/// Every example of every diff rule, run as documented: the old files become the new ones; a
/// `triggers` example must produce an unsuppressed finding of its rule on the named entity, a
/// `passes` example none.
struct DiffRuleExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: RuleDescription
    var example: RuleExample
    var testDescription: String { "\(rule.id): \(example.title)" }
  }

  static let cases: [Case] = DiffRules.all.flatMap { rule in
    rule.description.examples.map { Case(rule: rule.description, example: $0) }
  }

  @Test("diff rule example", arguments: cases)
  func example(_ c: Case) throws {
    #expect(c.example.old != nil, "a diff example needs an old catalogue")
    let old = try CatalogueLoader.load(files: c.example.oldCatalogueFiles, directory: "old")
    let new = try CatalogueLoader.load(files: c.example.catalogueFiles, directory: "new")
    #expect(old.issues.isEmpty, "old example catalogue has issues: \(old.issues.map(\.message))")
    #expect(new.issues.isEmpty, "new example catalogue has issues: \(new.issues.map(\.message))")
    let asOf = try #require(CalendarDate(c.example.asOf))
    let result = DiffChecker().check(old: old, new: new, asOf: asOf)
    let fired = result.findings.filter { $0.ruleID == c.rule.id && !$0.isSuppressed }
    switch c.example.expectation {
    case .triggers(let entity):
      #expect(
        fired.contains { $0.entityID == entity },
        "expected \(c.rule.id) on \(entity ?? "a file"); got \(fired.map(\.message))")
      #expect(
        fired.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 && !$0.fingerprint.isEmpty })
      #expect(fired.allSatisfy { $0.severity == c.rule.defaultSeverity })
    case .passes:
      #expect(fired.isEmpty, "expected no \(c.rule.id); got \(fired.map(\.message))")
    }
  }

  @Test func everyDiffRuleHasATriggeringAndAPassingExample() {
    for rule in DiffRules.all {
      let d = rule.description
      #expect(d.examples.contains { if case .triggers = $0.expectation { true } else { false } }, "\(d.id)")
      #expect(d.examples.contains { $0.expectation == .passes }, "\(d.id)")
      #expect(d.rationale.contains("DAG27-08"), "\(d.id) does not cite DAG27-08")
      #expect(d.id.hasPrefix("diff/"))
    }
  }

  @Test func diffRuleIDsAreUniqueAndDistinctFromLintRules() {
    let ids = DiffRules.all.map { $0.description.id }
    #expect(Set(ids).count == ids.count)
    #expect(Set(ids).isDisjoint(with: BuiltinRules.all.map { $0.description.id }))
    #expect(
      Set(ids).isSuperset(of: [
        "diff/version-not-bumped", "diff/missing-history", "diff/breaking-change", "diff/version-decreased",
      ]))
  }
}
