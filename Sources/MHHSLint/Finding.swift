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
  /// The change that resolves the finding, when the rule can name exactly one (`--fix`).
  public var fix: QuickFix?

  public init(
    ruleID: String, severity: Severity, message: String, entityID: String?, location: SourceLocation,
    fingerprint: String = "", suppression: Suppression? = nil, fix: QuickFix? = nil
  ) {
    self.fix = fix
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.entityID = entityID
    self.location = location
    self.fingerprint = fingerprint
    self.suppression = suppression
  }

  public var isSuppressed: Bool { suppression != nil }
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

/// What a run found: the findings of `mhhs lint` or `mhhs diff`, counted the same way.
public protocol FindingResult: Sendable {
  /// Every finding, suppressed ones included, in report order.
  var findings: [Finding] { get }
}

extension FindingResult {
  /// The number of unsuppressed findings of `severity`.
  public func count(_ severity: Severity) -> Int {
    // By index, so that each finding's two fields are read in place rather than the finding copied.
    let findings = findings
    var count = 0
    for i in findings.indices where findings[i].suppression == nil && findings[i].severity == severity {
      count += 1
    }
    return count
  }

  public var suppressedCount: Int {
    let findings = findings
    var count = 0
    for i in findings.indices where findings[i].suppression != nil { count += 1 }
    return count
  }

  /// Whether an unsuppressed finding reaches `threshold` (exit code 1).
  public func fails(at threshold: FailThreshold) -> Bool {
    findings.contains { !$0.isSuppressed && threshold.isReached(by: $0.severity) }
  }
}
