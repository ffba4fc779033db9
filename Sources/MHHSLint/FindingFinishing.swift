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
    var fingerprints = FingerprintMaker(prefix: prefix)
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

/// ``Fingerprint/make(rule:entity:relativePath:pointer:)`` for many findings whose files start
/// with the catalogue's `prefix`: the file's path inside the catalogue is hashed in place rather
/// than cut out into a new string, and whether a file has the prefix is worked out once per run
/// of findings in one file.
struct FingerprintMaker {
  let prefix: String
  private var lastFile = ""
  private var lastFileHasPrefix = false

  init(prefix: String) {
    self.prefix = prefix
  }

  mutating func make(rule: String, entity: String?, file: String, pointer: String) -> String {
    if file != lastFile {
      lastFile = file
      lastFileHasPrefix = Self.hasPrefix(file, prefix)
    }
    var hash = FNV1a()
    hash.add(rule)
    hash.add(entity ?? "")
    hash.add(file, droppingFirst: lastFileHasPrefix ? prefix.utf8.count : 0)
    hash.add(pointer)
    return hash.hex
  }

  /// Whether the UTF-8 bytes of `string` start with those of `prefix`.
  private static func hasPrefix(_ string: String, _ prefix: String) -> Bool {
    var string = string
    var prefix = prefix
    return string.withUTF8 { s in
      prefix.withUTF8 { p in s.count >= p.count && s[..<p.count].elementsEqual(p) }
    }
  }
}
