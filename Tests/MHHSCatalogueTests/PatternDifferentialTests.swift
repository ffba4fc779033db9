import Testing

@testable import MHHSCatalogue

/// ``Pattern`` against Swift's backtracking `Regex`, set to ECMA-262's meanings (scalars, ASCII
/// `\d` and `\w`), on generated patterns of the supported subset and generated texts: both must
/// give the same yes/no answer everywhere.
///
/// Two things are left to the table in `PatternTests`, where Swift 6.3's `Regex` disagrees with
/// ECMA-262 itself: `\b` and `\B` (its simple word boundary does not count digits as word
/// characters), and texts with scalars beyond U+FFFF (`\w` fails on `0` followed by `😀`).
@Suite struct PatternDifferentialTests {
  /// SplitMix64, so that every run generates the same cases.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
  }

  /// Texts draw on these: letters, digits, `\w` and non-`\w` punctuation, a space, a newline
  /// and a non-ASCII letter (where `\w` must follow ECMA-262, not Unicode).
  static let alphabet: [String] = ["a", "b", "c", "0", "1", "_", "-", " ", "\n", "é"]

  static func pattern(_ g: inout Generator, depth: Int = 0) -> String {
    let alternatives = g.below(6) == 0 ? 2 : 1
    return (0..<alternatives).map { _ in sequence(&g, depth: depth) }.joined(separator: "|")
  }

  static func sequence(_ g: inout Generator, depth: Int) -> String {
    (0..<g.below(4)).map { _ in term(&g, depth: depth) }.joined()
  }

  static func term(_ g: inout Generator, depth: Int) -> String {
    if g.below(8) == 0 { return g.pick(["^", "$"]) }
    return atom(&g, depth: depth) + quantifier(&g)
  }

  static func atom(_ g: inout Generator, depth: Int) -> String {
    switch g.below(depth < 3 ? 7 : 5) {
    case 0, 1: return g.pick(["a", "b", "c", "0", "_", "\\-", "é", "😀", " ", "\\n", "\\u00e9", "\\x61"])
    case 2: return g.pick([".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S"])
    case 3, 4:
      let items = (0..<(1 + g.below(3))).map { _ in
        g.pick(["a", "b-c", "0-1", "_", "\\-", "é", "😀", "\\d", "\\w", "\\s", " ", "\\n", "a-é"])
      }
      return "[" + (g.below(3) == 0 ? "^" : "") + items.joined() + "]"
    default:
      return (g.below(2) == 0 ? "(" : "(?:") + pattern(&g, depth: depth + 1) + ")"
    }
  }

  static func quantifier(_ g: inout Generator) -> String {
    let q = g.pick(["", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "{1,3}"])
    return q.isEmpty || g.below(4) != 0 ? q : q + "?"
  }

  static func text(_ g: inout Generator) -> String {
    (0..<g.below(9)).map { _ in g.pick(alphabet) }.joined()
  }

  @Test func answersAsSwiftRegexDoes() throws {
    var g = Generator(state: 11)
    var compared = 0
    var disagreements: [String] = []
    for _ in 0..<3_000 {
      let source = Self.pattern(&g)
      let ours = try Pattern(compiling: source)
      let theirs = try Regex(source)
        .matchingSemantics(.unicodeScalar)
        .asciiOnlyDigits()
        .asciiOnlyWordCharacters()
        .wordBoundaryKind(.simple)
      for _ in 0..<12 {
        let text = Self.text(&g)
        let expected = try theirs.firstMatch(in: text) != nil
        compared += 1
        if ours.matches(text) != expected, disagreements.count < 20 {
          disagreements.append("/\(source)/ on \(text.debugDescription): Regex says \(expected)")
        }
      }
    }
    #expect(disagreements == [])
    #expect(compared == 36_000)
  }
}
