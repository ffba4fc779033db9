import MHHSCatalogue

/// A catalogue file's text as the editor sees it, parsed with positions: finds the token under
/// the cursor, the value at a JSON pointer, where a value ends, and turns catalogue positions
/// (1-based line, column in scalars) into LSP ranges in the client's encoding.
struct JSONDocument {
  let text: String
  let lines: [Substring.UnicodeScalarView]
  /// The whole text as scalars, and where each line starts in it.
  let scalars: [Unicode.Scalar]
  let lineStarts: [Int]
  /// The parsed text; `nil` when it is not valid JSON (being typed).
  let root: JSONValue?

  init(_ text: String) {
    self.text = text
    lines = TextDocument.lines(text)
    scalars = Array(text.unicodeScalars)
    var starts = [0]
    var offset = 0
    for line in lines.dropLast() {
      offset += line.count
      // The break after the line: `\r\n` counts two scalars, `\n` or `\r` one.
      let next = offset < scalars.count ? scalars[offset] : "\n"
      offset += next == "\r" && offset + 1 < scalars.count && scalars[offset + 1] == "\n" ? 2 : 1
      starts.append(offset)
    }
    lineStarts = starts
    if case .success(let value) = JSONParser.parse(text) { root = value } else { root = nil }
  }

  // MARK: Positions

  /// The catalogue position of an LSP position; `nil` past the last line.
  func position(_ position: LSPPosition, _ encoding: PositionEncoding) -> Position? {
    guard position.line >= 0, position.line < lines.count, position.character >= 0 else { return nil }
    let line = lines[position.line]
    let index = encoding.index(ofUnits: position.character, in: line)
    return Position(line: position.line + 1, column: line.distance(from: line.startIndex, to: index) + 1)
  }

  /// The scalar offset of a catalogue position (clamped to its line).
  func offset(_ position: Position) -> Int {
    let line = min(max(position.line - 1, 0), lineStarts.count - 1)
    return lineStarts[line] + min(max(position.column - 1, 0), lines[line].count)
  }

  /// The catalogue position of a scalar offset.
  func position(ofOffset offset: Int) -> Position {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return Position(line: low + 1, column: min(offset - lineStarts[low], lines[low].count) + 1)
  }

  /// The LSP position of a scalar offset.
  func lspPosition(ofOffset offset: Int, _ encoding: PositionEncoding) -> JSON {
    let position = position(ofOffset: offset)
    let line = position.line - 1
    return .object([
      ("line", .int(line)),
      ("character", .int(encoding.units(ofScalars: position.column - 1, in: lines[line]))),
    ])
  }

  /// The LSP range between two scalar offsets.
  func range(_ start: Int, _ end: Int, _ encoding: PositionEncoding) -> JSON {
    .object([
      ("start", lspPosition(ofOffset: start, encoding)), ("end", lspPosition(ofOffset: end, encoding)),
    ])
  }

  /// The LSP range of the token (a string with its quotes, a number or word) at `position`.
  func tokenRange(at position: Position, _ encoding: PositionEncoding) -> JSON {
    Diagnostics.range(at: position, lines: lines, encoding)
  }

  /// The scalar offsets of the token at `position`.
  func token(at position: Position) -> Range<Int> {
    let start = offset(position)
    let line = lines[min(max(position.line - 1, 0), lines.count - 1)]
    let column = min(max(position.column - 1, 0), line.count)
    return start..<start + Diagnostics.tokenLength(Array(line)[column...])
  }

  /// Where the value starting at scalar offset `start` ends (just past it).
  func end(ofValueAt start: Int) -> Int {
    guard start < scalars.count else { return scalars.count }
    var i = start
    var depth = 0
    repeat {
      let scalar = scalars[i]
      if scalar == "\"" {
        i += 1
        while i < scalars.count && scalars[i] != "\"" { i += scalars[i] == "\\" ? 2 : 1 }
        i += 1
      } else if scalar == "{" || scalar == "[" {
        depth += 1
        i += 1
      } else if scalar == "}" || scalar == "]" {
        depth -= 1
        i += 1
      } else if depth == 0 {
        while i < scalars.count && !" \t\r\n,:]}".unicodeScalars.contains(scalars[i]) { i += 1 }
      } else {
        i += 1
      }
    } while depth > 0 && i < scalars.count
    return min(i, scalars.count)
  }

  // MARK: Values

  /// The value at `pointer`.
  func value(at pointer: String) -> JSONValue? {
    guard var current = root else { return nil }
    for token in JSONPointer.tokens(pointer) {
      if let members = current.members {
        guard let next = members.first(where: { $0.key == token }) else { return nil }
        current = next.value
      } else if let elements = current.elements, let index = Int(token), elements.indices.contains(index) {
        current = elements[index]
      } else {
        return nil
      }
    }
    return current
  }

  /// The member that `pointer` names.
  func member(at pointer: String) -> JSONMember? {
    var tokens = JSONPointer.tokens(pointer)
    guard let key = tokens.popLast() else { return nil }
    let parent = tokens.reduce("") { JSONPointer.appending($0, $1) }
    return value(at: parent)?.members?.first { $0.key == key }
  }

  /// A string token under the cursor: a member's key, or a string value.
  struct StringAt {
    var pointer: String
    var value: String
    var isKey: Bool
    /// Where the token starts (its opening quote).
    var position: Position
  }

  /// The string (key or value) whose token holds `position`, innermost first.
  func string(at position: Position) -> StringAt? {
    guard let root else { return nil }
    let cursor = offset(position)
    // The end counts too: a cursor just after the closing quote is on the token.
    func holds(_ start: Position) -> Bool {
      let token = token(at: start)
      return token.lowerBound <= cursor && cursor <= token.upperBound
    }
    func search(_ value: JSONValue, _ pointer: String) -> StringAt? {
      switch value.storage {
      case .string(let s):
        return holds(value.position)
          ? StringAt(pointer: pointer, value: s, isKey: false, position: value.position) : nil
      case .object(let members):
        for member in members {
          let inner = JSONPointer.appending(pointer, member.key)
          if holds(member.keyPosition) {
            return StringAt(pointer: inner, value: member.key, isKey: true, position: member.keyPosition)
          }
          if member.value.position <= position, let found = search(member.value, inner) { return found }
        }
        return nil
      case .array(let elements):
        for (n, element) in elements.enumerated() where element.position <= position {
          if let found = search(element, JSONPointer.appending(pointer, n)) { return found }
        }
        return nil
      default: return nil
      }
    }
    return search(root, "")
  }
}
