import Testing

@testable import MHHSCatalogue

@Suite struct PatternTests {
  struct Case: CustomStringConvertible, Sendable {
    var pattern: String
    var text: String
    var matches: Bool
    var description: String { "/\(pattern)/ on \"\(text)\"" }
  }

  /// ECMA-262 answers (as `new RegExp(pattern, "u").test(text)` gives them).
  static let cases: [Case] = [
    // literals and search
    .init(pattern: "abc", text: "xxabcxx", matches: true),
    .init(pattern: "abc", text: "ab", matches: false),
    .init(pattern: "", text: "", matches: true),
    .init(pattern: "", text: "anything", matches: true),
    .init(pattern: "a|", text: "b", matches: true),
    // anchors
    .init(pattern: "^abc$", text: "abc", matches: true),
    .init(pattern: "^abc$", text: "abcd", matches: false),
    .init(pattern: "^abc$", text: "abc\n", matches: false),
    .init(pattern: "^b", text: "ab", matches: false),
    .init(pattern: "a$", text: "ab", matches: false),
    .init(pattern: "a^", text: "a", matches: false),
    .init(pattern: "$^", text: "", matches: true),
    .init(pattern: "^a|b$", text: "xb", matches: true),
    .init(pattern: "^(?:a|b)$", text: "xb", matches: false),
    // dot
    .init(pattern: "^.$", text: "é", matches: true),
    .init(pattern: "^.$", text: "😀", matches: true),
    .init(pattern: "^.$", text: "\n", matches: false),
    .init(pattern: "^.$", text: "\r", matches: false),
    .init(pattern: "^.$", text: "\u{2028}", matches: false),
    .init(pattern: "^.$", text: "\t", matches: true),
    .init(pattern: "^...$", text: "e\u{301}x", matches: true),
    // class escapes
    .init(pattern: "^\\d+$", text: "0123456789", matches: true),
    .init(pattern: "^\\d$", text: "٣", matches: false),
    .init(pattern: "^\\D$", text: "٣", matches: true),
    .init(pattern: "^\\w+$", text: "A_z9", matches: true),
    .init(pattern: "^\\w$", text: "é", matches: false),
    .init(pattern: "^\\W$", text: "é", matches: true),
    .init(pattern: "^\\s+$", text: " \t\n\u{0B}\u{0C}\r\u{A0}\u{2003}\u{3000}\u{FEFF}", matches: true),
    .init(pattern: "^\\s$", text: "\u{85}", matches: false),
    .init(pattern: "^\\S$", text: "x", matches: true),
    .init(pattern: "\\bcat\\b", text: "a cat!", matches: true),
    .init(pattern: "\\bcat\\b", text: "concat", matches: false),
    .init(pattern: "\\Bcat", text: "concat", matches: true),
    .init(pattern: "\\b", text: "", matches: false),
    .init(pattern: "\\B", text: "", matches: true),
    .init(pattern: "é\\b", text: "é", matches: false),
    .init(pattern: "\\b0\\b", text: "x 0 y", matches: true),
    .init(pattern: "1\\B2", text: "12", matches: true),
    .init(pattern: "^_\\b", text: "_-", matches: true),
    // character escapes
    .init(pattern: "^\\t\\n\\v\\f\\r\\0$", text: "\t\n\u{0B}\u{0C}\r\0", matches: true),
    .init(pattern: "^\\x41\\u00e9\\u{1F600}$", text: "Aé😀", matches: true),
    .init(pattern: "^\\uD83D\\uDE00$", text: "😀", matches: true),
    .init(pattern: "^\\cJ\\ca$", text: "\n\u{01}", matches: true),
    .init(
      pattern: "^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\\\/$", text: ".*+?()[]{}|^$\\/", matches: true),
    .init(pattern: "^a\\.b$", text: "axb", matches: false),
    // classes
    .init(pattern: "^[abc]+$", text: "cab", matches: true),
    .init(pattern: "^[a-z0-9_]+$", text: "snake_case9", matches: true),
    .init(pattern: "^[a-z]+$", text: "Abc", matches: false),
    .init(pattern: "^[^a-z]+$", text: "ABC", matches: true),
    .init(pattern: "^[^a-z]$", text: "\n", matches: true),
    .init(pattern: "^[-a]+$", text: "a-a", matches: true),
    .init(pattern: "^[a-]+$", text: "-a", matches: true),
    .init(pattern: "^[a\\-z]+$", text: "-", matches: true),
    .init(pattern: "^[a\\-z]$", text: "b", matches: false),
    .init(pattern: "^[\\d.]+$", text: "1.5", matches: true),
    .init(pattern: "^[\\D]$", text: "x", matches: true),
    .init(pattern: "^[^\\d\\s]$", text: " ", matches: false),
    .init(pattern: "^[\\b]$", text: "\u{08}", matches: true),
    .init(pattern: "^[[]$", text: "[", matches: true),
    .init(pattern: "^[.]$", text: "x", matches: false),
    .init(pattern: "^[é-ë]$", text: "ê", matches: true),
    .init(pattern: "^[\\u{1F600}-\\u{1F64F}]$", text: "😃", matches: true),
    .init(pattern: "[]", text: "a", matches: false),
    .init(pattern: "^[^]$", text: "\n", matches: true),
    // groups and alternation
    .init(pattern: "^(ab)+$", text: "ababab", matches: true),
    .init(pattern: "^(ab)+$", text: "ababa", matches: false),
    .init(pattern: "^(?:IF|REP)-\\d{3}$", text: "REP-002", matches: true),
    .init(pattern: "^(?<kind>IF|REP)-\\d{3}$", text: "IF-02", matches: false),
    .init(pattern: "^(a|ab)(c|bcd)(d*)$", text: "abcd", matches: true),
    .init(pattern: "^(|a)b$", text: "b", matches: true),
    .init(pattern: "^((a)|b)+$", text: "abba", matches: true),
    // quantifiers
    .init(pattern: "^a*$", text: "", matches: true),
    .init(pattern: "^a+$", text: "", matches: false),
    .init(pattern: "^a?b$", text: "b", matches: true),
    .init(pattern: "^a{3}$", text: "aaa", matches: true),
    .init(pattern: "^a{3}$", text: "aaaa", matches: false),
    .init(pattern: "^a{2,}$", text: "a", matches: false),
    .init(pattern: "^a{2,}$", text: "aaaaa", matches: true),
    .init(pattern: "^a{2,3}$", text: "aaaa", matches: false),
    .init(pattern: "^a{0}$", text: "", matches: true),
    .init(pattern: "^a{0,0}b$", text: "ab", matches: false),
    .init(pattern: "^(ab){1,2}$", text: "abab", matches: true),
    .init(pattern: "^a*?b+?c??$", text: "aabb", matches: true),
    .init(pattern: "^\\d{13}?$", text: "1234567890123", matches: true),
    .init(pattern: "^a{2,3}?$", text: "aaa", matches: true),
    .init(pattern: "^(a*)*$", text: "aaa", matches: true),
    .init(pattern: "^(a*)+b$", text: "aaa", matches: false),
    .init(pattern: "^(a?){3}a{3}$", text: "aaa", matches: true),
    .init(pattern: "^(\\b|a)+$", text: "a", matches: true),
    // published patterns
    .init(pattern: "^-?\\d{1,15}\\.\\d{5}$", text: "-12.34567", matches: true),
    .init(pattern: "^-?\\d{1,15}\\.\\d{5}$", text: "12.3456", matches: false),
    .init(
      pattern: "^S-((IF|REP)-)?\\d{3,4}-[0-9a-fA-F]{10}-[A-Z]{3,5}-\\d{8}-[a-zA-Z0-9]+$",
      text: "S-IF-021-0123456789-ABCD-20240101-x1", matches: true),
    .init(
      pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
      text: "123e4567-e89b-42d3-a456-426614174000", matches: true),
    .init(
      pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
      text: "123e4567-e89b-62d3-a456-426614174000", matches: false),
    .init(pattern: "[^/]+/.+", text: "a/b", matches: true),
    .init(pattern: "[0-9]+(\\.[0-9]+){3}", text: "v1.2.3", matches: false),
    // Unicode scalars, not characters
    .init(pattern: "^e$", text: "e\u{301}", matches: false),
    .init(pattern: "^e\\u0301$", text: "e\u{301}", matches: true),
    .init(pattern: "^\\r\\n$", text: "\r\n", matches: true),
    .init(pattern: "^.\\n$", text: "\r\n", matches: false),
    .init(pattern: "^🇬🇧$", text: "🇬🇧", matches: true),
    .init(pattern: "^[🇬🇧]{2}$", text: "🇬🇧", matches: true),
  ]

