/// Parses ECMA-262 (JavaScript) regular-expression syntax, as with the `u` flag, into a
/// ``PatternNode``. What the linear-time matcher cannot run (backreferences, lookaround, inline
/// flags) and what ECMA-262 does not allow is refused with a ``PatternError``. Groups may nest
/// ``maximumDepth`` deep, which bounds the recursion here and in the compiler.
struct PatternParser {
  static let maximumDepth = 200

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var depth = 0

  init(_ source: String) {
    self.scalars = Array(source.unicodeScalars)
  }

  mutating func parse() throws(PatternError) -> PatternNode {
    let node = try disjunction()
    if index < scalars.count {
      throw PatternError(
        "unmatched ) at offset \(index); write \\) for a literal parenthesis", at: index)
    }
    return node
  }

  private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private func peek(_ ahead: Int) -> Unicode.Scalar? {
    index + ahead < scalars.count ? scalars[index + ahead] : nil
  }

  private mutating func disjunction() throws(PatternError) -> PatternNode {
    var alternatives = [try alternative()]
    while peek == "|" {
      index += 1
      alternatives.append(try alternative())
    }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func alternative() throws(PatternError) -> PatternNode {
    var terms: [PatternNode] = []
    while let c = peek, c != "|", c != ")" {
      terms.append(try term())
    }
    return terms.count == 1 ? terms[0] : .concatenation(terms)
  }

  private mutating func term() throws(PatternError) -> PatternNode {
    let start = index
    let c = scalars[index]
    index += 1
    let atom: PatternNode
    switch c {
    case "^": return try unrepeated(.start, "^", at: start)
    case "$": return try unrepeated(.end, "$", at: start)
    case ".": atom = .scalar(.dot)
    case "[": atom = .scalar(try characterClass(at: start))
    case "(": atom = try group(at: start)
    case "\\":
      switch peek {
      case "b":
        index += 1
        return try unrepeated(.wordBoundary, "\\b", at: start)
      case "B":
        index += 1
        return try unrepeated(.notWordBoundary, "\\B", at: start)
      default: atom = .scalar(try escape(at: start, inClass: false))
      }
    case "*", "+", "?":
      throw PatternError(
        "\(c) at offset \(start) has nothing to repeat; write \\\(c) for a literal \(c)", at: start)
    case "{":
      if startsQuantifier(at: start) {
        throw PatternError(
          "the quantifier { at offset \(start) has nothing to repeat; write \\{ for a literal brace",
          at: start)
      }
      throw PatternError(
        "{ at offset \(start) does not start a quantifier {n}, {n,} or {n,m}; write \\{ for a literal brace",
        at: start)
    case "}", "]":
      throw PatternError("unmatched \(c) at offset \(start); write \\\(c) for a literal \(c)", at: start)
    default: atom = .scalar(ScalarSet(c.value))
    }
    guard let (minimum, maximum) = try quantifier() else { return atom }
    return .repetition(atom, minimum: minimum, maximum: maximum, offset: start)
  }

  /// An assertion, which ECMA-262 does not let a quantifier follow.
  private mutating func unrepeated(
    _ assertion: PatternAssertion, _ written: String, at start: Int
  ) throws(PatternError) -> PatternNode {
    let quantifierStart = index
    if try quantifier() != nil {
      throw PatternError(
        "the assertion \(written) at offset \(start) cannot be repeated (quantifier at offset \(quantifierStart)); remove the quantifier",
        at: quantifierStart)
    }
    return .assertion(assertion)
  }

  /// `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}`, each optionally followed by `?` (lazy, which
  /// makes no difference to whether a pattern matches). Nil, with nothing consumed, if there is
  /// none; a second quantifier straight after is an error.
  private mutating func quantifier() throws(PatternError) -> (Int, Int?)? {
    let start = index
    let bounds: (Int, Int?)
    switch peek {
    case "*": bounds = (0, nil)
    case "+": bounds = (1, nil)
    case "?": bounds = (0, 1)
    case "{":
      index += 1
      guard let minimum = number() else {
        index = start
        return nil
      }
      var maximum: Int? = minimum
      if peek == "," {
        index += 1
        maximum = number()
      }
      guard peek == "}" else {
        index = start
        return nil
      }
      if let maximum, maximum < minimum {
        throw PatternError(
          "the quantifier at offset \(start) has its numbers out of order ({\(minimum),\(maximum)}); write the smaller first",
          at: start)
      }
      bounds = (minimum, maximum)
    default: return nil
    }
    index += 1
    if peek == "?" { index += 1 }
    let after = index
    if startsQuantifier(at: after) {
      throw PatternError(
        "the quantifier at offset \(after) follows another and has nothing to repeat; put the repeated part in a group (?:…)",
        at: after)
    }
    return bounds
  }

  /// Whether a quantifier starts at `position`: `*`, `+`, `?`, or `{` with a count and `}`.
  private func startsQuantifier(at position: Int) -> Bool {
    guard position < scalars.count else { return false }
    switch scalars[position] {
    case "*", "+", "?": return true
    case "{":
      var p = position + 1
      let firstDigit = p
      while p < scalars.count, Self.decimal(scalars[p]) != nil { p += 1 }
      guard p > firstDigit, p < scalars.count else { return false }
      if scalars[p] == "," {
        p += 1
        while p < scalars.count, Self.decimal(scalars[p]) != nil { p += 1 }
      }
      return p < scalars.count && scalars[p] == "}"
    default: return false
    }
  }

  /// Decimal digits, saturating at a value far beyond any program size limit.
  private mutating func number() -> Int? {
    var value: Int?
    while let c = peek, let digit = Self.decimal(c) {
      value = min((value ?? 0) * 10 + digit, 1_000_000_000)
      index += 1
    }
    return value
  }

  private static func decimal(_ c: Unicode.Scalar) -> Int? {
    c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
  }

  private static func hex(_ c: Unicode.Scalar?) -> UInt32? {
    guard let v = c?.value else { return nil }
    switch v {
    case 0x30...0x39: return v - 0x30
    case 0x41...0x46: return v - 0x41 + 10
    case 0x61...0x66: return v - 0x61 + 10
    default: return nil
    }
  }

  private mutating func group(at start: Int) throws(PatternError) -> PatternNode {
    if peek == "?" {
      switch (peek(1), peek(2)) {
      case (":", _): index += 2
      case ("=", _), ("!", _):
        throw PatternError(
          "lookahead (?\(peek(1)!) at offset \(start) is not supported by mhhs's linear-time matcher; rewrite without it",
          at: start)
      case ("<", "="), ("<", "!"):
        throw PatternError(
          "lookbehind (?<\(peek(2)!) at offset \(start) is not supported by mhhs's linear-time matcher; rewrite without it",
          at: start)
      case ("<", _):
        index += 2
        try groupName(at: start)
      default:
        throw PatternError(
          "(? at offset \(start) starts a group mhhs does not know (inline flags such as (?i) are not supported); write (?:…) for a group that does not capture",
          at: start)
      }
    }
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw PatternError(
        "groups nest more than \(Self.maximumDepth) deep at offset \(start); flatten the pattern", at: start)
    }
    let inner = try disjunction()
    guard peek == ")" else {
      throw PatternError(
        "missing ) to close the group opened at offset \(start); write \\( for a literal parenthesis",
        at: start)
    }
    index += 1
    depth -= 1
    return inner
  }

