/// A 1-based line and column in a text file. Columns count Unicode scalars, not bytes.
public struct Position: Hashable, Sendable, Comparable {
  private var storedLine: UInt32
  private var storedColumn: UInt32

  public init(line: Int, column: Int) {
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
  }

  public var line: Int { Int(storedLine) }
  public var column: Int { Int(storedColumn) }

  /// The start of a file.
  public static let start = Position(line: 1, column: 1)

  public static func < (lhs: Position, rhs: Position) -> Bool {
    (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
  }
}

/// Where a value came from: a file, a position in it, and the RFC 6901 pointer of the value.
public struct SourceLocation: Hashable, Sendable {
  public var file: String
  public var position: Position
  public var pointer: String

  public init(file: String, position: Position, pointer: String) {
    self.file = file
    self.position = position
    self.pointer = pointer
  }

  public var line: Int { position.line }
  public var column: Int { position.column }
}
