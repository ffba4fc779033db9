import MHHSLint

/// What the structured formats share: the rules to list, and findings grouped by entity.
extension Report {
  /// The rules to describe, in the order given, each once; a rule that produced findings but
  /// has no description gets a minimal one, so every finding's rule is listed.
  public var describedRules: [RuleDescription] {
    var seen: Set<String> = []
    var out: [RuleDescription] = []
    for rule in rules where seen.insert(rule.id).inserted { out.append(rule) }
    for finding in result.findings where seen.insert(finding.ruleID).inserted {
      out.append(
        RuleDescription(
          id: finding.ruleID, summary: finding.ruleID, rationale: "", sources: [],
          defaultSeverity: finding.severity, examples: []))
    }
    return out
  }

  /// Unsuppressed findings grouped by entity: entities sorted by id (findings about files with
  /// no readable id last), findings in report order.
  public var activeFindingsByEntity: [EntityGroup] { Self.group(activeFindings) }

  /// Suppressed findings grouped by entity, like ``activeFindingsByEntity``.
  public var suppressedFindingsByEntity: [EntityGroup] { Self.group(result.findings.filter(\.isSuppressed)) }

  public var suppressedFindings: [Finding] { result.findings.filter(\.isSuppressed) }

  /// The findings of one entity (`entity` is `nil` for files with no readable id).
  public struct EntityGroup: Sendable {
    public var entity: String?
    public var findings: [Finding]
  }

  static func group(_ findings: [Finding]) -> [EntityGroup] {
    var order: [String?] = []
    var byEntity: [String?: [Finding]] = [:]
    for finding in findings {
      if byEntity[finding.entityID] == nil { order.append(finding.entityID) }
      byEntity[finding.entityID, default: []].append(finding)
    }
    order.sort { a, b in
      switch (a, b) {
      case (nil, _): false
      case (_, nil): true
      case (let a?, let b?): Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
      }
    }
    return order.map { EntityGroup(entity: $0, findings: byEntity[$0]!) }
  }
}