  /// The name of `(?<name>…)`, up to `>`: a letter, `$` or `_`, then also digits.
  private mutating func groupName(at start: Int) throws(PatternError) {
    let nameStart = index
    while let c = peek,
      c == "$" || c == "_" || c.properties.isAlphabetic || (index > nameStart && Self.decimal(c) != nil)
    {
      index += 1
    }
    guard index > nameStart, peek == ">" else {
      throw PatternError(
        "the group name at offset \(nameStart) must be letters, digits, $ or _ closed by >; write (?<name>…)",
        at: nameStart)
    }
    index += 1
  }

  /// `[…]` or `[^…]`, from after the `[`.
  private mutating func characterClass(at start: Int) throws(PatternError) -> ScalarSet {
    var negated = false
    if peek == "^" {
      negated = true
      index += 1
    }
    var ranges: [ClosedRange<UInt32>] = []
    while true {
      guard let c = peek else {
        throw PatternError(
          "missing ] to close the class opened at offset \(start); write \\[ for a literal bracket", at: start
        )
      }
      if c == "]" {
        index += 1
        break
      }
      let lowStart = index
      let low = try classAtom()
      if peek == "-", let after = peek(1), after != "]" {
        index += 1
        let high = try classAtom()
        guard case .single(let lower) = low, case .single(let upper) = high else {
          throw PatternError(
            "the range at offset \(lowStart) has a class escape such as \\d at one end; write \\- for a literal hyphen",
            at: lowStart)
        }
        guard lower <= upper else {
          throw PatternError(
            "the range at offset \(lowStart) is out of order; write the lower end first", at: lowStart)
        }
        ranges.append(lower...upper)
      } else {
        switch low {
        case .single(let value): ranges.append(value...value)
        case .set(let set): ranges += set.ranges
        }
      }
    }
    let set = ScalarSet(ranges)
    return negated ? set.inverted : set
  }

  private enum ClassAtom {
    case single(UInt32)
    case set(ScalarSet)
  }

