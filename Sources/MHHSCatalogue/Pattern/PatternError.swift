/// Why a pattern cannot be compiled: a syntax error, a construct that needs backtracking or is
/// not supported, or a program too large. `message` says what is wrong, where (`offset` counts
/// Unicode scalars from 0), and what to write instead.
public struct PatternError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var offset: Int

  init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }

  public var description: String { message }
}
