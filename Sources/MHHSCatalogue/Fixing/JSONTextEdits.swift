/// Rewrites JSON strings of a document in place: only the bytes of each string concerned
/// change; layout, key order and everything else stay as they are.
public enum JSONTextEdits {
  /// Why edits could not be applied.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document is not valid JSON.
    case invalidJSON(JSONSyntaxError)
    /// An edit names a value that is not there, or holds something other than it expects: the
    /// file changed since it was read.
    case changed(pointer: String)
    /// Two edits rewrite the same string differently.
    case conflicting(pointer: String)

    public var description: String {
      switch self {
      case .invalidJSON(let error):
        "it is not valid JSON (\(error.position.line):\(error.position.column): \(error.messageWithoutInput))"
      case .changed(let pointer):
        "it changed since it was read (\(pointer.isEmpty ? "the document" : pointer) is no longer what lint saw)"
      case .conflicting(let pointer): "two fixes rewrite \(pointer) differently"
      }
    }
  }

  /// `bytes` with the string edits among `edits` applied (rename edits are ignored).
  public static func apply(_ edits: [QuickFix.Edit], to bytes: [UInt8]) -> Result<[UInt8], Failure> {
    let document: JSONValue
    switch JSONParser.parse(bytes) {
    case .success(let value): document = value
    case .failure(let error): return .failure(.invalidJSON(error))
    }
    var replacements: [(range: Range<Int>, text: [UInt8], pointer: String)] = []
    for edit in edits {
      let found: (Position, String)?
      let pointer: String
      let replacement: String
      switch edit {
      case .renameKey(_, let p, let from, let to):
        found = member(at: p, in: document).map { ($0.keyPosition, $0.key) }.flatMap {
          $0.1 == from ? $0 : nil
        }
        (pointer, replacement) = (p, to)
      case .replaceString(_, let p, let from, let to):
        found = value(at: p, in: document).flatMap { v in v.stringValue == from ? (v.position, from) : nil }
        (pointer, replacement) = (p, to)
      case .renameFile: continue
      }
      guard let (position, _) = found, let start = offset(of: position, in: bytes),
        let end = endOfString(startingAt: start, in: bytes)
      else { return .failure(.changed(pointer: pointer)) }
      var text: [UInt8] = []
      JSON.appendQuoted(replacement, to: &text)
      replacements.append((start..<end, text, pointer))
    }
    replacements.sort { $0.range.lowerBound < $1.range.lowerBound }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var copied = 0
    var last: (range: Range<Int>, text: [UInt8])?
    for r in replacements {
      if let last, last.range == r.range {
        guard last.text == r.text else { return .failure(.conflicting(pointer: r.pointer)) }
        continue  // the same fix twice
      }
      guard r.range.lowerBound >= copied else { return .failure(.conflicting(pointer: r.pointer)) }
      result += bytes[copied..<r.range.lowerBound]
      result += r.text
      copied = r.range.upperBound
      last = (r.range, r.text)
    }
    result += bytes[copied...]
    return .success(result)
  }

  /// The member that `pointer` names (its last token is the member's key).
  static func member(at pointer: String, in document: JSONValue) -> JSONMember? {
    var tokens = JSONPointer.tokens(pointer)
    guard let key = tokens.popLast(), let parent = value(at: tokens, in: document) else { return nil }
    return parent.members?.first { $0.key == key }
  }

  static func value(at pointer: String, in document: JSONValue) -> JSONValue? {
    value(at: JSONPointer.tokens(pointer), in: document)
  }

  private static func value(at tokens: [String], in document: JSONValue) -> JSONValue? {
    var current = document
    for token in tokens {
      if let members = current.members {
        guard let next = members.first(where: { $0.key == token }) else { return nil }
        current = next.value
      } else if let elements = current.elements, let index = Int(token), elements.indices.contains(index),
        String(index) == token
      {
        current = elements[index]
      } else {
        return nil
      }
    }
    return current
  }

  /// The byte offset of `position` in `bytes`: lines end at LF and columns count Unicode
  /// scalars, as the parser counts them.
  static func offset(of position: Position, in bytes: [UInt8]) -> Int? {
    var i = 0
    var line = 1
    while line < position.line {
      guard let newline = bytes[i...].firstIndex(of: 0x0A) else { return nil }
      i = newline + 1
      line += 1
    }
    var column = 1
    while column < position.column {
      guard i < bytes.count, bytes[i] != 0x0A else { return nil }
      i += 1
      while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
      column += 1
    }
    return i
  }

  /// The offset just past the JSON string that starts at `start` (its closing quote).
  static func endOfString(startingAt start: Int, in bytes: [UInt8]) -> Int? {
    guard start < bytes.count, bytes[start] == UInt8(ascii: "\"") else { return nil }
    var i = start + 1
    while i < bytes.count {
      switch bytes[i] {
      case UInt8(ascii: "\\"): i += 2
      case UInt8(ascii: "\""): return i + 1
      default: i += 1
      }
    }
    return nil
  }
}
