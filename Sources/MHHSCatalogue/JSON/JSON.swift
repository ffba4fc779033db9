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
    var out = ""
    out.reserveCapacity(256)
    write(to: &out, level: 0, pretty: indent)
    if indent { out.append("\n") }
    return out
  }

  private func write(to out: inout String, level: Int, pretty: Bool) {
    switch self {
    case .null: out.append("null")
    case .bool(let b): out.append(b ? "true" : "false")
    case .number(let n): out.append(n)
    case .string(let s): JSON.appendQuoted(s, to: &out)
    case .array(let elements):
      if elements.isEmpty { return out.append("[]") }
      out.append("[")
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(",") }
        JSON.newline(&out, level + 1, pretty)
        element.write(to: &out, level: level + 1, pretty: pretty)
      }
      JSON.newline(&out, level, pretty)
      out.append("]")
    case .object(let members):
      if members.isEmpty { return out.append("{}") }
      out.append("{")
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out.append(",") }
        JSON.newline(&out, level + 1, pretty)
        JSON.appendQuoted(key, to: &out)
        out.append(pretty ? ": " : ":")
        value.write(to: &out, level: level + 1, pretty: pretty)
      }
      JSON.newline(&out, level, pretty)
      out.append("}")
    }
  }

  private static func newline(_ out: inout String, _ level: Int, _ pretty: Bool) {
    guard pretty else { return }
    out.append("\n")
    out.append(String(repeating: "  ", count: level))
  }

  /// Appends `string` as a JSON string literal, escaping quotes, backslashes and control
  /// characters (and U+2028/U+2029, which break JavaScript embedding).
  public static func appendQuoted(_ string: String, to out: inout String) {
    out.append("\"")
    var plainStart = string.unicodeScalars.startIndex
    let scalars = string.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String?
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case "\u{08}": escape = "\\b"
      case "\u{0C}": escape = "\\f"
      case "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}", "\u{7F}":
        let hex = String(scalar.value, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: escape = nil
      }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
        out.append(escape)
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    out.append("\"")
  }
}
