/// A JSON value to be written: ordered object members, numbers kept as text.
///
/// Every JSON document this package writes (reports, catalogue files, baselines) is built as a
/// `JSON` value and rendered by ``render(indent:)``, the one place that escapes JSON strings.
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

  /// ``render(indent:)`` as UTF-8 bytes. Rendering goes through a byte buffer that grows
  /// geometrically, so it is linear in the size of the output.
  public func renderBytes(indent: Bool = true) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out, level: 0, pretty: indent)
    if indent { out.append(0x0A) }
    return out
  }

  private func write(to out: inout [UInt8], level: Int, pretty: Bool) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): JSON.appendQuoted(s, to: &out)
    case .array(let elements):
      if elements.isEmpty { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "["))
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSON.newline(&out, level + 1, pretty)
        element.write(to: &out, level: level + 1, pretty: pretty)
      }
      JSON.newline(&out, level, pretty)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty { return out.append(contentsOf: "{}".utf8) }
      out.append(UInt8(ascii: "{"))
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSON.newline(&out, level + 1, pretty)
        JSON.appendQuoted(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        value.write(to: &out, level: level + 1, pretty: pretty)
      }
      JSON.newline(&out, level, pretty)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ out: inout [UInt8], _ level: Int, _ pretty: Bool) {
    guard pretty else { return }
    out.append(0x0A)
    for _ in 0..<(2 * level) { out.append(0x20) }
  }

  /// Appends `string` as a JSON string literal, escaping quotes, backslashes and control
  /// characters (and U+2028/U+2029, which break JavaScript embedding).
  public static func appendQuoted(_ string: String, to out: inout String) {
    var bytes: [UInt8] = []
    appendQuoted(string, to: &bytes)
    out.append(String(decoding: bytes, as: UTF8.self))
  }

  /// Appends `string` as a JSON string literal in UTF-8.
  public static func appendQuoted(_ string: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { utf8 in
      var plainStart = 0
      var i = 0
      let count = utf8.count
      while i < count {
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
        default:
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<i]))
        if let escape {
          out.append(
            contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
        } else {
          let scalar: UInt32 = length == 3 ? (utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029) : UInt32(byte)
          out.append(contentsOf: "\\u".utf8)
          for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
            out.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
          }
        }
        i += length
        plainStart = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
