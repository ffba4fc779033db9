/// A position as the LSP writes it: a 0-based line, and a character offset in the negotiated
/// ``PositionEncoding``.
struct LSPPosition: Equatable {
  var line: Int
  var character: Int
}

/// One edit of `textDocument/didChange`: the text between two positions, or the whole text.
struct TextChange {
  var range: (start: LSPPosition, end: LSPPosition)?
  var text: String
}

/// The text of a document as the client holds it, with its version. Text is handled as
/// Unicode scalars, never as characters, so that a position inside a grapheme cluster is kept.
struct TextDocument {
  var text: String
  var version: Int?

  /// The lines of the text, without their line breaks (`\n`, `\r\n` or `\r`).
  var lines: [Substring.UnicodeScalarView] { Self.lines(text) }

  static func lines(_ text: String) -> [Substring.UnicodeScalarView] {
    let scalars = text.unicodeScalars
    var lines: [Substring.UnicodeScalarView] = []
    var lineStart = scalars.startIndex
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let scalar = scalars[i]
      let next = scalars.index(after: i)
      if scalar == "\n" || scalar == "\r" {
        lines.append(scalars[lineStart..<i])
        i =
          scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n"
          ? scalars.index(after: next) : next
        lineStart = i
      } else {
        i = next
      }
    }
    lines.append(scalars[lineStart...])
    return lines
  }

  /// The first `count` lines of the text (all of them when it has fewer), as ``lines(_:)``
  /// gives them, found by scanning the UTF-8 bytes: the diagnostics of a file need only the
  /// lines down to its last finding.
  static func lines(_ text: String, prefix count: Int) -> [Substring.UnicodeScalarView] {
    let utf8 = text.utf8
    var lines: [Substring.UnicodeScalarView] = []
    var lineStart = utf8.startIndex
    var i = lineStart
    while i < utf8.endIndex && lines.count < count {
      let byte = utf8[i]
      var next = utf8.index(after: i)
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        lines.append(text.unicodeScalars[lineStart..<i])
        if byte == UInt8(ascii: "\r") && next < utf8.endIndex && utf8[next] == UInt8(ascii: "\n") {
          next = utf8.index(after: next)
        }
        lineStart = next
      }
      i = next
    }
    if lines.count < count { lines.append(text.unicodeScalars[lineStart...]) }
    return lines
  }

  /// The index of an LSP position; positions past the end of a line or of the text are clamped
  /// to it.
  func index(_ position: LSPPosition, _ encoding: PositionEncoding) -> String.Index {
    let lines = self.lines
    guard position.line >= 0 else { return text.startIndex }
    guard position.line < lines.count else { return text.endIndex }
    return encoding.index(ofUnits: max(0, position.character), in: lines[position.line])
  }

  mutating func apply(_ change: TextChange, _ encoding: PositionEncoding) {
    guard let range = change.range else {
      text = change.text
      return
    }
    var start = index(range.start, encoding)
    var end = index(range.end, encoding)
    if end < start { swap(&start, &end) }
    text.unicodeScalars.replaceSubrange(start..<end, with: change.text.unicodeScalars)
  }
}
