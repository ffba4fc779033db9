/// The one place that escapes text for Mermaid flowcharts (`mhhs graph --format mermaid`).
public enum MermaidEscaping {
  /// A node id made only of `[A-Za-z0-9_]`: `n<index>_` then the source id's letters and
  /// digits, so it is unique, never a keyword (`end`, `graph`, `subgraph`) and never starts
  /// with `o` or `x` (which after `--` would draw a circle or a cross).
  public static func id(_ index: Int, _ source: String) -> String {
    let kept = source.unicodeScalars.prefix(40).map {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "_"
    }
    return "n\(index)_" + String(kept)
  }

  /// `text` for inside a double-quoted label: `"`, `#`, `;`, `<`, `>`, `&` and the backtick as
  /// Mermaid's entity codes (`#quot;`), line breaks and control characters as spaces. Lines a
  /// label is made of are joined by the caller with `<br/>`.
  public static func label(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "#quot;"
      case "#": out += "#35;"
      case ";": out += "#59;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "&": out += "#amp;"
      case "`": out += "#96;"
      case _ where isLineBreakOrControl(scalar): out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `text` as the rest of one line (a `%%` comment, `accTitle:`, `accDescr:`): line breaks and
  /// control characters as spaces, and `{`/`}` dropped (they open and close a multi-line
  /// `accDescr`).
  public static func line(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if scalar == "{" || scalar == "}" { return nil }
          return isLineBreakOrControl(scalar) ? " " : scalar
        }))
  }

  static func isLineBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }
}
