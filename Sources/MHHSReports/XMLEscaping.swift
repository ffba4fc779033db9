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

  private static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars { append(scalar, attribute: attribute, to: &out) }
    return out
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
