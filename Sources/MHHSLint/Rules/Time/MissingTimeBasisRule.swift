import MHHSCatalogue

public struct MissingTimeBasisRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "time/missing-time-basis",
    summary: "Every active interface says whether its times are UTC or clock time",
    rationale: """
      CR036 (DAG-DEC85) moved change-of-supplier reads and service appointments to clock midnight while \
      settlement stays in UTC. Every interface must therefore say which it uses, or a one-hour error appears \
      twice a year.
      """,
    sources: ["CR036", "DAG-DEC85"],
    defaultSeverity: .warning,
    examples: [
      .triggers("IF-001", "no timeBasis", ExampleFile.files(ExampleFile.interface("IF-001"))),
      .passes("UTC", ExampleFile.files(ExampleFile.interface("IF-001", #", "timeBasis": "utc""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.interfaces, in: catalogue).compactMap { i in
      guard context.isActive(i, in: catalogue), i.timeBasis == nil else { return nil }
      return context.missing(
        "\(i.id.value) does not say whether its times are UTC or clock time; set timeBasis (CR036)", i)
    }
  }
}
