import MHHSCatalogue

/// Whether an exemption silences its rule: it rests on a decision or an approved change
/// request, and has not expired. An exemption that fails either test silences nothing.
public enum ExemptionStatus: Sendable, Equatable {
  case effective
  case undecided
  case expired
}

extension Exemption {
  public func status(in catalogue: Catalogue, asOf: CalendarDate) -> ExemptionStatus {
    if let expires = expires?.value, expires < asOf { return .expired }
    if let cr = changeRequest?.value {
      guard catalogue.changeRequest(cr)?.status?.value.isApproved == true else { return .undecided }
      return .effective
    }
    return decision == nil ? .undecided : .effective
  }
}

/// The effective exemptions of a catalogue, by rule and entity.
struct ExemptionIndex: Sendable {
  private var byRule: [String: [String: Suppression]] = [:]

  /// An index with no exemptions.
  init() {}

  init(_ catalogue: Catalogue, asOf: CalendarDate) {
    func add(_ entity: some Exemptible) {
      for exemption in entity.exemptions?.values() ?? []
      where exemption.status(in: catalogue, asOf: asOf) == .effective {
        // The first effective exemption of an entity from a rule is the one reported.
        let rule = exemption.rule.value
        guard byRule[rule]?[entity.id.value] == nil else { continue }
        byRule[rule, default: [:]][entity.id.value] = Suppression(
          kind: .exemption, reason: exemption.reason?.value ?? "",
          decision: exemption.decision?.value ?? exemption.changeRequest?.value)
      }
    }
    catalogue.interfaces.forEach(add)
    catalogue.dataflows.forEach(add)
  }

  /// The exemptions `mhhs diff` honours: those from `rules` in the new catalogue, and in the old
  /// one for the entities the new one removed.
  init(old: Catalogue, new: Catalogue, removed: Set<String>, rules: Set<String>, asOf: CalendarDate) {
    self.init(new, asOf: asOf)
    let old = ExemptionIndex(old, asOf: asOf)
    for rule in Set(byRule.keys).union(old.byRule.keys) {
      guard rules.contains(rule) else {
        byRule[rule] = nil
        continue
      }
      var entities = byRule[rule] ?? [:]
      for entity in removed { entities[entity] = old.byRule[rule]?[entity] }
      byRule[rule] = entities.isEmpty ? nil : entities
    }
  }

  func suppression(rule: String, entity: String) -> Suppression? { byRule[rule]?[entity] }

  /// The suppress stage's first part: each finding whose entity has an effective exemption from
  /// its rule is suppressed by it. The rule's exemptions are looked up once per run of its
  /// findings; ``suppression(rule:entity:)`` is the definition.
  func suppress(_ findings: inout [Finding]) {
    guard !byRule.isEmpty else { return }
    var cachedRule: String?
    var cached: [String: Suppression]?
    for i in findings.indices {
      if findings[i].ruleID != cachedRule {
        cachedRule = findings[i].ruleID
        cached = byRule[findings[i].ruleID]
      }
      if let cached, let entity = findings[i].entityID, let suppression = cached[entity] {
        findings[i].suppression = suppression
      }
    }
  }
}
