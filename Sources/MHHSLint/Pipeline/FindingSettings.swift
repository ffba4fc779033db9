import MHHSCatalogue

/// The configure stage: each finding gets the severity the ruleset gives its rule for its
/// entity; findings of a rule that is off for their entity, or about an interface outside the
/// release scope, are dropped. Findings of rules not listed here (the loader problems `mhhs diff`
/// reports) keep the severity they were made with.
struct FindingSettings: Sendable {
  /// The rules of the run, by id.
  var rules: [String: RuleDescription]
  var configuration: RuleConfiguration
  /// The interfaces outside the release scope.
  var excludedEntities: Set<String> = []

  /// The definition: `finding` configured, or `nil` when it is dropped.
  func configured(_ finding: Finding) -> Finding? {
    if let entity = finding.entityID, excludedEntities.contains(entity) { return nil }
    guard let rule = rules[finding.ruleID] else { return finding }
    guard let severity = configuration.severity(of: rule, for: finding.entityID) else { return nil }
    var finding = finding
    finding.severity = severity
    return finding
  }

  /// `findings.compactMap(configured)`, with the rule's description and severity looked up
  /// once per run of findings of one rule (rules report their findings together).
  func apply(_ findings: ArraySlice<Finding>) -> [Finding] {
    var configured: [Finding] = []
    configured.reserveCapacity(findings.count)
    var cachedRule = ""
    var cachedDescription: RuleDescription?
    var cachedSeverity: Severity?
    let perEntity = !configuration.overrides.isEmpty
    for i in findings.indices {
      let ruleID = findings[i].ruleID
      if ruleID != cachedRule || cachedDescription == nil {
        cachedRule = ruleID
        cachedDescription = rules[ruleID]
        cachedSeverity = cachedDescription.flatMap { configuration.severity(of: $0, for: nil) }
      }
      let entity = findings[i].entityID
      if !excludedEntities.isEmpty, let entity, excludedEntities.contains(entity) { continue }
      guard let description = cachedDescription else {
        configured.append(findings[i])
        continue
      }
      let severity = perEntity ? configuration.severity(of: description, for: entity) : cachedSeverity
      guard let severity else { continue }
      configured.append(findings[i])
      configured[configured.count - 1].severity = severity
    }
    return configured
  }
}
