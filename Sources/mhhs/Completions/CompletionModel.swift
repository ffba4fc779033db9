import MHHSLint

/// What a positional argument of a command is, for shell completion.
enum Operand: Sendable {
  /// A file or folder.
  case path
  /// One of a fixed set of words (a rule id, a command, a shell).
  case word([String])
}

/// The command line of `mhhs` as completions see it, read from the commands' definitions: their
/// names, summaries, options (with the values of closed sets) and operands.
struct CompletionModel {
  struct CommandEntry {
    var name: String
    var summary: String
    /// The command's options and `--help`.
    var options: [OptionSpec]
    /// The positional arguments, in order.
    var operands: [Operand]

    /// The options that take a value.
    var valueOptions: [OptionSpec] { options.filter { $0.value != nil } }
  }

  var commands: [CommandEntry]
  /// The options of `mhhs` itself, before a command.
  let globalOptions = ["--help", "-h", "--version"]

  static var current: CompletionModel {
    CompletionModel(
      commands: CommandRunner.commands.map {
        CommandEntry(
          name: $0.name, summary: $0.summary,
          options: $0.options + [.flag("help", short: "h", help: "Show help")], operands: $0.operands)
      })
  }

  /// Whether the value of `option` is a file or folder (`FILE`, `DIR`) rather than text (`ID`).
  static func takesPath(_ option: OptionSpec) -> Bool {
    option.allowed == nil && ["FILE", "DIR", "PATH"].contains(option.value ?? "")
  }

  /// Every built-in rule id, for `explain`.
  static var ruleIDs: [String] { BuiltinRules.allDescriptions.map(\.id) }
}