  @Test(arguments: cases) func ecma262(_ c: Case) throws {
    #expect(try Pattern(compiling: c.pattern).matches(c.text) == c.matches)
  }

  struct Refusal: CustomStringConvertible, Sendable {
    var pattern: String
    var message: String
    var offset: Int
    var description: String { "/\(pattern)/" }
  }

  static let refusals: [Refusal] = [
    .init(
      pattern: "(a)x\\1",
      message:
        "backreference \\1 at offset 4 needs backtracking, which mhhs does not run; rewrite without it",
      offset: 4),
    .init(
      pattern: "(?<n>a)\\k<n>",
      message:
        "backreference \\k<…> at offset 7 needs backtracking, which mhhs does not run; rewrite without it",
      offset: 7),
    .init(
      pattern: "a(?=b)",
      message: "lookahead (?= at offset 1 is not supported by mhhs's linear-time matcher; rewrite without it",
      offset: 1),
    .init(
      pattern: "(?!b)",
      message: "lookahead (?! at offset 0 is not supported by mhhs's linear-time matcher; rewrite without it",
      offset: 0),
    .init(
      pattern: "(?<=a)b",
      message:
        "lookbehind (?<= at offset 0 is not supported by mhhs's linear-time matcher; rewrite without it",
      offset: 0),
    .init(
      pattern: "(?<!a)b",
      message:
        "lookbehind (?<! at offset 0 is not supported by mhhs's linear-time matcher; rewrite without it",
      offset: 0),
    .init(
      pattern: "(?i)abc",
      message:
        "(? at offset 0 starts a group mhhs does not know (inline flags such as (?i) are not supported); write (?:…) for a group that does not capture",
      offset: 0),
    .init(
      pattern: "\\p{L}",
      message:
        "the Unicode property escape \\p at offset 0 is not supported; list the characters in a class such as [A-Za-z]",
      offset: 0),
    .init(
      pattern: "a\\z", message: "\\z at offset 1 is not an ECMA-262 escape; write z for the letter itself",
      offset: 1),
    .init(
      pattern: "\\07",
      message: "the octal escape \\07 at offset 0 is not supported; write \\x or \\u with hex digits",
      offset: 0),
    .init(
      pattern: "[\\1]",
      message: "the octal escape \\1 at offset 1 is not supported; write \\x or \\u with hex digits",
      offset: 1),
    .init(
      pattern: "([A-Z",
      message: "missing ] to close the class opened at offset 1; write \\[ for a literal bracket", offset: 1),
    .init(
      pattern: "(ab",
      message: "missing ) to close the group opened at offset 0; write \\( for a literal parenthesis",
      offset: 0),
    .init(
      pattern: "ab)", message: "unmatched ) at offset 2; write \\) for a literal parenthesis", offset: 2),
    .init(pattern: "a]", message: "unmatched ] at offset 1; write \\] for a literal ]", offset: 1),
    .init(
      pattern: "a{x",
      message: "{ at offset 1 does not start a quantifier {n}, {n,} or {n,m}; write \\{ for a literal brace",
      offset: 1),
    .init(
      pattern: "*a", message: "* at offset 0 has nothing to repeat; write \\* for a literal *", offset: 0),
    .init(
      pattern: "a**",
      message:
        "the quantifier at offset 2 follows another and has nothing to repeat; put the repeated part in a group (?:…)",
      offset: 2),
    .init(
      pattern: "a{2}{3}",
      message:
        "the quantifier at offset 4 follows another and has nothing to repeat; put the repeated part in a group (?:…)",
      offset: 4),
    .init(
      pattern: "^*",
      message:
        "the assertion ^ at offset 0 cannot be repeated (quantifier at offset 1); remove the quantifier",
      offset: 1),
    .init(
      pattern: "a{3,1}",
      message: "the quantifier at offset 1 has its numbers out of order ({3,1}); write the smaller first",
      offset: 1),
    .init(
      pattern: "[z-a]", message: "the range at offset 1 is out of order; write the lower end first", offset: 1
    ),
    .init(
      pattern: "[\\w-.]",
      message:
        "the range at offset 1 has a class escape such as \\d at one end; write \\- for a literal hyphen",
      offset: 1),
    .init(
      pattern: "\\x4", message: "\\x at offset 0 needs two hex digits, as in \\x41", offset: 0),
    .init(
      pattern: "\\u{110000}",
      message: "\\u{ at offset 0 needs hex digits up to 10FFFF and a closing }, as in \\u{1F600}", offset: 0),
    .init(
      pattern: "abc\\",
      message: "the pattern ends with a lone \\ at offset 3; write \\\\ for a backslash", offset: 3),
    .init(
      pattern: "(a{1000}){1000}",
      message:
        "the repetition at offset 0 needs more than 10000 matcher steps (a count repeats everything before it, and counts inside counts multiply); use smaller counts",
      offset: 0),
    .init(
      pattern: "a{99999999999999999999}",
      message:
        "the repetition at offset 0 needs more than 10000 matcher steps (a count repeats everything before it, and counts inside counts multiply); use smaller counts",
      offset: 0),
  ]

