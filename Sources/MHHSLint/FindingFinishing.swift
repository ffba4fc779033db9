import MHHSCatalogue

extension Linter {
  /// The raw findings with their configured severity, fingerprint and suppression, without the
  /// findings of rules turned off for their entity or of entities out of `--release` scope.
  /// Findings are finished in parts on all cores; settings and exemptions are looked up once
  /// per run of findings of one rule.
  static func finish(
    _ raw: [Finding], descriptions: [String: RuleDescription], configuration: RuleConfiguration,
    exemptions: ExemptionIndex, outOfScope: Set<String>, prefix: String
  ) -> [Finding] {
    let partSize = max(1_024, (raw.count + 7) / 8)
    let parts = stride(from: 0, to: raw.count, by: partSize).map { $0..<min($0 + partSize, raw.count) }
    let finished = Parallel.map(parts) { part in
      finish(
        raw[part], descriptions: descriptions, configuration: configuration, exemptions: exemptions,
        outOfScope: outOfScope, prefix: prefix)
    }
    var findings: [Finding] = []
    findings.reserveCapacity(finished.reduce(0) { $0 + $1.count })
    for part in finished { findings += part }
    return findings
  }

  private static func finish(
    _ raw: ArraySlice<Finding>, descriptions: [String: RuleDescription], configuration: RuleConfiguration,
    exemptions: ExemptionIndex, outOfScope: Set<String>, prefix: String
  ) -> [Finding] {
    var findings: [Finding] = []
    findings.reserveCapacity(raw.count)
    var cachedRule = ""
    var cachedDescription: RuleDescription?
    var cachedSeverity: Severity?
    var cachedExemptions: [String: Suppression]?
    let perEntitySettings = !configuration.overrides.isEmpty
    let fingerprints = FingerprintMaker(prefix: prefix)
    for i in raw.indices {
      let ruleID = raw[i].ruleID
      if ruleID != cachedRule || cachedDescription == nil {
        cachedRule = ruleID
        cachedDescription = descriptions[ruleID]
        cachedSeverity = cachedDescription.flatMap { configuration.severity(of: $0, for: nil) }
        cachedExemptions = exemptions.suppressions(rule: ruleID)
      }
      var severity = cachedSeverity
      let entity = raw[i].entityID
      if perEntitySettings, let description = cachedDescription {
        severity = configuration.severity(of: description, for: entity)
      }
      let outside = !outOfScope.isEmpty && entity.map { outOfScope.contains($0) } == true
      guard let severity, !outside else { continue }
      var finding = raw[i]
      finding.severity = severity
      finding.fingerprint = fingerprints.make(
        rule: ruleID, entity: entity, file: finding.location.file, pointer: finding.location.pointer)
      if let entity, let cachedExemptions { finding.suppression = cachedExemptions[entity] }
      findings.append(finding)
    }
    return findings
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
