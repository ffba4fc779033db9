import Testing

@testable import MHHSCatalogue

/// The fast paths added for speed give the same answers as the plain definitions.
struct FastPathTests {
  @Test func utf8OrderIsByteOrder() {
    let names = [
      "IF-001.json", "IF-0010.json", "IF-001", "REP-123A.json", "REP-123.json", "D0001.json", "é.json",
      "e.json",
      "", "ÿ", "z", "IF-001.json\u{301}", "aaaaaaaaZ", "aaaaaaaaA", "aaaaaaaa",
    ]
    let expected = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    #expect(UTF8Order.sortedIndices(names).map { names[$0] } == expected)
    #expect(names.sorted(by: UTF8Order.precedes) == expected)
  }

  @Test func pointersEscapeAndJoin() {
    #expect(JSONPointer.appending("", "name") == "/name")
    #expect(JSONPointer.appending("/responseTimes", "acknowledgement") == "/responseTimes/acknowledgement")
    #expect(JSONPointer.appending("/a", "b/c~d") == "/a/b~1c~0d")
    #expect(JSONPointer.appending("/from", 3) == "/from/3")
    #expect(JSONPointer.appending("/from", 12) == "/from/12")
  }

  @Test func commonDurationsMatchTheGeneralParser() {
    for (text, seconds) in [
      ("PT6S", 6.0), ("PT15M", 900), ("PT24H", 86_400), ("P1D", 86_400), ("P2W", 1_209_600),
    ] {
      #expect(ISODuration(text)?.seconds == seconds, "\(text)")
    }
    for text in ["P", "PT", "PTS", "P1", "PT1D", "P1H", "P-1D", "PT1.5S"] {
      #expect(ISODuration(text)?.seconds != 0 || ISODuration(text) == nil, "\(text)")
    }
    #expect(ISODuration("PT1.5S")?.seconds == 1.5)
    #expect(ISODuration("PT1D") == nil)
    #expect(ISODuration("P1H") == nil)
  }

  @Test func idPatternsWithoutAllocating() {
    #expect(IDPattern.interface.matches("IF-021"))
    #expect(IDPattern.interface.matches("REP-002A"))
    #expect(!IDPattern.interface.matches("REP-002a"))
    #expect(!IDPattern.interface.matches("IF-21"))
    #expect(IDPattern.decision.matches("DAG-DEC57"))
    #expect(IDPattern.decision.matches("DAG31-03"))
    #expect(IDPattern.decision.matches("DAG20.1-04"))
    #expect(!IDPattern.decision.matches("DEC57"))
    #expect(IDPattern.changeRequest.matches("CR034"))
    #expect(IDPattern.designIssue.matches("DIN-922"))
  }
}
