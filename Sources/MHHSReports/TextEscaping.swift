/// The one place that escapes data for plain-text output made of lines (the text and diff
/// reports, `mhhs rules`, `mhhs explain`, `mhhs import --dry-run --verbose`).
public enum TextEscaping {
  /// `text` as one line: line breaks and other control characters (C0, DEL, C1 with U+0085,
  /// U+2028, U+2029) written as escapes (`\n`, `\r`, `\t`, `\u001B`), so that data quoted in a
  /// line (a key with a line break in it) cannot break the one-line-per-item shape or send a
  /// terminal control sequence. Works on Unicode scalars: CR LF is `\r\n`.
  public static func line(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isEscaped) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where isEscaped(scalar):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }
}
