import MHHSCatalogue

/// Fingerprints that do not depend on line numbers, and the pipeline's fingerprint stage.
public enum Fingerprint {
  /// A 64-bit FNV-1a hash, as 16 hexadecimal digits, of the rule, the entity (if any), the
  /// file's path inside the catalogue and the JSON pointer.
  public static func make(rule: String, entity: String?, relativePath: String, pointer: String) -> String {
    var hash = FNV1a()
    hash.add(rule)
    hash.add(entity ?? "")
    hash.add(relativePath)
    hash.add(pointer)
    return hash.hex
  }

  /// ``make(rule:entity:relativePath:pointer:)`` with `file` standing for its path inside the
  /// catalogue at `prefix` (the catalogue directory and a slash): `file` without `prefix` when
  /// it starts with it, else all of it. Hashed in place rather than cut into a new string.
  static func make(rule: String, entity: String?, file: String, prefix: String, pointer: String) -> String {
    var hash = FNV1a()
    hash.add(rule)
    hash.add(entity ?? "")
    hash.add(file, droppingFirst: UTF8Order.hasPrefix(file, prefix) ? prefix.utf8.count : 0)
    hash.add(pointer)
    return hash.hex
  }

  /// The fingerprint stage: every finding's fingerprint, its file taken inside whichever of the
  /// catalogues at `prefixes` holds it (the longest prefix that fits, as one catalogue may lie
  /// inside another's directory).
  static func assign(_ findings: inout [Finding], prefixes: [String]) {
    let prefixes = prefixes.sorted { $0.utf8.count > $1.utf8.count }
    for i in findings.indices {
      let file = findings[i].location.file
      let prefix = prefixes.count == 1 ? prefixes[0] : prefixes.first { UTF8Order.hasPrefix(file, $0) } ?? ""
      findings[i].fingerprint = make(
        rule: findings[i].ruleID, entity: findings[i].entityID, file: file, prefix: prefix,
        pointer: findings[i].location.pointer)
    }
  }
}
