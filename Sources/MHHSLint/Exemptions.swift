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
struct ExemptionIndex {
  private var byKey: [String: Suppression] = [:]

  init(_ catalogue: Catalogue, asOf: CalendarDate) {
    func add(_ entity: some Exemptible) {
      for exemption in entity.exemptions?.values() ?? []
      where exemption.status(in: catalogue, asOf: asOf) == .effective {
        let key = Self.key(exemption.rule.value, entity.id.value)
        if byKey[key] == nil {
          byKey[key] = Suppression(
            kind: .exemption, reason: exemption.reason?.value ?? "",
            decision: exemption.decision?.value ?? exemption.changeRequest?.value)
        }
      }
    }
    catalogue.interfaces.forEach(add)
    catalogue.dataflows.forEach(add)
  }

  static func key(_ rule: String, _ entity: String) -> String { rule + "\u{1F}" + entity }

  func suppression(rule: String, entity: String) -> Suppression? {
    byKey[Self.key(rule, entity)]
  }
}