  @Test func aRepetitionOfNothingIsBoundedToo() throws {
    #expect(try Pattern(compiling: "^(?:){5000}a$").matches("a"))
    #expect(throws: PatternError.self) { try Pattern(compiling: "((?:){1000000000}){1000000000}") }
  }

  @Test(arguments: refusals) func refused(_ r: Refusal) {
    #expect(throws: PatternError(r.message, at: r.offset)) { try Pattern(compiling: r.pattern) }
  }

  @Test func deepNestingIsRefusedNotRecursedInto() {
    let deep = String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000)
    #expect(throws: PatternError.self) { try Pattern(compiling: deep) }
    let allowed = String(repeating: "(", count: 200) + "a" + String(repeating: ")", count: 200)
    #expect(throws: Never.self) { try Pattern(compiling: allowed) }
  }

  @Test func aProgramUpToTheLimitCompiles() throws {
    // 1,000 copies of a one-instruction atom and 1,000 splits for the optional ones.
    #expect(try Pattern(compiling: "^a{1,1000}$").matches(String(repeating: "a", count: 1000)))
    #expect(try !Pattern(compiling: "^a{1,1000}$").matches(String(repeating: "a", count: 1001)))
  }

  /// Patterns that make a backtracking matcher take exponential time answer in linear time.
  @Test func catastrophicPatternsAnswerQuickly() throws {
    let long = String(repeating: "a", count: 100_000)
    let cases: [(pattern: String, text: String, matches: Bool)] = [
      ("^(a+)+$", long + "!", false),
      ("^(a+)+$", long, true),
      ("(a|a)*b", long, false),
      ("(a*)*b", long, false),
      ("(a|aa)+$", long + "!", false),
      ("^(\\w+\\s?)*$", long + "!", false),
    ]
    let patterns = try cases.map { try Pattern(compiling: $0.pattern) }
    var answers: [Bool] = []
    let elapsed = ContinuousClock().measure {
      answers = zip(patterns, cases).map { $0.matches($1.text) }
    }
    #expect(answers == cases.map(\.matches))
    #expect(elapsed < .seconds(20))  // a hang guard: each takes milliseconds
  }
}
