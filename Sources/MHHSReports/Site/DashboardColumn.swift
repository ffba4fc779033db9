import MHHSCatalogue
import MHHSLint

/// One check of the completeness dashboard: what it looks at on an interface, how a present
/// value is shown, and which findings explain a gap (by rule, or by the pointer of the field).
struct DashboardColumn: Sendable {
  var id: String
  var heading: String
  /// The pointer of the field (`/responseTimes/error`); a finding at or under it explains a gap.
  var pointer: String
  /// Rules whose findings explain a gap in this column.
  var rules: Set<String>
  /// Whether the value is a list of ids, shown wrapped.
  var isList = false
  /// The value as a short text, or `nil` for a gap.
  var value: @Sendable (Interface, SiteLinks) -> String?

  /// The finding that explains the gap, preferring an unsuppressed one.
  func finding(in findings: [Finding]) -> Finding? {
    let matching = findings.filter { rules.contains($0.ruleID) || $0.location.pointer.hasPrefix(pointer) }
    return matching.first { !$0.isSuppressed } ?? matching.first
  }

  static let all: [DashboardColumn] = [
    DashboardColumn(id: "from", heading: "Sender roles", pointer: "/from", rules: [], isList: true) { i, _ in
      list(i.from?.values())
    },
    DashboardColumn(id: "to", heading: "Receiver roles", pointer: "/to", rules: [], isList: true) { i, _ in
      list(i.to?.values())
    },
    DashboardColumn(id: "events", heading: "Events", pointer: "/events", rules: []) { i, _ in
      i.events.flatMap { $0.value.isEmpty ? nil : String($0.value.count) }
    },
    DashboardColumn(
      id: "payload", heading: "Payload", pointer: "/payload",
      rules: ["payload/missing", "payload/event-not-covered"]
    ) { i, _ in
      i.payload.flatMap { $0.value.isEmpty ? nil : Wording.plural($0.value.count, "variant", "variants") }
    },
    time(.acknowledgement, "Ack.", ["nfr/missing-response-times"]),
    time(.success, "Success", ["nfr/missing-response-times"]),
    time(.error, "Error", ["nfr/missing-response-times", "nfr/missing-error-response-time"]),
    DashboardColumn(
      id: "time-basis", heading: "Time basis", pointer: "/timeBasis", rules: ["time/missing-time-basis"]
    ) {
      i, _ in i.timeBasis.map { $0.value == .utc ? "UTC" : "clock" }
    },
    DashboardColumn(
      id: "code-drafting", heading: "Code-drafting name", pointer: "/codeDraftingName",
      rules: ["term/missing-code-drafting-name"]
    ) { i, _ in i.codeDraftingName.map { _ in "yes" } },
    DashboardColumn(id: "nfrs", heading: "NFR links", pointer: "/responseTimes", rules: [], isList: true) {
      i, links in
      list(links.nfrsOf[i.id.value])
    },
    DashboardColumn(
      id: "history", heading: "History", pointer: "/history",
      rules: ["version/history-mismatch", "version/change-without-reference"]
    ) { i, _ in
      i.history.flatMap { $0.value.isEmpty ? nil : Wording.plural($0.value.count, "entry", "entries") }
    },
  ]

  private static func list(_ values: [String]?) -> String? {
    guard let values, !values.isEmpty else { return nil }
    return values.joined(separator: " ")
  }

  private static func time(_ kind: ResponseTimes.Kind, _ heading: String, _ rules: Set<String>)
    -> DashboardColumn
  {
    DashboardColumn(
      id: kind.rawValue, heading: heading, pointer: "/responseTimes/\(kind.rawValue)", rules: rules
    ) {
      i, _ in i.responseTimes?.value[kind]?.value.within.map { $0.value.description }
    }
  }
}
