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

  /// Parsing with the table of known keys gives the same tree (keys, positions, values) as
  /// parsing without it, for keys in and out of the table, long keys, escaped keys and keys that
  /// differ from a known one only after eight bytes.
  @Test func knownKeysParseLikeOtherKeys() throws {
    let table = JSONKeyTable(["id", "name", "responseTimes", "codeDraftingName", "a", "abcdefgh1", "é"])
    let text = """
      {"id": "IF-1", "name": "x", "responseTimes": {"a": 1}, "codeDraftingName": "y",
       "codeDraftingNamf": 2, "abcdefgh1": 3, "abcdefgh2": 4, "n\\u0061me2": 5, "é": 6,
       "aVeryLongKeyOfMoreThanSixteenBytes": 7, "": 8}
      """
    let plain = try JSONParser.parse(Array(text.utf8)).get()
    let tabled = try JSONParser.parse(Array(text.utf8), keys: table).get()
    func flatten(_ v: JSONValue) -> [String] {
      var out = ["\(v.position.line):\(v.position.column)"]
      for m in v.members ?? [] {
        out.append("\(m.key)@\(m.keyPosition.line):\(m.keyPosition.column)")
        out += flatten(m.value)
      }
      if let s = v.stringValue { out.append(s) }
      if case .number(let n) = v.storage { out.append(n) }
      return out
    }
    #expect(flatten(tabled) == flatten(plain))
    #expect(plain.members?.contains { $0.key == "codeDraftingNamf" } == true)
    #expect(tabled.members?.count == 11)
  }

  /// Strings scanned eight bytes at a time stop at every byte that needs a closer look,
  /// wherever it falls in the word.
  @Test func wordScanStopsAtEverySpecialByte() throws {
    for special in ["\\\"", "\\n", "é", "\u{1F600}"] {
      for at in 0..<20 {
        let plain = String(repeating: "a", count: at) + special + String(repeating: "b", count: 19 - at)
        let decoded = try JSONParser.parse(Array("\"\(plain)\"".utf8)).get().stringValue
        let expected = plain.replacingOccurrences("\\\"", "\"").replacingOccurrences("\\n", "\n")
        #expect(decoded == expected, "\(special) at \(at)")
      }
      for at in 0..<20 {
        let bytes = Array(("\"" + String(repeating: "a", count: at)).utf8) + [0x01] + Array("b\"".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes).get() }
      }
    }
  }

  /// Columns on ASCII lines (worked out by subtraction) and after multi-byte characters (counted
  /// one by one), and indentation of any width skipped eight bytes at a time.
  @Test func columnsAfterIndentationAndNonASCII() throws {
    for width in 0..<20 {
      let pad = String(repeating: " ", count: width)
      let value = try JSONParser.parse("{\n\(pad)\"k\": \"é\", \"m\": 1,\n\(pad)  \"n\": 2}").get()
      let members = try #require(value.members)
      #expect(members[0].keyPosition == Position(line: 2, column: width + 1))
      #expect(members[1].keyPosition == Position(line: 2, column: width + 11))
      #expect(members[2].keyPosition == Position(line: 3, column: width + 3))
    }
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

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }

  /// Making pages on all cores while the ones before are written hands every result over in
  /// input order, as a plain loop would, for any batch size; a throw stops it where it was.
  @Test func batchesOverlapButResultsComeInOrder() {
    let input = Array(0..<1000)
    for size in [1, 7, 256, 999, 1000, 5000] {
      var seen: [(Int, Int)] = []
      Parallel.forEach(input, batchSize: size, { $0 * $0 }) { seen.append(($0, $1)) }
      #expect(seen.map(\.0) == input && seen.map(\.1) == input.map { $0 * $0 }, "batch size \(size)")
    }
    struct Stop: Error {}
    var consumed: [Int] = []
    #expect(throws: Stop.self) {
      try Parallel.forEach(input, batchSize: 10, { $0 }) { (item, _) throws(Stop) in
        if item == 25 { throw Stop() }
        consumed.append(item)
      }
    }
    #expect(consumed == Array(0..<25))
    var none = 0
    Parallel.forEach([Int](), batchSize: 4, { $0 }) { _, _ in none += 1 }
    #expect(none == 0)
  }
}
