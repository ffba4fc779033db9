/// A JSON value to be written: ordered object members, numbers kept as text.
///
/// Every JSON document this package writes (reports, catalogue files, baselines) is built as a
/// `JSON` value and rendered by ``render(indent:)``, or, for large reports, written straight
/// by a ``JSONWriter``; this file is the one place that lays out JSON and escapes its strings.
public enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func int(_ value: Int) -> JSON { .number(String(value)) }

  /// `value` as a string, or `null` when absent.
  public static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

  /// The value of member `key`, if this is an object that has one.
  public subscript(key: String) -> JSON? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  public static func == (lhs: JSON, rhs: JSON) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// Pretty-printed text: two-space indentation, one member or element per line, `"key": value`,
  /// non-ASCII characters written as they are, and a final newline when `indent` is true.
  /// Identical values always render to identical bytes.
  public func render(indent: Bool = true) -> String {
    String(decoding: renderBytes(indent: indent), as: UTF8.self)
  }

  /// ``render(indent:)`` as UTF-8 bytes, written by a ``JSONWriter``.
  public func renderBytes(indent: Bool = true) -> [UInt8] {
    JSONWriter.document(pretty: indent, estimatedSize: 4096) { $0.value(self) }
  }

  /// Appends `string` as a JSON string literal, escaping quotes, backslashes and control
  /// characters (and U+2028/U+2029, which break JavaScript embedding).
  public static func appendQuoted(_ string: String, to out: inout String) {
    out.append(String(decoding: JSON.string(string).renderBytes(indent: false), as: UTF8.self))
  }

  /// Appends `string` as a JSON string literal in UTF-8.
  public static func appendQuoted(_ string: String, to out: inout [UInt8]) {
    out.append(contentsOf: JSON.string(string).renderBytes(indent: false))
  }
}

/// Writes JSON text straight into the bytes of the result, in the layout of
/// ``JSON/render(indent:)`` (which uses it): a report of thousands of findings is written
/// without building a ``JSON`` value first or copying its text afterwards. Inside an object,
/// write ``key(_:)`` before each member's value; values in an array need nothing before them.
public struct JSONWriter: ~Copyable {
  /// Where the text goes; it holds the first `capacity` bytes of the text.
  private let buffer: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  /// How long the text is so far, including any part that did not fit in `buffer`.
  private var count = 0
  private let pretty: Bool
  /// How many objects and arrays are open.
  private var level = 0
  /// Whether the innermost open object or array has nothing in it yet.
  private var containerIsEmpty = true
  /// Whether a key was just written, so that the next value goes on its line.
  private var afterKey = false

  private init(buffer: UnsafeMutableBufferPointer<UInt8>, pretty: Bool) {
    self.buffer = buffer.baseAddress!
    capacity = buffer.count
    self.pretty = pretty
  }

  /// The document `body` writes, with a final newline when `pretty`. `estimatedSize` (in bytes)
  /// is reserved up front; memory reserved and not written to costs nothing. Should the text be
  /// longer, `body` runs a second time with room for exactly the length the first run measured.
  public static func document(pretty: Bool = true, estimatedSize: Int, _ body: (inout JSONWriter) -> Void)
    -> [UInt8]
  {
    var size = max(estimatedSize, 16)
    while true {
      var needed = 0
      let bytes = [UInt8](unsafeUninitializedCapacity: size) { storage, initialized in
        var writer = JSONWriter(buffer: storage, pretty: pretty)
        body(&writer)
        if pretty { writer.put(0x0A) }
        needed = writer.count
        initialized = needed <= size ? needed : 0
      }
      if needed <= size { return bytes }
      size = needed
    }
  }

  public mutating func beginObject() { open(UInt8(ascii: "{")) }
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  public mutating func beginArray() { open(UInt8(ascii: "[")) }
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the open object.
  public mutating func key(_ key: String) {
    startLine()
    quoted(key)
    if pretty {
      put(UInt8(ascii: ":"), UInt8(ascii: " "))
    } else {
      put(UInt8(ascii: ":"))
    }
    afterKey = true
  }

  public mutating func string(_ value: String) {
    beforeValue()
    quoted(value)
  }

  /// `value` as a string, or `null` when absent.
  public mutating func string(orNull value: String?) {
    if let value { string(value) } else { null() }
  }

  public mutating func int(_ value: Int) {
    beforeValue()
    // The digits of String(value), without making the String.
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if value < 0 {
        start -= 1
        digits[start] = UInt8(ascii: "-")
      }
      put(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// A number already written as JSON text.
  public mutating func number(_ text: String) {
    beforeValue()
    put(text)
  }

  public mutating func bool(_ value: Bool) {
    beforeValue()
    put(value ? "true" : "false")
  }

  public mutating func null() {
    beforeValue()
    put("null")
  }

  /// Writes a whole ``JSON`` value.
  public mutating func value(_ json: JSON) {
    switch json {
    case .null: null()
    case .bool(let b): bool(b)
    case .number(let n): number(n)
    case .string(let s): string(s)
    case .array(let elements):
      beginArray()
      for element in elements { value(element) }
      endArray()
    case .object(let members):
      beginObject()
      for (k, v) in members {
        key(k)
        value(v)
      }
      endObject()
    }
  }

  // MARK: Layout

  private mutating func open(_ bracket: UInt8) {
    beforeValue()
    put(bracket)
    level += 1
    containerIsEmpty = true
  }

  private mutating func close(_ bracket: UInt8) {
    level -= 1
    if !containerIsEmpty { newline() }
    put(bracket)
    containerIsEmpty = false
  }

  /// A value goes after its key, or on a line of its own in an array.
  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
    } else if level > 0 {
      startLine()
    }
  }