  private mutating func classAtom() throws(PatternError) -> ClassAtom {
    let start = index
    let c = scalars[index]
    index += 1
    guard c == "\\" else { return .single(c.value) }
    switch peek {
    case "b":
      index += 1
      return .single(0x08)
    case "-":
      index += 1
      return .single(0x2D)
    case "B":
      throw PatternError("\\B at offset \(start) is not allowed in a class; remove it", at: start)
    default:
      let set = try escape(at: start, inClass: true)
      if set.ranges.count == 1, set.ranges[0].lowerBound == set.ranges[0].upperBound {
        return .single(set.ranges[0].lowerBound)
      }
      return .set(set)
    }
  }

  /// The escape after the `\` at `start` (other than `\b` and `\B`), as the scalars it matches.
  private mutating func escape(at start: Int, inClass: Bool) throws(PatternError) -> ScalarSet {
    guard let c = peek else {
      throw PatternError(
        "the pattern ends with a lone \\ at offset \(start); write \\\\ for a backslash", at: start)
    }
    index += 1
    switch c {
    case "d": return .digit
    case "D": return ScalarSet.digit.inverted
    case "w": return .word
    case "W": return ScalarSet.word.inverted
    case "s": return .space
    case "S": return ScalarSet.space.inverted
    case "t": return ScalarSet(0x09)
    case "n": return ScalarSet(0x0A)
    case "v": return ScalarSet(0x0B)
    case "f": return ScalarSet(0x0C)
    case "r": return ScalarSet(0x0D)
    case "0":
      if let next = peek, Self.decimal(next) != nil {
        throw PatternError(
          "the octal escape \\0\(next) at offset \(start) is not supported; write \\x or \\u with hex digits",
          at: start)
      }
      return ScalarSet(0)
    case "1"..."9":
      var digits = String(c)
      while let next = peek, Self.decimal(next) != nil {
        digits.unicodeScalars.append(next)
        index += 1
      }
      if inClass {
        throw PatternError(
          "the octal escape \\\(digits) at offset \(start) is not supported; write \\x or \\u with hex digits",
          at: start)
      }
      throw PatternError(
        "backreference \\\(digits) at offset \(start) needs backtracking, which mhhs does not run; rewrite without it",
        at: start)
    case "k" where peek == "<":
      throw PatternError(
        "backreference \\k<…> at offset \(start) needs backtracking, which mhhs does not run; rewrite without it",
        at: start)
    case "c":
      if let letter = peek, letter.isASCII, letter.properties.isAlphabetic {
        index += 1
        return ScalarSet(letter.value % 32)
      }
      throw PatternError(
        "\\c at offset \(start) must be followed by a letter (\\cA to \\cZ); write \\\\c for a backslash and c",
        at: start)
    case "x":
      guard let high = Self.hex(peek), let low = Self.hex(peek(1)) else {
        throw PatternError(
          "\\x at offset \(start) needs two hex digits, as in \\x41", at: start)
      }
      index += 2
      return ScalarSet(high * 16 + low)
    case "u": return ScalarSet(try unicodeEscape(at: start))
    case "p", "P":
      throw PatternError(
        "the Unicode property escape \\\(c) at offset \(start) is not supported; list the characters in a class such as [A-Za-z]",
        at: start)
    default:
      if c.isASCII && (c.properties.isAlphabetic || Self.decimal(c) != nil) {
        throw PatternError(
          "\\\(c) at offset \(start) is not an ECMA-262 escape; write \(c) for the letter itself", at: start)
      }
      return ScalarSet(c.value)
    }
  }

  /// `\uHHHH` (a surrogate pair written as two such escapes is one scalar) or `\u{H…}`, from
  /// after the `u`.
  private mutating func unicodeEscape(at start: Int) throws(PatternError) -> UInt32 {
    if peek == "{" {
      var value: UInt32 = 0
      var digits = 0
      index += 1
      while let digit = Self.hex(peek) {
        value = min(value * 16 + digit, 0x110000)
        digits += 1
        index += 1
      }
      guard digits > 0, peek == "}", value <= ScalarSet.maximum else {
        throw PatternError(
          "\\u{ at offset \(start) needs hex digits up to 10FFFF and a closing }, as in \\u{1F600}", at: start
        )
      }
      index += 1
      return value
    }
    guard let value = fourHexDigits(at: index) else {
      throw PatternError("\\u at offset \(start) needs four hex digits, as in \\u00E9", at: start)
    }
    index += 4
    if (0xD800...0xDBFF).contains(value), peek == "\\", peek(1) == "u",
      let low = fourHexDigits(at: index + 2), (0xDC00...0xDFFF).contains(low)
    {
      index += 6
      return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    }
    return value
  }

  private func fourHexDigits(at position: Int) -> UInt32? {
    var value: UInt32 = 0
    for offset in 0..<4 {
      guard position + offset < scalars.count, let digit = Self.hex(scalars[position + offset]) else {
        return nil
      }
      value = value * 16 + digit
    }
    return value
  }
}
