import MHHSCatalogue

/// Keeps a report readable and its size bounded when one entity trips one rule thousands of
/// times (a list of a million unknown roles): past ``maximumPerRuleAndEntity`` findings of a
/// rule for one entity (or one file), the rest become a single finding that counts them.
enum FindingLimit {
  static let maximumPerRuleAndEntity = 1_000

  /// Rules report an entity's findings together, so the findings of one rule about one entity
  /// (or file) form runs in `findings`; runs longer than the limit are cut short. No hashing:
  /// neighbours are compared.
  static func apply(_ findings: [Finding]) -> [Finding] {
    guard findings.count > maximumPerRuleAndEntity else { return findings }
    func sameGroup(_ a: Finding, _ b: Finding) -> Bool {
      a.ruleID == b.ruleID && a.entityID == b.entityID && a.location.file == b.location.file
    }
    // First see whether any run is too long; usually none is, and the array is returned as is.
    var longest = 0
    var runStart = 0
    for i in findings.indices.dropFirst() where !sameGroup(findings[runStart], findings[i]) {
      longest = max(longest, i - runStart)
      runStart = i
    }
    longest = max(longest, findings.count - runStart)
    guard longest > maximumPerRuleAndEntity else { return findings }
    var kept: [Finding] = []
    kept.reserveCapacity(findings.count)
    var start = 0
    while start < findings.count {
      var end = start + 1
      while end < findings.count && sameGroup(findings[start], findings[end]) { end += 1 }
      if end - start <= maximumPerRuleAndEntity {
        kept.append(contentsOf: findings[start..<end])
      } else {
        kept.append(contentsOf: findings[start..<(start + maximumPerRuleAndEntity)])
        var summary = findings[start + maximumPerRuleAndEntity]
        let subject = summary.entityID ?? summary.location.file
        summary.message =
          "\(end - start - maximumPerRuleAndEntity) more findings of this rule for \(subject) are not listed "
          + "(the first \(maximumPerRuleAndEntity) are)"
        kept.append(summary)
      }
      start = end
    }
    return kept
  }
}
