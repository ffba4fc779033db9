import MHHSCatalogue
import MHHSReports

/// Dispatches `mhhs COMMAND …` and turns errors into messages and exit codes.
enum CommandRunner {
  static let version = "0.1.0"

  /// What `mhhs --version` prints: the tool's version (CHANGELOG.md) and the newest catalogue
  /// format it reads (`format` in catalogue.json).
  static var versionLine: String {
    "mhhs \(version) (catalogue format \(CatalogueLoader.supportedFormat))\n"
  }

  /// How reports name the tool that made them.
  static let tool = Report.Tool(
    name: "mhhs", version: version, informationURI: "https://github.com/mhhs-catalogue/mhhs-catalogue")

  /// Every command, in the order `mhhs help` lists them.
  static let commands: [any Command.Type] = [
    LintCommand.self,
    RulesCommand.self,
    ExplainCommand.self,
    DiffCommand.self,
    ImportCommand.self,
    MappingCommand.self,
    SiteCommand.self,
    GraphCommand.self,
    ExportCommand.self,
    SchemaCommand.self,
    LSPCommand.self,
    InitCommand.self,
    CompletionsCommand.self,
    HelpCommand.self,
  ]

  static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.name == name }
  }

  static func run(_ arguments: [String], _ terminal: inout Terminal) -> CommandOutcome {
    guard let first = arguments.first else {
      terminal.error(HelpCommand.overview())
      return CommandOutcome(.usage)
    }
    switch first {
    case "--version", "-V", "version":
      terminal.print(versionLine)
      return .success
    case "-h", "--help":
      terminal.print(HelpCommand.overview())
      return .success
    default: break
    }
    guard let command = command(named: first) else {
      let hint =
        NearestName.suggest(first, from: commands.map { $0.name }).map { "; did you mean '\($0)'?" } ?? ""
      terminal.error(
        "mhhs: error: unknown command '\(first)'\(hint)\nRun 'mhhs help' for the list of commands.\n")
      return CommandOutcome(.usage)
    }
    do {
      let parsed = try ParsedArguments.parse(
        Array(arguments.dropFirst()), options: command.options, command: command.name)
      if parsed.helpRequested {
        terminal.print(HelpCommand.help(for: command))
        return .success
      }
      return try run(command, parsed, &terminal)
    } catch let error as UsageError {
      terminal.error("mhhs: error: \(error.message)\n")
      if let name = error.command { terminal.error("Run 'mhhs help \(name)' for usage.\n") }
      return CommandOutcome(.usage)
    } catch {
      terminal.error("mhhs: error: \(error)\n")
      return CommandOutcome(.usage)
    }
  }

  /// Types the parsed arguments for `command` and runs it.
  private static func run<C: Command>(
    _ command: C.Type, _ parsed: ParsedArguments, _ terminal: inout Terminal
  )
    throws -> CommandOutcome
  {
    try command.run(C.Arguments(parsed), &terminal)
  }
}
