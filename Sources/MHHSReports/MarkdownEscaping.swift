import MHHSLint

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

  /// `text` whose code spans stay code, with the text around them escaped as ``inline(_:)``
  /// does. A code span is read as CommonMark reads it: a run of backticks opens one and the next
  /// run of exactly the same length closes it (so ``` ``a`b`` ``` is one span, as
  /// ``DiffText/code(_:)`` writes values into messages); a run that nothing closes is text, its
  /// backticks escaped. Inside a code span, line breaks and control characters become spaces
  /// and, in a table cell, `|` becomes `\|` (GitHub-flavoured tables split cells on `|` even
  /// inside code, and read `\|` there as `|`; outside a table `\|` in code would show the
  /// backslash).
  public static func keepingCode(_ text: String, inTableCell: Bool = false) -> String {
    let scalars = Array(text.unicodeScalars)
    // The maximal runs of backticks, and for each the next run of the same length.
    var runs: [(start: Int, count: Int)] = []
    var i = 0
    while i < scalars.count {
      guard scalars[i] == "`" else {
        i += 1
        continue
      }
      var j = i
      while j < scalars.count && scalars[j] == "`" { j += 1 }
      runs.append((i, j - i))
      i = j
    }
    var closedBy = [Int?](repeating: nil, count: runs.count)
    var laterRun: [Int: Int] = [:]
    for r in runs.indices.reversed() {
      closedBy[r] = laterRun[runs[r].count]
      laterRun[runs[r].count] = r
    }
    var out = String.UnicodeScalarView()
    var textStart = 0
    var r = 0
    while r < runs.count {
      guard let close = closedBy[r] else {
        // Not a code span: the backticks are text, escaped with it.
        r += 1
        continue
      }
      let (open, closing) = (runs[r], runs[close])
      appendText(String.UnicodeScalarView(scalars[textStart..<open.start])[...], to: &out)
      let fence = scalars[open.start..<(open.start + open.count)]
      out.append(contentsOf: fence)
      for scalar in scalars[(open.start + open.count)..<closing.start] {
        if isLineBreakOrControl(scalar) {
          out.append(" ")
        } else {
          if scalar == "|" && inTableCell { out.append("\\") }
          out.append(scalar)
        }
      }
      out.append(contentsOf: fence)
      textStart = closing.start + closing.count
      r = close + 1
    }
    appendText(String.UnicodeScalarView(scalars[textStart...])[...], to: &out)
    return escapingLeadingMarker(String(out))
  }

  /// `text` as one code span (a file path, a field name, a value): line breaks and control
  /// characters as spaces, fenced as ``DiffText/code(_:)`` fences.
  public static func code(_ text: String) -> String {
    var content = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { content.append(isLineBreakOrControl(scalar) ? " " : scalar) }
    return DiffText.code(String(content))
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
