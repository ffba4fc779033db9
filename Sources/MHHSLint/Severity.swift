/// How serious a finding is. Ordered: `error` > `warning` > `info` > `hint`.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
  case error, warning, info, hint

  private var rank: Int {
    switch self {
    case .error: 3
    case .warning: 2
    case .info: 1
    case .hint: 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule's configured severity: a severity, or `off`.
public enum RuleSetting: Sendable, Equatable {
  case severity(Severity)
  case off

  /// Parses `error`, `warning`, `info`, `hint` or `off`.
  public init?(_ text: String) {
    if text == "off" {
      self = .off
    } else if let s = Severity(rawValue: text) {
      self = .severity(s)
    } else {
      return nil
    }
  }

  public static let names = Severity.allCases.map(\.rawValue) + ["off"]
}

/// The threshold of `--fail-on`: a severity, or `never`.
public enum FailThreshold: Sendable, Equatable, CaseIterable {
  case severity(Severity)
  case never

  public init?(_ text: String) {
    if text == "never" {
      self = .never
    } else if let s = Severity(rawValue: text) {
      self = .severity(s)
    } else {
      return nil
    }
  }

  /// Every threshold: each severity, in the order of `Severity.allCases`, then `never`.
  public static let allCases: [FailThreshold] = Severity.allCases.map(FailThreshold.severity) + [.never]

  /// The threshold as written: a severity's name, or `never`.
  public var name: String {
    switch self {
    case .never: "never"
    case .severity(let severity): severity.rawValue
    }
  }

  /// Whether a finding of `severity` reaches this threshold.
  public func isReached(by severity: Severity) -> Bool {
    switch self {
    case .never: false
    case .severity(let threshold): severity >= threshold
    }
  }
}
