/// A regular expression in ECMA-262 (JavaScript) syntax, as written in rulesets and in JSON
/// Schema `pattern`s, matched in time linear in the text: no pattern can backtrack.
///
/// Supported: literals and escapes (`\d \w \s \D \W \S \b \B`, `\t \n \v \f \r \0`, `\cX`,
/// `\xHH`, `\uHHHH`, `\u{H…}`, escaped punctuation), `.`, classes with ranges, negation and
/// class escapes, `^` and `$`, groups (capturing, named and `(?:…)`), alternation, and the
/// quantifiers `* + ? {n} {n,} {n,m}`, greedy or lazy. Matching works on Unicode scalars, as
/// with the `u` flag and no others (`.` stops at line terminators, `\w` and `\b` are ASCII).
/// Backreferences, lookaround, property escapes and inline flags are refused with a
/// ``PatternError`` saying where, as is a pattern whose program would pass
/// ``maximumProgramSize`` instructions.
public struct Pattern: Sendable {
  public let source: String
  private let program: PatternProgram

  /// The most instructions a compiled pattern may have; a search costs at most this much per
  /// scalar of text. Counted repetitions multiply: `(a{100}){100}` needs 10,000.
  public static let maximumProgramSize = 10_000

  public init(compiling source: String) throws(PatternError) {
    var parser = PatternParser(source)
    self.program = try PatternProgram(parser.parse(), limit: Self.maximumProgramSize)
    self.source = source
  }

  /// Whether the pattern matches somewhere in `text`, like JavaScript's `RegExp.test`
  /// (anchor it with `^…$` to match the whole text).
  public func matches(_ text: String) -> Bool {
    program.search(text.unicodeScalars)
  }
}