  /// Ends the previous member or element, if any, and starts the line of the next.
  private mutating func startLine() {
    if !containerIsEmpty { put(UInt8(ascii: ",")) }
    containerIsEmpty = false
    newline()
  }

  /// A newline and the indentation of the current level.
  private mutating func newline() {
    guard pretty else { return }
    let indentation: StaticString = "\n                                        "
    let width = 1 + 2 * level
    if width <= indentation.utf8CodeUnitCount {
      put(UnsafeBufferPointer(start: indentation.utf8Start, count: width))
    } else {
      put(0x0A)
      for _ in 0..<level { put(UInt8(ascii: " "), UInt8(ascii: " ")) }
    }
  }

  // MARK: Strings

  /// `string` as a JSON string literal: quotes, backslashes and control characters escaped,
  /// and U+2028/U+2029, which break JavaScript embedding; everything else as it is.
  private mutating func quoted(_ string: String) {
    let done = string.utf8.withContiguousStorageIfAvailable { quoted(utf8: $0) } != nil
    if !done {  // a bridged string: copy it to UTF-8 first
      var copy = string
      copy.withUTF8 { quoted(utf8: $0) }
    }
  }

  private mutating func quoted(utf8: UnsafeBufferPointer<UInt8>) {
    put(UInt8(ascii: "\""))
    let count = utf8.count
    var plainStart = 0
    var i = 0
    while true {
      i = Self.firstSpecialByte(in: utf8, from: i)
      guard i < count else { break }
      let byte = utf8[i]
      var escape: StaticString? = nil
      var length = 1
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0x08: escape = "\\b"
      case 0x0C: escape = "\\f"
      case 0x00..<0x20, 0x7F: break
      case 0xE2 where i + 2 < count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
        length = 3
      default:  // 0xE2 starting another character
        i += 1
        continue
      }
      put(UnsafeBufferPointer(rebasing: utf8[plainStart..<i]))
      if let escape {
        put(UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
      } else {
        let scalar: UInt32 = length == 3 ? (utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029) : UInt32(byte)
        put(UInt8(ascii: "\\"), UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
          let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
          put(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
      }
      i += length
      plainStart = i
    }
    put(UnsafeBufferPointer(rebasing: utf8[plainStart..<count]))
    put(UInt8(ascii: "\""))
  }

  /// The index of the first byte at or after `start` that may need escaping (`"`, `\`, a
  /// control character, DEL, or 0xE2, which starts U+2028 and U+2029), or the end. Plain text
  /// is skipped eight bytes at a time.
  private static func firstSpecialByte(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The high bit of every byte of `word` that is below `limit` (at most 0x80); borrows may
    /// mark bytes after the first match too, never before it.
    func below(_ limit: UInt64, _ word: UInt64) -> UInt64 { (word &- limit &* ones) & ~word & highBits }
    func equal(_ byte: UInt64, _ word: UInt64) -> UInt64 { below(1, word ^ (byte &* ones)) }
    func special(_ word: UInt64) -> UInt64 {
      below(0x20, word) | equal(0x22, word) | equal(0x5C, word) | equal(0x7F, word) | equal(0xE2, word)
    }
    var i = start
    let count = utf8.count
    guard count >= 8 else { return firstSpecialByteSlowly(in: utf8, from: i) }
    let base = UnsafeRawPointer(utf8.baseAddress!)
    while i + 8 <= count {
      let found = special(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
      if found != 0 { return i + found.trailingZeroBitCount / 8 }
      i += 8
    }
    guard i < count else { return count }
    // The last 1 to 7 bytes: the last eight bytes of the string, shifted so that those already
    // checked fall out, and the top filled with a plain letter.
    let rest = count - i
    let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    let word = (last >> UInt64(8 * (8 - rest))) | (0x4141_4141_4141_4141 << UInt64(8 * rest))
    let found = special(word)
    return found != 0 ? i + found.trailingZeroBitCount / 8 : count
  }

  /// ``firstSpecialByte(in:from:)`` one byte at a time, for strings shorter than eight bytes.
  private static func firstSpecialByteSlowly(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < utf8.count {
      let byte = utf8[i]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 { return i }
      i += 1
    }
    return i
  }

  // MARK: Bytes

  /// Appends `bytes` where there is room; past the end of `buffer` only counts them.
  private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    if count + bytes.count <= capacity, let source = bytes.baseAddress {
      (buffer + count).update(from: source, count: bytes.count)
    }
    count += bytes.count
  }

  private mutating func put(_ text: StaticString) {
    put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  private mutating func put(_ text: String) {
    var text = text
    text.withUTF8 { put($0) }
  }

  private mutating func put(_ byte: UInt8) {
    if count < capacity { buffer[count] = byte }
    count += 1
  }

  private mutating func put(_ first: UInt8, _ second: UInt8) {
    put(first)
    put(second)
  }
}
