/// The one place that escapes text for (GitHub-flavoured) Markdown: the Markdown report, the
/// mapping tables, the diff change log, the rule reference and SARIF's Markdown texts.
///
/// Works on Unicode scalars, so a CR LF (one `Character` in Swift) is seen as the two line
/// breaks it is. The result is always one line that stays inside the table cell, heading, list
/// item or paragraph it is written into.
public enum MarkdownEscaping {
  /// `text` as literal inline text: Markdown punctuation backslash-escaped, `<`, `>` and `&` as
  /// entities, every line break and control character (C0, DEL, C1 with U+0085, U+2028, U+2029)
  /// as a space, and a leading list marker (`-`, `+`, `1.`) escaped so that the text cannot open
  /// a list or a thematic break at the start of a list item.
  public static func inline(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    appendText(text.unicodeScalars[...], to: &out)
    return escapingLeadingMarker(String(out))
  }

  /// `text` whose `code spans` (single backticks around text without backticks) stay code, with
  /// the text around them escaped as ``inline(_:)`` does; any other backtick is escaped. Inside a
  /// code span, line breaks and control characters become spaces and, in a table cell, `|`
  /// becomes `\|` (GitHub-flavoured tables split cells on `|` even inside code).
  public static func keepingCode(_ text: String, inTableCell: Bool = false) -> String {
    let scalars = text.unicodeScalars
    var out = String.UnicodeScalarView()
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard scalars[index] == "`" else {
        index = scalars.index(after: index)
        continue
      }
      let afterOpening = scalars.index(after: index)
      let closing = scalars[afterOpening...].firstIndex(of: "`")
      let isSingleOpening = index == scalars.startIndex || scalars[scalars.index(before: index)] != "`"
      guard isSingleOpening, let closing, closing > afterOpening,
        scalars.index(after: closing) == scalars.endIndex || scalars[scalars.index(after: closing)] != "`"
      else {
        // Not a code span this escaping keeps: the backtick is text.
        index = afterOpening
        continue
      }
      appendText(scalars[start..<index], to: &out)
      out.append("`")
      for scalar in scalars[afterOpening..<closing] {
        if isLineBreakOrControl(scalar) {
          out.append(" ")
        } else {
          if scalar == "|" && inTableCell { out.append("\\") }
          out.append(scalar)
        }
      }
      out.append("`")
      index = scalars.index(after: closing)
      start = index
    }
    appendText(scalars[start...], to: &out)
    return escapingLeadingMarker(String(out))
  }

  /// `text` as one code span (a file path, a field name): line breaks and control characters as
  /// spaces, fenced by more backticks than the longest run inside it.
  public static func code(_ text: String) -> String {
    var content = String.UnicodeScalarView()
    var run = 0
    var longestRun = 0
    for scalar in text.unicodeScalars {
      run = scalar == "`" ? run + 1 : 0
      longestRun = max(longestRun, run)
      content.append(isLineBreakOrControl(scalar) ? " " : scalar)
    }
    let fence = String(repeating: "`", count: longestRun + 1)
    let pad = content.first == "`" || content.last == "`" ? " " : ""
    return fence + pad + String(content) + pad + fence
  }

  /// Whether `scalar` ends a line anywhere Markdown is read (LF, CR, U+0085, U+2028, U+2029) or
  /// is another control character.
  static func isLineBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }

  private static func appendText(
    _ scalars: Substring.UnicodeScalarView, to out: inout String.UnicodeScalarView
  ) {
    for scalar in scalars {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "{", "}":
        out.append("\\")
        out.append(scalar)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case _ where isLineBreakOrControl(scalar): out.append(" ")
      default: out.append(scalar)
      }
    }
  }

  /// `text` with a `\` before what would make it a list item or a thematic break where a block
  /// may start: a `-` or `+` followed by a space, the end or (for `-`) another `-`, or the `.` or
  /// `)` after up to nine digits followed by a space or the end.
  private static func escapingLeadingMarker(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " }) else { return text }
    func endsMarker(_ index: String.UnicodeScalarView.Index) -> Bool {
      index == scalars.endIndex || scalars[index] == " "
    }
    let next = scalars.index(after: first)
    let marker: String.UnicodeScalarView.Index
    switch scalars[first] {
    case "-" where endsMarker(next) || scalars[next] == "-": marker = first
    case "+" where endsMarker(next): marker = first
    case "0"..."9":
      guard let end = scalars[first...].firstIndex(where: { !("0"..."9").contains($0) }),
        scalars.distance(from: first, to: end) <= 9, scalars[end] == "." || scalars[end] == ")",
        endsMarker(scalars.index(after: end))
      else { return text }
      marker = end
    default: return text
    }
    var out = String.UnicodeScalarView(scalars[..<marker])
    out.append("\\")
    out.append(contentsOf: scalars[marker...])
    return String(out)
  }
}
