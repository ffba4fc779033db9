/// The one place that escapes text for Graphviz DOT (`mhhs graph --format dot`).
public enum DOTEscaping {
  /// `text` as a double-quoted DOT string, which is always an id and never an HTML-like label
  /// or a keyword: `\` doubled first (so no escape of Graphviz's — `\N`, `\l`, a trailing `\`
  /// that would eat the closing quote — survives from the data), then `"` as `\"`; line
  /// breaks and control characters as spaces.
  public static func quoted(_ text: String) -> String {
    "\"" + escaped(text) + "\""
  }

  /// Lines as one quoted label, each escaped as ``quoted(_:)`` does, joined by DOT's `\n`.
  public static func label(_ lines: [String]) -> String {
    "\"" + lines.map(escaped).joined(separator: "\\n") + "\""
  }

  /// `text` as the rest of a `//` comment line.
  public static func comment(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { isLineBreakOrControl($0) ? " " : $0 }))
  }

  private static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case _ where isLineBreakOrControl(scalar): out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func isLineBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }
}
