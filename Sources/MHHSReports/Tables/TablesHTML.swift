/// HTML text for the tables: the one place that escapes text for HTML in `Tables/`.
public enum TablesHTML {
  /// `text` safe as HTML element content or a quoted attribute value: `&`, `<`, `>`, `"` and `'`
  /// become character references.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
