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
    isPrintableASCII(text) ? text.utf8.count : text.reduce(0) { $0 + columns($1) }
  }

  /// Whether every character of `text` is printable ASCII (a space to a tilde), so one byte,
  /// one column and one `Character` each: most catalogue text, measured and wrapped by
  /// counting bytes.
  static func isPrintableASCII(_ text: String) -> Bool {
    let bytes = text.utf8.span
    for i in bytes.indices where !(0x20...0x7E).contains(bytes[i]) { return false }
    return true
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
    if isOneLine(text, width: width, maxLines: maxLines) { return [text] }
    return isPrintableASCII(text)
      ? wrapASCII(Array(text.utf8), width: width, maxLines: maxLines)
      : wrapCharacters(text, width: width, maxLines: maxLines)
  }

  /// Whether `text` is its own wrapping, one line: printable ASCII of at most `width` bytes,
  /// words apart by single spaces, none at either end (most titles and names).
  static func isOneLine(_ text: String, width: Int, maxLines: Int) -> Bool {
    guard maxLines >= 1, text.utf8.count <= width, text.utf8.first != UInt8(ascii: " "),
      text.utf8.last != UInt8(ascii: " "), !text.isEmpty
    else { return false }
    let bytes = text.utf8.span
    var previous: UInt8 = 0
    for i in bytes.indices {
      let byte = bytes[i]
      guard (0x20...0x7E).contains(byte), byte != UInt8(ascii: " ") || previous != UInt8(ascii: " ") else {
        return false
      }
      previous = byte
    }
    return true
  }

  /// ``wrap(_:width:maxLines:)`` for any text, character by character.
  static func wrapCharacters(_ text: String, width: Int, maxLines: Int) -> [String] {
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

  /// ``wrapCharacters(_:width:maxLines:)`` for printable ASCII, where every byte is a
  /// character one column wide and the only break is a space: the same steps on bytes.
  static func wrapASCII(_ bytes: [UInt8], width: Int, maxLines: Int) -> [String] {
    let space = UInt8(ascii: " ")
    var lines: [[UInt8]] = []
    var line: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == space {
        i += 1
        continue
      }
      if lines.count > maxLines { break }
      var end = i
      while end < bytes.count && bytes[end] != space { end += 1 }
      let word = bytes[i..<end]
      i = end
      if !line.isEmpty, line.count + 1 + word.count <= width {
        line.append(space)
        line += word
        continue
      }
      if !line.isEmpty { lines.append(line) }
      line = []
      for byte in word {
        if line.count + 1 > width, !line.isEmpty {
          lines.append(line)
          line = []
        }
        line.append(byte)
      }
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > maxLines else { return lines.map { String(decoding: $0, as: UTF8.self) } }
    var last = lines[maxLines - 1]
    while !last.isEmpty && last.count + 1 > width { last.removeLast() }
    return lines.prefix(maxLines - 1).map { String(decoding: $0, as: UTF8.self) } + [
      String(decoding: last, as: UTF8.self) + "…"
    ]
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }
}
