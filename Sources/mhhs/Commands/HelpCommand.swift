/// `mhhs help [COMMAND]`.
enum HelpCommand: Command {
  static let name = "help"
  static let summary = "Show help for mhhs or for one command"
  static let usage = "help [COMMAND]"
  static var operands: [Operand] { [.word(CommandRunner.commands.map { $0.name })] }
  static let discussion = "Prints the list of commands, or the usage and options of COMMAND."

  static func run(_ arguments: HelpArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    terminal.print(arguments.command.map(help(for:)) ?? overview())
    return .success
  }

  static func overview() -> String {
    let width = CommandRunner.commands.map { $0.name.count }.max() ?? 0
    let list = CommandRunner.commands.map {
      "  \($0.name)\(String(repeating: " ", count: width - $0.name.count + 2))\($0.summary)"
    }
    return """
      mhhs \(CommandRunner.version) — the MHHS design catalogue: check it, report on it, map it.

      Usage: mhhs COMMAND [options]

      Commands:
      \(list.joined(separator: "\n"))

      Options:
        -h, --help     Show help (also: mhhs help COMMAND)
        --version      Show the version and the catalogue format it reads

      Exit codes: 0 ran and nothing reached --fail-on; 1 ran and something did;
      2 could not run as asked (bad command line, unreadable catalogue, invalid ruleset).

      """
  }

  static func help(for command: any Command.Type) -> String {
    var lines = ["Usage: mhhs \(command.usage)", "", command.summary + ".", ""]
    if !command.discussion.isEmpty { lines += [command.discussion, ""] }
    let options = command.options + [.flag("help", short: "h", help: "Show this help")]
    let labels = options.map { spec -> String in
      let short = spec.short.map { "-\($0), " } ?? ""
      return short + "--\(spec.name)" + (spec.value.map { " \($0)" } ?? "")
    }
    let width = (labels.map(\.count).max() ?? 0) + 2
    lines.append("Options:")
    for (spec, label) in zip(options, labels) {
      var help = spec.help
      if let allowed = spec.allowed { help += " (\(allowed.joined(separator: "|")))" }
      lines.append("  \(label)\(String(repeating: " ", count: width - label.count))\(help)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
