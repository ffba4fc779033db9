import MHHSCatalogue

public struct MissingErrorResponseTimeRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "nfr/missing-error-response-time",
    summary: "Every active DIP interface states how quickly error responses are returned",
    rationale: """
      At DAG 31 (13 Dec 2023) Elexon Helix noted that no response time is set for the return of error \
      messages for IF-021, although the interface had been excluded from response-time requirements because of \
      its volumes. Action DAG31-03 asked the programme to clarify it. A DIP interface with no error-response \
      time leaves senders unable to tell a slow rejection from a lost message.
      """,
    sources: ["DAG31-03", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-021", "IF-021 with an acknowledgement time but no error time",
        ExampleFile.files(
          ExampleFile.interface("IF-021", #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#))
      ),
      .passes(
        "an error-response time within six seconds",
        ExampleFile.files(
          ExampleFile.interface("IF-021", #", "responseTimes": { "error": { "within": "PT6S" } }"#))),
      .passes(
        "a withdrawn interface", ExampleFile.files(ExampleFile.interface("IF-021", status: "withdrawn"))),
      .passes(
        "an interface not on the DIP", ExampleFile.files(ExampleFile.interface("IF-165", transport: "file"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.interfaces, in: catalogue).compactMap { i in
      guard i.transport?.value == .dip, context.isActive(i, in: catalogue),
        i.responseTimes?.value.error == nil
      else {
        return nil
      }
      return context.missing(
        "\(i.id.value) has no error-response time; add responseTimes.error.within (DAG31-03)", i,
        in: i.responseTimes.map { ($0.position, "/responseTimes") })
    }
  }
}
