import MHHSCatalogue
import Testing

@testable import MHHSLint

/// The pipeline's configure and exemption stages agree with their plain definitions.
@Suite struct FindingPipelineTests {
  static func finding(_ rule: String, _ entity: String?) -> Finding {
    Finding(
      ruleID: rule, severity: .error, message: "m", entityID: entity,
      location: SourceLocation(file: "f", position: .start, pointer: ""))
  }

  /// Runs of findings of one rule, rules repeating, entities in and out of scope and overrides.
  static let findings: [Finding] = {
    var findings: [Finding] = []
    for (n, rule) in ["a", "a", "b", "c", "", "a", "unknown", "b", "b"].enumerated() {
      for entity in ["IF-001", "IF-002", "D0010", nil] {
        findings.append(finding(rule, entity.map { "\($0)" }))
      }
      findings.append(finding(rule, "IF-\(n)"))
    }
    return findings
  }()

  static func description(_ id: String, _ severity: Severity) -> RuleDescription {
    RuleDescription(id: id, summary: id, rationale: "", sources: [], defaultSeverity: severity, examples: [])
  }

  @Test(arguments: [false, true])
  func configuringAgreesWithTheDefinition(withOverrides: Bool) {
    let settings = FindingSettings(
      rules: [
        "a": Self.description("a", .warning), "b": Self.description("b", .info),
        "c": Self.description("c", .error), "": Self.description("", .hint),
      ],
      configuration: RuleConfiguration(
        rules: ["c": .off, "b": .severity(.error)],
        overrides: withOverrides
          ? [.init(entities: ["IF-*"], rules: ["c": .severity(.warning), "a": .off])] : []),
      excludedEntities: ["IF-002"])
    let fast = settings.apply(Self.findings[...])
    #expect(fast == Self.findings.compactMap(settings.configured))
    #expect(fast.contains { $0.ruleID == "unknown" && $0.severity == .error }, "kept as made")
    #expect(!fast.contains { $0.entityID == "IF-002" })
    #expect(fast.contains { $0.ruleID == "c" } == withOverrides)
  }

  @Test func suppressingAgreesWithTheDefinition() throws {
    let exemptions =
      #", "exemptions": [ { "rule": "a", "reason": "r", "decision": "DAG-DEC1" }, { "rule": "b", "reason": "s", "decision": "DAG-DEC2" } ]"#
    let catalogue = try CatalogueLoader.load(
      files: RuleExample.baseFiles.merging(ExampleFile.files(ExampleFile.interface("IF-001", exemptions))) {
        _, own in own
      }.map { CatalogueLoader.File($0.key, $0.value) })
    let index = ExemptionIndex(catalogue, asOf: CalendarDate(year: 2024, month: 6, day: 1))
    var fast = Self.findings
    index.suppress(&fast)
    let plain = Self.findings.map { finding in
      var finding = finding
      finding.suppression = finding.entityID.flatMap { index.suppression(rule: finding.ruleID, entity: $0) }
      return finding
    }
    #expect(fast == plain)
    #expect(fast.contains { $0.ruleID == "a" && $0.suppression?.decision == "DAG-DEC1" })
    #expect(fast.contains { $0.ruleID == "b" && $0.suppression?.decision == "DAG-DEC2" })
    #expect(fast.contains { $0.ruleID == "c" } && !fast.contains { $0.ruleID == "c" && $0.isSuppressed })
  }
}
