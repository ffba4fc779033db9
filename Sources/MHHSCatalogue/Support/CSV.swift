/// Comma-separated values as RFC 4180 describes them: the one reader and writer of the package
/// (spreadsheet imports and the mapping tables).
///
/// Reading accepts what spreadsheets write: an optional UTF-8 byte order mark, CRLF or LF line
/// ends, quoted fields holding commas, doubled quotes and line breaks, and a last row with or
/// without a line break after it.
///
/// Writing guards against formula injection as OWASP recommends: a field a spreadsheet program
/// would run as a formula (one starting with `=`, `+`, `-`, `@`, tab or carriage return) is
/// written with a `'` in front, and reading takes exactly that `'` away again, so a table reads
/// back unchanged (a field that really starts with `'=` is written `''=` and read as `'=`).
public enum CSV {
  /// Why a text is not CSV, and on which line (1-based, counting line breaks inside fields).
  public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
      self.line = line
      self.message = message
    }

    public var description: String { "line \(line): \(message)" }
  }

  /// The UTF-8 byte order mark.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The rows of `bytes`, each a list of fields. A field is quoted when it starts with `"`; inside
  /// it `""` is one quote and commas and line breaks are text. A `"` inside an unquoted field is
  /// kept as written. A line break after the last row adds no row. A field that starts with `'`
  /// and then a formula character loses the `'` (see ``restoringFormula(_:)``).
  public static func parse(_ bytes: [UInt8]) -> Result<[[String]], ParseError> {
    var input = bytes[...]
    if input.starts(with: byteOrderMark) { input = input.dropFirst(3) }
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"),
      lf = UInt8(ascii: "\n")
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var line = 1
    var index = input.startIndex
    var fieldStarted = false

    func text(_ bytes: [UInt8], _ line: Int) -> Result<String, ParseError> {
      guard let s = String(validating: bytes, as: UTF8.self) else {
        return .failure(
          ParseError(line: line, message: "the text is not valid UTF-8; save the file as UTF-8"))
      }
      return .success(restoringFormula(s))
    }

    while index < input.endIndex {
      let byte = input[index]
      if byte == quote && field.isEmpty && !fieldStarted {
        // A quoted field: up to the closing quote that is not doubled.
        let startLine = line
        index += 1
        var closed = false
        while index < input.endIndex {
          let b = input[index]
          if b == quote {
            if index + 1 < input.endIndex && input[index + 1] == quote {
              field.append(quote)
              index += 2
              continue
            }
            index += 1
            closed = true
            break
          }
          if b == lf { line += 1 }
          field.append(b)
          index += 1
        }
        guard closed else {
          return .failure(ParseError(line: startLine, message: "a quoted field is not closed by a quote"))
        }
        fieldStarted = true
        if index < input.endIndex, ![comma, cr, lf].contains(input[index]) {
          return .failure(
            ParseError(
              line: line,
              message: "text after the closing quote of a field; write a quote inside a quoted field as \"\"")
          )
        }
        continue
      }
      switch byte {
      case comma:
        switch text(field, line) {
        case .success(let s): row.append(s)
        case .failure(let e): return .failure(e)
        }
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
        index += 1
      case cr, lf:
        switch text(field, line) {
        case .success(let s): row.append(s)
        case .failure(let e): return .failure(e)
        }
        rows.append(row)
        row.removeAll()
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
        index += 1
        if byte == cr, index < input.endIndex, input[index] == lf { index += 1 }
        line += 1
      default:
        field.append(byte)
        fieldStarted = true
        index += 1
      }
    }
    if fieldStarted || !field.isEmpty || !row.isEmpty {
      switch text(field, line) {
      case .success(let s): row.append(s)
      case .failure(let e): return .failure(e)
      }
      rows.append(row)
    }
    return .success(rows)
  }

  public static func parse(_ text: String) -> Result<[[String]], ParseError> {
    parse(Array(text.utf8))
  }

  /// `field` as it must be written: neutralised if a spreadsheet would read it as a formula,
  /// then quoted (with quotes doubled) when it holds a comma, a quote, a line break, or spaces at
  /// either end; as it is otherwise.
  public static func escape(_ field: String) -> String {
    let field = neutralisingFormula(field)
    let scalars = field.unicodeScalars
    let needsQuotes =
      scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
      || scalars.first == " " || scalars.last == " "
    guard needsQuotes else { return field }
    var out = "\""
    for scalar in scalars {
      if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    return out + "\""
  }

  /// `field` with a `'` in front when a spreadsheet program would run it as a formula (it starts
  /// with `=`, `+`, `-`, `@`, tab or carriage return), or when reading would take a `'` away from
  /// it (it starts with `'`s and then one of those characters).
  public static func neutralisingFormula(_ field: String) -> String {
    startsFormula(field.unicodeScalars.drop { $0 == "'" }) ? "'" + field : field
  }

  /// `field` without the `'` that ``neutralisingFormula(_:)`` put in front: a field that starts
  /// with `'`s and then a formula character loses one `'`; any other field stays as it is.
  public static func restoringFormula(_ field: String) -> String {
    let scalars = field.unicodeScalars
    guard scalars.first == "'", startsFormula(scalars.drop { $0 == "'" }) else { return field }
    return String(scalars.dropFirst())
  }

  private static func startsFormula(_ scalars: Substring.UnicodeScalarView) -> Bool {
    switch scalars.first {
    case "=", "+", "-", "@", "\t", "\r": true
    default: false
    }
  }

  /// `rows` as CSV text with CRLF after every row (RFC 4180), optionally preceded by a byte
  /// order mark (which spreadsheet programs need to read the text as UTF-8).
  public static func render(_ rows: [[String]], byteOrderMark: Bool = false) -> String {
    var out = byteOrderMark ? "\u{FEFF}" : ""
    for row in rows {
      out += row.map(escape).joined(separator: ",")
      out += "\r\n"
    }
    return out
  }
}
