/// Why a document is not valid JSON, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  public var message: String
  /// ``message`` without the characters, bytes, keys or escapes of the input that it quotes,
  /// for files that may not be what they were named as (a ruleset's `extends` can name any
  /// file, and its content must not be echoed into a CI log).
  public var messageWithoutInput: String
  public var position: Position

  public init(_ message: String, withoutInput: String? = nil, at position: Position) {
    self.message = message
    self.messageWithoutInput = withoutInput ?? message
    self.position = position
  }
}

/// A strict RFC 8259 parser over UTF-8 bytes that records the position of every value.
///
/// It rejects what RFC 8259 does not allow (comments, trailing commas, leading zeros, NaN,
/// raw control characters in strings, invalid UTF-8, lone surrogate escapes, trailing content)
/// and, beyond the RFC, duplicate keys and nesting deeper than ``maximumDepth``, so that no input
/// can exhaust the stack.
public struct JSONParser {
  /// Deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 256
  /// Most values (strings, numbers, arrays, …) accepted in one document, so that a file of
  /// tens of millions of tiny values cannot take gigabytes of memory.
  public static let maximumValues = 2_000_000

  /// Parses one JSON document. Object keys found in `keys` are the table's strings.
  public static func parse(_ bytes: [UInt8], keys: JSONKeyTable? = nil) -> Result<JSONValue, JSONSyntaxError>
  {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = Scanner(buffer)
      parser.keys = keys
      do throws(JSONSyntaxError) {
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.offset < buffer.count {
          throw parser.error("unexpected content after the JSON value; a file holds exactly one value")
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
  }

  public static func parse(_ text: String) -> Result<JSONValue, JSONSyntaxError> {
    parse(Array(text.utf8))
  }
}

private struct Scanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0
  var line = 1
  var lineStart = 0
  // A cursor that makes column computation amortised linear on long lines.
  var columnOffset = 0
  var column = 1
  var scratch: [UInt8] = []
  var valueCount = 0
  var keys: JSONKeyTable?
  /// The offset just past the last multi-byte UTF-8 sequence read (they occur only inside
  /// strings). A line that starts after it is plain ASCII, where a column is a byte count.
  var endOfLastNonASCII = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  mutating func position(at target: Int) -> Position {
    if endOfLastNonASCII <= lineStart && target >= lineStart {
      return Position(line: line, column: target - lineStart + 1)
    }
    if columnOffset < lineStart || columnOffset > target {
      columnOffset = lineStart
      column = 1
    }
    var i = columnOffset
    var col = column
    while i < target {
      if bytes[i] & 0xC0 != 0x80 { col += 1 }
      i += 1
    }
    columnOffset = target
    column = col
    return Position(line: line, column: col)
  }

  mutating func error(_ message: String, withoutInput: String? = nil, at target: Int? = nil)
    -> JSONSyntaxError
  {
    JSONSyntaxError(message, withoutInput: withoutInput, at: position(at: min(target ?? offset, bytes.count)))
  }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0D: offset += 1
      case 0x0A:
        offset += 1
        line += 1
        lineStart = offset
        skipIndentation()
      default: return
      }
    }
  }

  /// Skips the spaces that start a line, eight bytes at a time: the count of leading spaces in
  /// a word is the count of its low zero bytes once spaces are made zero.
  mutating func skipIndentation() {
    guard let base = bytes.baseAddress else { return }
    while offset + 8 <= bytes.count {
      let word =
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        ^ 0x2020_2020_2020_2020
      if word != 0 {
        offset += word.trailingZeroBitCount >> 3
        return
      }
      offset += 8
    }
  }

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard offset < bytes.count else {
      throw error("unexpected end of input; expected a JSON value")
    }
    valueCount += 1
    if valueCount > JSONParser.maximumValues {
      throw error(
        "more than \(JSONParser.maximumValues) values in one file; a catalogue file is never this large")
    }
    let start = position(at: offset)
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      return JSONValue(.object(try parseObject(depth: depth + 1)), at: start)
    case UInt8(ascii: "["):
      return JSONValue(.array(try parseArray(depth: depth + 1)), at: start)
    case UInt8(ascii: "\""):
      return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(.number(try parseNumber()), at: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONValue(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONValue(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONValue(.null, at: start)
    default:
      throw unexpectedByte(expecting: "a JSON value")
    }
  }

  /// The error for the byte at `offset`, with advice for the usual mistakes.
  mutating func unexpectedByte(expecting: String) -> JSONSyntaxError {
    guard offset < bytes.count else { return error("unexpected end of input; expected \(expecting)") }
    let byte = bytes[offset]
    switch byte {
    case UInt8(ascii: "/"):
      return error("comments are not allowed in JSON")
    case UInt8(ascii: "N"), UInt8(ascii: "I"):
      return error("NaN and Infinity are not JSON numbers; write a number or a string")
    case UInt8(ascii: "'"):
      return error("strings must use double quotes")
    case UInt8(ascii: "+"):
      return error("a number must not start with '+'")
    case UInt8(ascii: "."):
      return error("a number must start with a digit")
    case 0xEF where offset + 2 < bytes.count && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF:
      return error("unexpected byte order mark; save the file as UTF-8 without BOM")
    case 0x20...0x7E:
      return error(
        "unexpected '\(Character(Unicode.Scalar(byte)))'; expected \(expecting)",
        withoutInput: "unexpected character; expected \(expecting)")
    default:
      return error(
        "unexpected byte 0x\(String(byte, radix: 16, uppercase: true)); expected \(expecting)",
        withoutInput: "unexpected byte; expected \(expecting)")
    }
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let count = literal.utf8CodeUnitCount
    let base = literal.utf8Start
    for i in 0..<count {
      guard offset + i < bytes.count, bytes[offset + i] == base[i] else {
        offset += i
        throw unexpectedByte(expecting: "'\(literal)'")
      }
    }
    offset += count
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
    if depth > JSONParser.maximumDepth {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
    offset += 1
    var members: [JSONMember] = []
    // Room for a typical catalogue object, so that it is not regrown member by member.
    members.reserveCapacity(16)
    var keys: Set<String> = []
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      return members
    }
    while true {
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}"), !members.isEmpty {
          throw error("trailing comma before '}'")
        }
        throw unexpectedByte(expecting: "a member name in double quotes")
      }
      let keyOffset = offset
      let keyPosition = position(at: offset)
      let key = try parseString(isKey: true)
      if members.count < 32 {
        if members.contains(where: { String.sameKey($0.key, key) }) {
          throw duplicate(key, at: keyOffset, members)
        }
      } else {
        if keys.isEmpty { keys = Set(members.map(\.key)) }
        if !keys.insert(key).inserted { throw duplicate(key, at: keyOffset, members) }
      }
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
        throw unexpectedByte(expecting: "':' after the member name")
      }
      offset += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      guard offset < bytes.count else { throw error("unexpected end of input; expected ',' or '}'") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "}") {
        offset += 1
        return members
      }
      throw unexpectedByte(expecting: "',' or '}'")
    }
  }

  mutating func duplicate(_ key: String, at keyOffset: Int, _ members: [JSONMember]) -> JSONSyntaxError {
    let first = members.first { $0.key == key }!.keyPosition
    return error(
      "duplicate key \"\(key)\" (first at line \(first.line), column \(first.column))",
      withoutInput: "duplicate key (first at line \(first.line), column \(first.column))", at: keyOffset)
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONValue] {
    if depth > JSONParser.maximumDepth {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
    offset += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      return elements
    }
    while true {
      skipWhitespace()
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "]"), !elements.isEmpty {
        throw error("trailing comma before ']'")
      }
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard offset < bytes.count else { throw error("unexpected end of input; expected ',' or ']'") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        return elements
      }
      throw unexpectedByte(expecting: "',' or ']'")
    }
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = offset
    if bytes[offset] == UInt8(ascii: "-") {
      offset += 1
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "I") {
          throw error("NaN and Infinity are not JSON numbers; write a number or a string")
        }
        throw error("expected a digit after '-'")
      }
    }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if offset < bytes.count, isDigit(bytes[offset]) {
        throw error("leading zeros are not allowed in JSON numbers", at: offset - 1)
      }
    } else {
      while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw error("expected a digit after the decimal point")
      }
      while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
      offset += 1
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
        offset += 1
      }
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw error("expected a digit in the exponent")
      }
      while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  mutating func parseString(isKey: Bool = false) throws(JSONSyntaxError) -> String {
    offset += 1
    let start = offset
    // Fast path: no escapes. Plain ASCII is skipped eight bytes at a time.
    if let base = bytes.baseAddress {
      while offset + 8 <= bytes.count,
        Self.isPlainASCII(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
      {
        offset += 8
      }
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        offset += 1
        if isKey, let key = keys?.key(for: text) { return key }
        return String(decoding: text, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw controlCharacter(byte) }
      if byte < 0x80 {
        offset += 1
      } else {
        try validateUTF8Sequence()
      }
    }
    guard offset < bytes.count else { throw error("unterminated string", at: start - 1) }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return String(decoding: scratch, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape()
      case 0..<0x20:
        throw controlCharacter(byte)
      case 0..<0x80:
        scratch.append(byte)
        offset += 1
      default:
        let sequenceStart = offset
        try validateUTF8Sequence()
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<offset]))
      }
    }
    throw error("unterminated string", at: start - 1)
  }

  /// Whether none of the eight bytes in `word` ends or escapes a string or needs checking: no
  /// quote, backslash, control character or byte of a multi-byte UTF-8 sequence.
  @inline(__always)
  static func isPlainASCII(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    let belowSpace = (word &- 0x20 &* ones) & ~word & highs != 0
    return word & highs == 0 && !belowSpace && !hasZeroByte(word ^ (0x22 &* ones))
      && !hasZeroByte(word ^ (0x5C &* ones))
  }

  mutating func controlCharacter(_ byte: UInt8) -> JSONSyntaxError {
    let name: String
    switch byte {
    case 0x0A: name = "a line break; write \\n"
    case 0x0D: name = "a carriage return; write \\r"
    case 0x09: name = "a tab; write \\t"
    default:
      name =
        "control character U+00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true)); escape it as \\u00XX"
    }
    return error(
      "unescaped \(name) inside a string", withoutInput: "unescaped control character inside a string")
  }

  mutating func parseEscape() throws(JSONSyntaxError) {
    let escapeStart = offset
    offset += 1
    guard offset < bytes.count else { throw error("unterminated string") }
    let byte = bytes[offset]
    offset += 1
    switch byte {
    case UInt8(ascii: "\""): scratch.append(0x22)
    case UInt8(ascii: "\\"): scratch.append(0x5C)
    case UInt8(ascii: "/"): scratch.append(0x2F)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hex4()
      if (0xD800..<0xDC00).contains(scalar) {
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
          bytes[offset + 1] == UInt8(ascii: "u")
        else {
          throw error(
            "lone surrogate escape \\u\(hexString(scalar)) without a low surrogate",
            withoutInput: "lone surrogate escape without a low surrogate", at: escapeStart)
        }
        offset += 2
        let low = try hex4()
        guard (0xDC00..<0xE000).contains(low) else {
          throw error(
            "lone surrogate escape \\u\(hexString(scalar)) without a low surrogate",
            withoutInput: "lone surrogate escape without a low surrogate", at: escapeStart)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw error(
          "lone surrogate escape \\u\(hexString(scalar)) without a high surrogate",
          withoutInput: "lone surrogate escape without a high surrogate", at: escapeStart)
      }
      scratch.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
    default:
      throw error("invalid escape sequence in string", at: escapeStart)
    }
  }

  func hexString(_ value: UInt32) -> String { String(value, radix: 16, uppercase: true) }

  mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard offset < bytes.count else { throw error("unterminated \\u escape") }
      let byte = bytes[offset]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("a \\u escape needs four hexadecimal digits")
      }
      value = value << 4 | digit
      offset += 1
    }
    return value
  }

  /// Checks the multi-byte UTF-8 sequence at `offset` (rejecting overlong forms, encoded
  /// surrogates and values above U+10FFFF) and moves past it.
  mutating func validateUTF8Sequence() throws(JSONSyntaxError) {
    let lead = bytes[offset]
    let length: Int
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowerBound = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upperBound = 0x9F
    case 0xF0:
      length = 4
      lowerBound = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upperBound = 0x8F
    default:
      throw error(
        "invalid UTF-8 byte 0x\(String(lead, radix: 16, uppercase: true)); save the file as UTF-8",
        withoutInput: "invalid UTF-8 byte; save the file as UTF-8")
    }
    guard offset + length <= bytes.count else {
      throw error("truncated UTF-8 sequence; save the file as UTF-8")
    }
    let second = bytes[offset + 1]
    guard second >= lowerBound && second <= upperBound else {
      throw error("invalid UTF-8 sequence; save the file as UTF-8")
    }
    for i in 2..<max(2, length) where bytes[offset + i] & 0xC0 != 0x80 {
      throw error("invalid UTF-8 sequence; save the file as UTF-8")
    }
    offset += length
    endOfLastNonASCII = offset
  }
}
