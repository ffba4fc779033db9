import MHHSCatalogue

public struct ApprovedWithoutReleaseRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "cr/approved-without-release",
    summary: "An approved or implemented change request names the release that carries it",
    rationale: """
      Approved changes reach participants through Interim Releases (CR034 and CR036 in IR7). A decision with no \
      release cannot be planned for, tested or found in the release notes.
      """,
    sources: ["CR034", "CR036", "DAG031 headline report, 13 Dec 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "CR018", "approved with no release",
        ExampleFile.files(ExampleFile.changeRequest("CR018", status: "approved"))),
      .passes(
        "approved for IR7",
        ExampleFile.files(ExampleFile.changeRequest("CR034", status: "approved", #", "release": "IR7""#))),
      .passes(
        "still under impact assessment",
        ExampleFile.files(ExampleFile.changeRequest("CR027", status: "impact-assessment"))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    context.checked(catalogue.changeRequests, in: catalogue).compactMap { c in
      guard let status = c.status, status.value.isApproved, c.release == nil else { return nil }
      return context.finding(
        "\(c.id.value) is \(status.value.rawValue) but names no release; add `release`", c,
        at: status.position, "/status")
    }
  }
}
