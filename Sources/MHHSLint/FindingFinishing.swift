import MHHSCatalogue

extension Linter {
  /// Gives each raw finding its configured severity, fingerprint and suppression, in place, and
  /// drops the findings of rules turned off for their entity or of entities out of `--release`
  /// scope. Settings and exemptions are looked up once per run of findings of one rule.
  static func finish(
    _ findings: inout [Finding], descriptions: [String: RuleDescription], configuration: RuleConfiguration,
    exemptions: ExemptionIndex, outOfScope: Set<String>, prefix: String
  ) {
    var dropped: [Bool] = []
    var cachedRule = ""
    var cachedDescription: RuleDescription?
    var cachedSeverity: Severity?
    var cachedExemptions: [String: Suppression]?
    let perEntitySettings = !configuration.overrides.isEmpty
    let fingerprints = FingerprintMaker(prefix: prefix)
    for i in findings.indices {
      let ruleID = findings[i].ruleID
      if ruleID != cachedRule || cachedDescription == nil {
        cachedRule = ruleID
        cachedDescription = descriptions[ruleID]
        cachedSeverity = cachedDescription.flatMap { configuration.severity(of: $0, for: nil) }
        cachedExemptions = exemptions.suppressions(rule: ruleID)
      }
      var severity = cachedSeverity
      let entity = findings[i].entityID
      if perEntitySettings, let description = cachedDescription {
        severity = configuration.severity(of: description, for: entity)
      }
      let outside = !outOfScope.isEmpty && entity.map { outOfScope.contains($0) } == true
      guard let severity, !outside else {
        if dropped.isEmpty { dropped = [Bool](repeating: false, count: findings.count) }
        dropped[i] = true
        continue
      }
      findings[i].severity = severity
      findings[i].fingerprint = fingerprints.make(
        rule: ruleID, entity: entity, file: findings[i].location.file, pointer: findings[i].location.pointer)
      if let entity, let cachedExemptions { findings[i].suppression = cachedExemptions[entity] }
    }
    if !dropped.isEmpty {
      var index = 0
      findings.removeAll { _ in
        defer { index += 1 }
        return dropped[index]
      }
    }
  }
}

/// ``Fingerprint/make(rule:entity:relativePath:pointer:)`` for findings whose files start with
/// the catalogue's `prefix`: the file's path inside the catalogue is hashed in place rather than
/// cut out into a new string.
struct FingerprintMaker {
  let prefix: String

  func make(rule: String, entity: String?, file: String, pointer: String) -> String {
    var hash = FNV1a()
    hash.add(rule)
    hash.add(entity ?? "")
    hash.add(file, droppingFirst: ByteOrder.hasPrefix(file, prefix) ? prefix.utf8.count : 0)
    hash.add(pointer)
    return hash.hex
  }
}
