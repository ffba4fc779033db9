import MHHSCatalogue
import MHHSLint

/// Findings as LSP diagnostics, their ranges in the client's position encoding.
enum Diagnostics {
  /// The diagnostics of one file's findings; `text` is the file as the check read it.
  static func make(_ findings: [Finding], text: String, _ encoding: PositionEncoding) -> [JSON] {
    let lines = TextDocument.lines(text, prefix: findings.map(\.location.position.line).max() ?? 1)
    return findings.map { finding in
      let range = self.range(at: finding.location.position, lines: lines, encoding)
      return .object([
        ("range", range),
        ("severity", .int(severity(finding.severity))),
        ("code", .string(finding.ruleID)),
        ("source", .string("mhhs")),
        ("message", .string(finding.message)),
        ("data", data(finding)),
      ])
    }
  }

  /// What a code action needs of the finding: its fingerprint and pointer, and its fix.
  static func data(_ finding: Finding) -> JSON {
    var members: [(String, JSON)] = [
      ("fingerprint", .string(finding.fingerprint)), ("pointer", .string(finding.location.pointer)),
    ]
    if let fix = finding.fix {
      let edit: [(String, JSON)]
      switch fix.edit {
      case .renameKey(let file, let pointer, let from, let to):
        edit = [
          ("renameKey", .string(FileURI.uri(file))), ("pointer", .string(pointer)), ("from", .string(from)),
          ("to", .string(to)),
        ]
      case .replaceString(let file, let pointer, let from, let to):
        edit = [
          ("replaceString", .string(FileURI.uri(file))), ("pointer", .string(pointer)),
          ("from", .string(from)),
          ("to", .string(to)),
        ]
      case .renameFile(let file, let name):
        edit = [("renameFile", .string(FileURI.uri(file))), ("to", .string(name))]
      }
      members.append(("fix", .object([("title", .string(fix.title))] + edit)))
    }
    return .object(members)
  }

  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    case .hint: 4
    }
  }

  /// The range of the token at a catalogue position (1-based line, column in scalars): a
  /// string with its quotes, a number or word, else the one character there.
  static func range(at position: Position, lines: [Substring.UnicodeScalarView], _ encoding: PositionEncoding)
    -> JSON
  {
    let line = min(max(position.line - 1, 0), max(lines.count - 1, 0))
    let text = lines.isEmpty ? Substring().unicodeScalars : lines[line]
    let column = min(max(position.column - 1, 0), text.count)
    let scalars = Array(text)
    let length = tokenLength(scalars[column...])
    let start = encoding.units(ofScalars: column, in: text)
    let end = encoding.units(ofScalars: column + length, in: text)
    return range(line: line, start: start, end: end)
  }

  static func range(line: Int, start: Int, end: Int) -> JSON {
    .object([
      ("start", .object([("line", .int(line)), ("character", .int(start))])),
      ("end", .object([("line", .int(line)), ("character", .int(end))])),
    ])
  }

  /// How many scalars the JSON token at the start of `scalars` spans (within its line).
  static func tokenLength(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
    guard let first = scalars.first else { return 0 }
    if first == "\"" {
      var escaped = false
      for (offset, scalar) in scalars.dropFirst().enumerated() {
        if escaped {
          escaped = false
        } else if scalar == "\\" {
          escaped = true
        } else if scalar == "\"" {
          return offset + 2
        }
      }
      return scalars.count
    }
    let word = scalars.prefix {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
    }
    return max(word.count, 1)
  }
}
