/// The one place that escapes text for XML 1.0 and HTML (JUnit, the HTML report and the HTML
/// mapping table). Works on Unicode scalars, so CR LF is seen as the two characters it is.
///
/// Characters XML 1.0 forbids even as references (control characters other than tab, line
/// feed and carriage return; U+FFFE and U+FFFF) become U+FFFD, so the output is always
/// well-formed. So do DEL and the C1 controls (U+0080–U+009F, U+0085 among them), which XML 1.0
/// discourages, XML 1.1 partly reads as line ends and HTML parses as errors (`&#133;` would even
/// be read as `…` there).
public enum XMLEscaping {
  /// `text` for element content: `&`, `<`, `>` escaped.
  public static func text(_ text: String) -> String {
    escape(text, attribute: false)
  }

  /// `text` for a double-quoted attribute value: also `"`, `'` and the white-space characters
  /// that attribute-value normalisation would otherwise turn into spaces.
  public static func attribute(_ text: String) -> String {
    escape(text, attribute: true)
  }

  /// `text` for HTML element content that keeps its lines: each line break (LF, CR LF, CR,
  /// U+2028, U+2029) as `<br>`, the rest escaped as ``attribute(_:)`` escapes.
  public static func htmlLines(_ text: String) -> String {
    var out = ""
    var afterCR = false
    for scalar in text.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\n" where afterCR: continue
      case "\n", "\r", "\u{2028}", "\u{2029}": out += "<br>"
      default: append(scalar, attribute: true, to: &out)
      }
    }
    return out
  }

  /// Whether XML 1.0 allows `scalar` in a document.
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// What ``append(_:attribute:to:)`` does to every scalar, done on UTF-8 bytes: text with
  /// nothing to escape (most of it) comes back as it is, and otherwise only the bytes that start
  /// an escaped scalar are looked at, the runs between them copied whole. U+0080–U+009F are
  /// C2 80–C2 9F and U+FFFE/U+FFFF are EF BF BE/BF in UTF-8; every other byte of 0x80 or more
  /// is part of a scalar kept as it is.
  private static func escape(_ text: String, attribute: Bool) -> String {
    guard mayNeedEscaping(text) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var copied = 0  // bytes[..<copied] are in `out` or escaped
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      var length = 1
      let replacement: String
      switch byte {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
      case UInt8(ascii: "'") where attribute: replacement = "&#39;"
      case UInt8(ascii: "\n") where attribute: replacement = "&#10;"
      case UInt8(ascii: "\t") where attribute: replacement = "&#9;"
      case UInt8(ascii: "\r"): replacement = "&#13;"
      case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
        i += 1
        continue
      case 0x00...0x1F, 0x7F: replacement = "\u{FFFD}"
      case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
        replacement = "\u{FFFD}"
        length = 2
      case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE:
        replacement = "\u{FFFD}"
        length = 3
      default:
        i += 1
        continue
      }
      if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
      out += bytes[copied..<i]
      out += replacement.utf8
      i += length
      copied = i
    }
    if copied == 0 { return text }
    out += bytes[copied...]
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `text` has a byte ``mayNeedEscaping(_:)-(UInt8)`` (`false` for most text).
  private static func mayNeedEscaping(_ text: String) -> Bool {
    let bytes = text.utf8.span
    for i in bytes.indices where mayNeedEscaping(bytes[i]) { return true }
    return false
  }

  /// Whether `byte` is one the loop above may replace or look past (the first byte of
  /// U+0080–U+009F or U+FFFE/U+FFFF, or a special ASCII byte).
  private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x00...0x1F, 0x7F, 0xC2, 0xEF, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "\""), UInt8(ascii: "'"):
      true
    default: false
    }
  }

  private static func append(_ scalar: Unicode.Scalar, attribute: Bool, to out: inout String) {
    switch scalar {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"" where attribute: out += "&quot;"
    case "'" where attribute: out += "&#39;"
    case "\n" where attribute: out += "&#10;"
    case "\r": out += "&#13;"
    case "\t" where attribute: out += "&#9;"
    case "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
    default:
      out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
    }
  }
}
