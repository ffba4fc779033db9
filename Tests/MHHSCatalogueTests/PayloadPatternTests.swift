import Testing

@testable import MHHSCatalogue

/// The patterns the DIP publishes (API 2.0.1 and 2.1.0, every one of them) compile with
/// ``Pattern`` and answer on their own examples as ECMA-262 does; ``PayloadPatterns`` compiles
/// each distinct source once and answers as compiling it plainly would.
@Suite struct PayloadPatternTests {
  /// Each published pattern with its published example (numbers as their text), and a few
  /// near misses. Answers as Python's `re.search` and `new RegExp(pattern, "u").test` agree.
  static let published: [PatternTests.Case] = [
    .init(pattern: "^-?\\d{1,13}\\.\\d{3}$", text: "-321987654321.123", matches: true),
    .init(pattern: "^-?\\d{1,14}\\.\\d{2}$", text: "-10987654321.12", matches: true),
    .init(pattern: "^-?\\d{1,14}\\.\\d{2}$", text: "-987654321.12", matches: true),
    .init(pattern: "^-?\\d{1,15}\\.\\d{2}$", text: "-21987654321.12", matches: true),
    .init(pattern: "^-?\\d{1,15}\\.\\d{5}$", text: "-21987654321.12", matches: false),
    .init(pattern: "^-?\\d{1,9}\\.\\d{3}$", text: "123456789.123", matches: true),
    .init(pattern: "^-?\\d{1,9}\\.\\d{3}$", text: "789.000", matches: true),
    .init(pattern: "^-?\\d{1,9}\\.\\d{6}$", text: "-987654321.123456", matches: true),
    .init(
      pattern: "^S-((IF|REP)-)?\\d{3,4}-[0-9a-fA-F]{10}-[A-Z]{3,5}-\\d{8}-[a-zA-Z0-9]+$",
      text: "S-IF-005-0123456789-SUP-20222313-12345687a1234567a", matches: true),
    .init(
      pattern: "^S-((IF|REP)-)?\\d{3,4}-[0-9a-fA-F]{10}-[A-Z]{3,5}-\\d{8}-[a-zA-Z0-9]+$",
      text: "S-REP-0051-0123456789-SUPPLY-20222313-1", matches: false),
    .init(pattern: "^[A-Z]{4}$", text: "EMEB", matches: true),
    .init(pattern: "^[A-Z]{4}$", text: "EMEBX", matches: false),
    .init(pattern: "^\\d{1,10}\\.\\d{6}$", text: "1234567890.123456", matches: true),
    .init(pattern: "^\\d{1,10}\\.\\d{6}$", text: "890.123456", matches: true),
    .init(pattern: "^\\d{1,2}$", text: "02", matches: true),
    .init(pattern: "^\\d{1,2}\\.\\d{2}$", text: "0.34", matches: true),
    .init(pattern: "^\\d{1,2}\\.\\d{2}$", text: "12.34", matches: true),
    .init(pattern: "^\\d{1,9}\\.\\d{6}$", text: "123456789.123456", matches: true),
    .init(pattern: "^\\d{1,9}\\.\\d{9}$", text: "20.123456789", matches: true),
    .init(pattern: "^\\d{13}?$", text: "2000056535971", matches: true),
    .init(pattern: "^\\d{13}?$", text: "200005653597", matches: false),
    .init(pattern: "^\\d{4,4}$", text: "0123", matches: true),
  ]

  @Test(arguments: published) func publishedPattern(_ c: PatternTests.Case) throws {
    #expect(try Pattern(compiling: c.pattern).matches(c.text) == c.matches)
  }

  @Test func eachDistinctPatternIsCompiledOnceAndAnswersAsAPlainCompile() throws {
    let catalogue = try CatalogueLoader.load(files: [
      .init("catalogue.json", #"{ "format": 1, "name": "T" }"#),
      .init(
        "datatypes/DT-022.json",
        #"{ "id": "DT-022", "name": "D", "type": "string", "pattern": "^-?\\d{1,9}\\.\\d{6}$" }"#),
      .init(
        "datatypes/DT-022N.json",
        #"{ "id": "DT-022N", "name": "D", "type": "string", "pattern": "^-?\\d{1,9}\\.\\d{6}$" }"#),
      .init(
        "dataitems/DI-001.json", #"{ "id": "DI-001", "name": "I", "type": "string", "pattern": "a(?=b)" }"#),
      .init(
        "blocks/B001.json",
        #"{ "id": "B001", "name": "B", "fields": [ { "name": "f", "type": "string", "pattern": "^[A-Z]{4}$", "required": true } ] }"#
      ),
    ])
    let patterns = PayloadPatterns(catalogue)
    #expect(patterns.count == 3)
    for (source, text) in [("^-?\\d{1,9}\\.\\d{6}$", "-1.123456"), ("^[A-Z]{4}$", "EMEB"), ("^x$", "y")] {
      let plain = try Pattern(compiling: source).matches(text)
      #expect(try patterns.pattern(source).get().matches(text) == plain)
    }
    #expect(throws: PatternError.self) { try patterns.pattern("a(?=b)").get() }
  }
}
