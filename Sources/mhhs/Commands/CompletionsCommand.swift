/// `mhhs completions SHELL`: print a shell completion script.
enum CompletionsCommand: Command {
  static let name = "completions"
  static let summary = "Print the shell completion script for bash, zsh or fish"
  static let usage = "completions bash|zsh|fish"
  static let operands = [Operand.word(CompletionsArguments.Shell.arguments)]
  static let discussion = """
    Completes commands, options, the values of --format, --fail-on and the other closed sets, paths,
    and rule ids after explain. Load it with:
      bash:  source <(mhhs completions bash)          (e.g. in ~/.bashrc)
      zsh:   source <(mhhs completions zsh)           (after compinit, e.g. in ~/.zshrc)
      fish:  mhhs completions fish > ~/.config/fish/completions/mhhs.fish
    """

  static func run(_ arguments: CompletionsArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let model = CompletionModel.current
    switch arguments.shell {
    case .bash: terminal.print(BashCompletion.script(model))
    case .zsh: terminal.print(ZshCompletion.script(model))
    case .fish: terminal.print(FishCompletion.script(model))
    }
    return .success
  }
}
