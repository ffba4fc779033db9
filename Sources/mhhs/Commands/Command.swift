/// One subcommand of `mhhs`.
protocol Command {
  static var name: String { get }
  /// One line for the command list.
  static var summary: String { get }
  /// The usage line(s) after `mhhs`, e.g. `lint [DIR] [options]`.
  static var usage: String { get }
  /// A paragraph or two shown by `mhhs help COMMAND` before the options.
  static var discussion: String { get }
  /// The positional arguments, for shell completion (default: one path).
  static var operands: [Operand] { get }
  /// The command's command line, typed.
  associatedtype Arguments: CommandArguments
  /// Runs the command. Errors that stop the run are thrown.
  static func run(_ arguments: Arguments, _ terminal: inout Terminal) throws -> CommandOutcome
}

extension Command {
  static var options: [OptionSpec] { Arguments.options }
  static var operands: [Operand] { [.path] }
}

/// The exit codes of `cli.md`.
enum ExitCode: Int32 {
  /// Ran; nothing at or above `--fail-on`.
  case success = 0
  /// Ran; something at or above `--fail-on`.
  case findings = 1
  /// Could not run as asked.
  case usage = 2
}

/// A problem that stops a command (unreadable catalogue, unwritable output): exit code 2.
struct CommandError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
