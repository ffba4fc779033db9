import MHHSCatalogue

extension Linter {
  /// Gives each raw finding its configured severity, fingerprint and suppression, in place, and
  /// drops the findings of rules turned off for their entity or of entities out of `--release`
  /// scope. Settings are looked up once per run of findings of one rule.
  static func finish(
    _ findings: inout [Finding], descriptions: [String: RuleDescription], configuration: RuleConfiguration,
    exemptions: ExemptionIndex, outOfScope: Set<String>, prefix: String
  ) {
    var dropped: [Bool] = []
    var cachedRule = ""
    var cachedDescription: RuleDescription?
    var cachedSeverity: Severity?
    let perEntitySettings = !configuration.overrides.isEmpty
    for i in findings.indices {
      let ruleID = findings[i].ruleID
      if ruleID != cachedRule || cachedDescription == nil {
        cachedRule = ruleID
        cachedDescription = descriptions[ruleID]
        cachedSeverity = cachedDescription.flatMap { configuration.severity(of: $0, for: nil) }
      }
      var severity = cachedSeverity
      if perEntitySettings, let description = cachedDescription {
        severity = configuration.severity(of: description, for: findings[i].entityID)
      }
      let entity = findings[i].entityID
      let outside = !outOfScope.isEmpty && entity.map { outOfScope.contains($0) } == true
      guard let severity, !outside else {
        if dropped.isEmpty { dropped = [Bool](repeating: false, count: findings.count) }
        dropped[i] = true
        continue
      }
      findings[i].severity = severity
      findings[i].fingerprint = Fingerprint.make(
        rule: ruleID, entity: entity, file: findings[i].location.file, prefix: prefix,
        pointer: findings[i].location.pointer)
      if let entity { findings[i].suppression = exemptions.suppression(rule: ruleID, entity: entity) }
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

extension Fingerprint {
  /// ``make(rule:entity:relativePath:pointer:)`` for `file` without `prefix` in front (its path
  /// inside the catalogue), hashed in place rather than cut out into a new string.
  static func make(rule: String, entity: String?, file: String, prefix: String, pointer: String) -> String {
    let relative =
      file.utf8.starts(with: prefix.utf8) ? file.utf8.dropFirst(prefix.utf8.count) : file.utf8[...]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add<S: Sequence<UInt8>>(_ part: S) {
      for byte in part {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
      hash ^= 0x1F
      hash = hash &* 0x0000_0100_0000_01B3
    }
    add(rule.utf8)
    add((entity ?? "").utf8)
    add(relative)
    add(pointer.utf8)
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
