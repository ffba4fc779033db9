import MHHSCatalogue

/// Keeps a report readable and its size bounded when one entity trips one rule thousands of
/// times (a list of a million unknown roles): past ``maximumPerRuleAndEntity`` findings of a
/// rule for one entity (or one file), the rest become a single finding that counts them.
enum FindingLimit {
  static let maximumPerRuleAndEntity = 1_000

  private struct Key: Hashable {
    var rule: String
    var entity: String?
    var file: String
  }

  static func apply(_ findings: [Finding]) -> [Finding] {
    guard findings.count > maximumPerRuleAndEntity else { return findings }
    var counts: [Key: Int] = [:]
    var kept: [Finding] = []
    kept.reserveCapacity(findings.count)
    var firstDropped: [Key: Finding] = [:]
    var order: [Key] = []
    for finding in findings {
      let key = Key(rule: finding.ruleID, entity: finding.entityID, file: finding.location.file)
      let count = counts[key, default: 0] + 1
      counts[key] = count
      if count <= maximumPerRuleAndEntity {
        kept.append(finding)
      } else if count == maximumPerRuleAndEntity + 1 {
        firstDropped[key] = finding
        order.append(key)
      }
    }
    for key in order {
      guard var summary = firstDropped[key], let total = counts[key] else { continue }
      let subject = key.entity ?? key.file
      summary.message =
        "\(total - maximumPerRuleAndEntity) more findings of this rule for \(subject) are not listed "
        + "(the first \(maximumPerRuleAndEntity) are)"
      kept.append(summary)
    }
    return kept
  }
}
