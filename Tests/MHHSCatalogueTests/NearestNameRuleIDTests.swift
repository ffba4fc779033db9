import Testing

@testable import MHHSCatalogue

/// Ruleset errors and `mhhs explain` suggest rule ids through ``NearestName``.
@Suite struct NearestNameRuleIDTests {
  static let ids = [
    "nfr/missing-error-response-time", "nfr/missing-response-times", "time/missing-time-basis",
    "term/missing-code-drafting-name",
  ]

  @Test(arguments: [
    ("nfr/missing-eror-response-time", "nfr/missing-error-response-time"),
    ("nfr/missing-respons-times", "nfr/missing-response-times"),
    ("time/missing-timebasis", "time/missing-time-basis"),
  ])
  func suggestsTheRuleMeant(_ typo: String, _ meant: String) {
    #expect(NearestName.suggest(typo, from: Self.ids) == meant)
  }

  @Test func suggestsNothingForAnUnrelatedId() {
    #expect(NearestName.suggest("dflow/new-dtc-flow", from: Self.ids) == nil)
  }
}
