/// Which rules run and how severe their findings are: per-rule settings, then overrides for
/// entities matching glob patterns (later overrides win).
public struct RuleConfiguration: Sendable {
  public struct Override: Sendable {
    public var entities: [String]
    public var rules: [String: RuleSetting]

    public init(entities: [String], rules: [String: RuleSetting]) {
      self.entities = entities
      self.rules = rules
    }

    public func matches(_ entityID: String) -> Bool {
      entities.contains { Glob.matches($0, entityID) }
    }
  }

  public var rules: [String: RuleSetting]
  public var overrides: [Override]

  public init(rules: [String: RuleSetting] = [:], overrides: [Override] = []) {
    self.rules = rules
    self.overrides = overrides
  }

  /// The severity of `rule` for `entityID`, or `nil` when the rule is off there.
  public func severity(of rule: RuleDescription, for entityID: String?) -> Severity? {
    var setting = rules[rule.id] ?? .severity(rule.defaultSeverity)
    if let entityID {
      for override in overrides where override.matches(entityID) {
        if let s = override.rules[rule.id] { setting = s }
      }
    }
    switch setting {
    case .off: return nil
    case .severity(let s): return s
    }
  }

  /// Whether `rule` can produce findings anywhere.
  public func isEnabled(_ rule: RuleDescription) -> Bool {
    if rules[rule.id] != .off { return true }
    return overrides.contains { if case .severity = $0.rules[rule.id] { true } else { false } }
  }
}

/// Glob patterns over ids: `*` any run of characters, `?` one character.
public enum Glob {
  public static func matches(_ pattern: String, _ text: String) -> Bool {
    let p = Array(pattern.unicodeScalars)
    let t = Array(text.unicodeScalars)
    var pi = 0
    var ti = 0
    var star: Int?
    var mark = 0
    while ti < t.count {
      if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
        pi += 1
        ti += 1
      } else if pi < p.count, p[pi] == "*" {
        star = pi
        mark = ti
        pi += 1
      } else if let s = star {
        pi = s + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
