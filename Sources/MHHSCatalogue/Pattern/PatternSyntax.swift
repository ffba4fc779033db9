/// A parsed pattern, before it is compiled into a ``PatternProgram``.
indirect enum PatternNode: Sendable {
  /// One scalar from the set: a literal, `.`, a class or a class escape.
  case scalar(ScalarSet)
  case assertion(PatternAssertion)
  case concatenation([PatternNode])
  case alternation([PatternNode])
  /// `node{minimum,maximum}` (`maximum` nil: unbounded), written at `offset`.
  case repetition(PatternNode, minimum: Int, maximum: Int?, offset: Int)

  static let empty = PatternNode.concatenation([])
}

/// A zero-width test between two scalars.
enum PatternAssertion: Sendable {
  /// `^` (no `m` flag: only at the start of the text).
  case start
  /// `$` (only at the end of the text).
  case end
  /// `\b`
  case wordBoundary
  /// `\B`
  case notWordBoundary

  func holds(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
    switch self {
    case .start: previous == nil
    case .end: next == nil
    case .wordBoundary: Self.isWord(previous) != Self.isWord(next)
    case .notWordBoundary: Self.isWord(previous) == Self.isWord(next)
    }
  }

  private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
    scalar.map { ScalarSet.word.contains($0.value) } ?? false
  }
}
