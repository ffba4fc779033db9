import MHHSCatalogue

/// The command line of `mhhs completions SHELL`.
struct CompletionsArguments: CommandArguments, Equatable {
  /// The shells completion scripts are written for.
  enum Shell: String, OptionChoice {
    case bash, zsh, fish
  }

  var shell: Shell

  static let options: [OptionSpec] = []

  init(_ parsed: ParsedArguments) throws(UsageError) {
    let shells = Shell.arguments.joined(separator: ", ")
    guard parsed.positionals.count == 1, let name = parsed.positionals.first else {
      throw UsageError(
        message: "completions takes one shell, one of: \(shells)", command: CompletionsCommand.name)
    }
    guard let shell = Shell(argument: name) else {
      let hint = NearestName.suggest(name, from: Shell.arguments).map { "; did you mean '\($0)'?" } ?? ""
      throw UsageError(
        message: "no completions for shell '\(name)'\(hint); mhhs writes them for \(shells)",
        command: CompletionsCommand.name)
    }
    self.shell = shell
  }
}
