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

  /// The suppressions of `rule`'s findings, by entity; `nil` when no exemption names the rule.
  func suppressions(rule: String) -> [String: Suppression]? { byRule[rule] }

  func suppression(rule: String, entity: String) -> Suppression? { byRule[rule]?[entity] }
}
