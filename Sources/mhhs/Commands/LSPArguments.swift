/// The command line of `mhhs lsp`, which takes no arguments: settings come from the client.
struct LSPArguments: CommandArguments, Equatable {
  static let options: [OptionSpec] = [
    .flag("stdio", help: "Speak over standard input and output (the default)")
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.isEmpty else {
      throw UsageError(
        message: "lsp takes no arguments, got: \(parsed.positionals.joined(separator: " "))",
        command: LSPCommand.name)
    }
  }
}
