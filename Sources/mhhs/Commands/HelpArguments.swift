/// The command line of `mhhs help [COMMAND]`.
struct HelpArguments: CommandArguments {
  /// The command to describe; `nil` for the list of commands.
  var command: (any Command.Type)?

  static let options: [OptionSpec] = []

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard let name = parsed.positionals.first else { return }
    guard parsed.positionals.count == 1 else {
      throw UsageError(message: "help takes one command name", command: HelpCommand.name)
    }
    guard let command = CommandRunner.command(named: name) else {
      throw UsageError(message: "unknown command '\(name)'", command: nil)
    }
    self.command = command
  }
}
