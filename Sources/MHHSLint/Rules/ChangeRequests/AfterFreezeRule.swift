import MHHSCatalogue

public struct AfterFreezeRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "cr/after-freeze",
    summary: "Change requests decided during a change freeze are flagged for review",
    rationale: """
      From 6 Dec 2023 a change freeze let only material changes progress. A CR decided inside a freeze should \
      be one of those; the finding lists them so the team can confirm each was material.
      """,
    sources: ["change freeze from 6 Dec 2023", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .info,
    examples: [
      .triggers(
        "CR034", "decided on 13 Dec 2023",
        ExampleFile.files(
          ExampleFile.changeRequest(
            "CR034", status: "approved", #", "decidedOn": "2023-12-13", "release": "IR7""#))),
      .passes(
        "decided before the freeze",
        ExampleFile.files(
          ExampleFile.changeRequest(
            "CR025", status: "approved", #", "decidedOn": "2023-07-12", "release": "IR7""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.changeRequests, in: catalogue).compactMap { c in
      guard let decided = c.decidedOn,
        let freeze = catalogue.freezes.first(where: { $0.contains(decided.value) })
      else {
        return nil
      }
      let from = freeze.from.map { " from \($0.value)" } ?? ""
      return context.finding(
        "\(c.id.value) was decided on \(decided.value), inside the change freeze\(from); confirm it is a material change",
        c, at: decided.position, "/decidedOn")
    }
  }
}
