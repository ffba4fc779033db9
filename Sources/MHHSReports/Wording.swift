import MHHSCatalogue
import MHHSLint

/// The one place that words what reports say beyond the findings' own messages, so every
/// format says the same thing.
public enum Wording {
  /// "3 errors", "1 warning", "0 info".
  public static func count(_ n: Int, _ severity: Severity) -> String {
    switch severity {
    case .error: plural(n, "error", "errors")
    case .warning: plural(n, "warning", "warnings")
    case .info: "\(n) info"
    case .hint: plural(n, "hint", "hints")
    }
  }

  /// "58 interfaces", "1 D-flow".
  public static func count(_ n: Int, _ kind: EntityKind) -> String {
    switch kind {
    case .interface: plural(n, "interface", "interfaces")
    case .dataflow: plural(n, "D-flow", "D-flows")
    case .nfr: plural(n, "NFR", "NFRs")
    case .changeRequest: plural(n, "change request", "change requests")
    case .release: plural(n, "release", "releases")
    case .role: plural(n, "role", "roles")
    case .dataType: plural(n, "data type", "data types")
    case .dataItem: plural(n, "data item", "data items")
    case .block: plural(n, "block", "blocks")
    }
  }

  public static func plural(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }

  /// The kinds counted in summaries, in order.
  public static let countedKinds: [EntityKind] = [.interface, .dataflow, .nfr, .changeRequest]

  /// The payload kinds, counted in summaries only when the catalogue has some.
  public static let payloadKinds: [EntityKind] = [.dataType, .dataItem, .block]

  /// ``countedKinds``, then the payload kinds the result has entities of.
  public static func countedKinds(_ result: LintResult) -> [EntityKind] {
    countedKinds + payloadKinds.filter { (result.entityCounts[$0] ?? 0) > 0 }
  }

  /// "3 errors, 5 warnings, 0 info, 2 suppressed (58 interfaces, 12 D-flows, 3 NFRs, 9 change requests)".
  /// Hints are mentioned only when there are some.
  public static func summary(_ result: LintResult) -> String {
    let entities = countedKinds(result).map { count(result.entityCounts[$0] ?? 0, $0) }.joined(
      separator: ", ")
    return findingSummary(result) + " (\(entities))"
  }

  /// "1 error, 2 warnings, 0 info, 0 suppressed" (hints only when there are some).
  public static func findingSummary(_ result: some FindingResult) -> String {
    var parts = [Severity.error, .warning, .info].map { count(result.count($0), $0) }
    if result.count(.hint) > 0 { parts.append(count(result.count(.hint), .hint)) }
    parts.append("\(result.suppressedCount) suppressed")
    return parts.joined(separator: ", ")
  }

  /// Why a finding is suppressed: "exemption (DAG31-03): reason" or "baseline".
  public static func suppression(_ s: Suppression) -> String {
    let decision = s.decision.map { " (\($0))" } ?? ""
    let reason = s.reason.isEmpty ? "" : ": \(s.reason)"
    return "\(s.kind.rawValue)\(decision)\(reason)"
  }
}
