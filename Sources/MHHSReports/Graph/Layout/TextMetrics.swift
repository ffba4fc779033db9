/// Text widths estimated without font metrics (Foundation on Linux has none): diagrams use a
/// monospace font, where each character advances the same, wide East Asian characters and
/// emoji twice that, combining marks nothing.
public enum TextMetrics {
  /// Font size of box text, in px.
  public static let fontSize = 12.0
  /// The advance of one character of a 12 px monospace font (DejaVu Sans Mono, Liberation Mono).
  public static let characterWidth = 7.3
  /// Distance between baselines.
  public static let lineHeight = 16.0

  /// The estimated width of `text` in px.
  public static func width(_ text: String) -> Double {
    Double(columns(text)) * characterWidth
  }

  /// The number of monospace columns `text` takes.
  public static func columns(_ text: String) -> Int {
    text.reduce(0) { $0 + columns($1) }
  }

  static func columns(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    switch scalar.value {
    case 0x0300...0x036F, 0x200B...0x200F: return 0
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  /// `text` broken at spaces into lines of at most `width` columns, at most `maxLines` of them;
  /// a word longer than a line is cut, and text that does not fit ends in "…". Control
  /// characters and line breaks in the data are read as spaces.
  public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineColumns = 0  // columns(line), kept as the line grows
    let words = text.split { $0 == " " || $0.isNewline || $0.unicodeScalars.allSatisfy(isControl) }
    for word in words {
      if lines.count > maxLines { break }
      let wordColumns = columns(String(word))
      if !line.isEmpty, lineColumns + 1 + wordColumns <= width {
        line += " " + word
        lineColumns += 1 + wordColumns
        continue
      }
      if !line.isEmpty { lines.append(line) }
      line = ""
      lineColumns = 0
      for character in word {
        let characterColumns = columns(character)
        if lineColumns + characterColumns > width, !line.isEmpty {
          lines.append(line)
          line = ""
          lineColumns = 0
        }
        line.append(character)
        lineColumns += characterColumns
      }
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > maxLines else { return lines }
    var last = lines[maxLines - 1]
    while !last.isEmpty && columns(last) + 1 > width { last.removeLast() }
    return Array(lines.prefix(maxLines - 1)) + [last + "…"]
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }
}
