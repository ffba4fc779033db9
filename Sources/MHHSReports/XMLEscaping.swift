/// The one place that escapes text for XML 1.0 and HTML (JUnit and HTML reports).
///
/// Characters XML 1.0 forbids (control characters other than tab, line feed and carriage
/// return; U+FFFE and U+FFFF) become U+FFFD, so the output is always well-formed.
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
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "'" where attribute: out += "&#39;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      default:
        out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return out
  }
}
