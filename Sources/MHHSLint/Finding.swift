import MHHSCatalogue

/// One thing a rule found, at one place.
public struct Finding: Sendable, Hashable {
  public var ruleID: String
  public var severity: Severity
  public var message: String
  /// The entity concerned; `nil` for a file with no readable id.
  public var entityID: String?
  public var location: SourceLocation
  /// Identifies the finding across edits that move it: rule, entity, file inside the catalogue
  /// and JSON pointer, but not line or column.
  public var fingerprint: String
  public var suppression: Suppression?

  public init(
    ruleID: String, severity: Severity, message: String, entityID: String?, location: SourceLocation,
    fingerprint: String = "", suppression: Suppression? = nil
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.entityID = entityID
    self.location = location
    self.fingerprint = fingerprint
    self.suppression = suppression
  }

  public var isSuppressed: Bool { suppression != nil }

  /// The order of reports: file, line, column, rule, then message.
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    let lhs = (a.location.file, a.location.line, a.location.column, a.ruleID, a.message)
    let rhs = (b.location.file, b.location.line, b.location.column, b.ruleID, b.message)
    if lhs.0 != rhs.0 { return UTF8Order.precedes(lhs.0, rhs.0) }
    return (lhs.1, lhs.2, lhs.3, lhs.4) < (rhs.1, rhs.2, rhs.3, rhs.4)
  }
}

/// Why a finding is not counted: an exemption recorded on the entity, or a baseline entry.
public struct Suppression: Sendable, Hashable {
  public enum Kind: String, Sendable { case exemption, baseline }

  public var kind: Kind
  public var reason: String
  /// The decision, action or change request the suppression rests on.
  public var decision: String?

  public init(kind: Kind, reason: String, decision: String? = nil) {
    self.kind = kind
    self.reason = reason
    self.decision = decision
  }
}

/// Fingerprints that do not depend on line numbers.
public enum Fingerprint {
  /// A 64-bit FNV-1a hash, as 16 hexadecimal digits, of the rule, the entity (if any), the
  /// file's path inside the catalogue and the JSON pointer.
  public static func make(rule: String, entity: String?, relativePath: String, pointer: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ part: String) {
      for byte in part.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
      hash ^= 0x1F
      hash = hash &* 0x0000_0100_0000_01B3
    }
    add(rule)
    add(entity ?? "")
    add(relativePath)
    add(pointer)
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// What a run found: the findings of `mhhs lint` or `mhhs diff`, counted the same way.
public protocol FindingResult: Sendable {
  /// Every finding, suppressed ones included, in report order.
  var findings: [Finding] { get }
}

extension FindingResult {
  /// The number of unsuppressed findings of `severity`.
  public func count(_ severity: Severity) -> Int {
    findings.count { !$0.isSuppressed && $0.severity == severity }
  }

  public var suppressedCount: Int { findings.count(where: \.isSuppressed) }

  /// Whether an unsuppressed finding reaches `threshold` (exit code 1).
  public func fails(at threshold: FailThreshold) -> Bool {
    findings.contains { !$0.isSuppressed && threshold.isReached(by: $0.severity) }
  }
}
