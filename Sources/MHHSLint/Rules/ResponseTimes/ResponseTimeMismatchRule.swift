import MHHSCatalogue

public struct ResponseTimeMismatchRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "nfr/response-time-mismatch",
    summary: "A response time that cites an NFR agrees with the NFR's response time",
    rationale: """
      When an interface says its error responses come within the time set by E2E1009, that time must be the \
      NFR's six seconds; two different values for one requirement mean one of them is wrong.
      """,
    sources: ["NFR E2E1009", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "ten seconds citing a six-second NFR",
        ExampleFile.files(
          ExampleFile.nfr("E2E1009"),
          ExampleFile.interface(
            "IF-001", #", "responseTimes": { "error": { "within": "PT10S", "nfr": "E2E1009" } }"#))),
      .passes(
        "six seconds citing a six-second NFR",
        ExampleFile.files(
          ExampleFile.nfr("E2E1009"),
          ExampleFile.interface(
            "IF-001", #", "responseTimes": { "error": { "within": "PT6S", "nfr": "E2E1009" } }"#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    // The response time each NFR requires, by the NFR's id.
    let requiredTimes = Dictionary(
      catalogue.nfrs.compactMap { nfr in nfr.responseTime.map { (nfr.id.value, $0.value) } },
      uniquingKeysWith: { first, _ in first })
    for i in context.checked(catalogue.interfaces, in: catalogue) {
      guard let times = i.responseTimes?.value else { continue }
      for kind in ResponseTimes.Kind.allCases {
        guard let time = times[kind]?.value, let within = time.within, let nfrID = time.nfr?.value,
          let required = requiredTimes[nfrID], within.value != required
        else { continue }
        findings.append(
          context.finding(
            "\(i.id.value) \(kind.rawValue) response time is \(within.value), but \(nfrID) requires \(required)",
            i, at: within.position, "/responseTimes/\(kind.rawValue)/within"))
      }
    }
    return findings
  }
}
