import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs diff OLD NEW`: what changed between two catalogues, and whether the versions say so.
enum DiffCommand: Command {
  static let name = "diff"
  static let summary = "Compare two catalogues: changes, breaking changes and version bumps"
  static let usage = "diff OLD NEW [options]"
  static let discussion = """
    OLD and NEW are catalogue directories, or git:REF (the catalogue/ folder in commit REF) or
    git:REF:PATH (PATH from the repository's top level) read from the current git repository
    without touching the working tree. Reports added, removed and changed entities field by
    field and checks them: content changed without a version bump, a bump with no history entry,
    new history entries that cite no CR or DIN, breaking changes, versions that went down.
    The ruleset sets the diff rules' severities (or turns them off), as for lint; by default it
    is rules/recommended.json next to NEW when NEW is a directory, else the built-in recommended
    set. Exemptions and a --baseline suppress findings as they do for lint.
    Exit code 0 when no unsuppressed finding reaches --fail-on, 1 when one does, 2 when a
    catalogue, a git revision, the ruleset, the baseline or the command line cannot be used.
    """
  static let options: [OptionSpec] = [
    .option(
      "format", "FORMAT", allowed: DiffFormat.allCases.map(\.rawValue),
      help: "Report format; markdown is a change log for release notes (default: text)"),
    .option("output", "FILE", help: "Write the report to FILE (atomically) instead of standard output"),
    .option(
      "fail-on", "SEVERITY", allowed: FailThreshold.names,
      help: "Exit 1 when a finding at or above this severity remains (default: error)"),
    RulesetOption.spec,
    .option("baseline", "FILE", help: "Report the findings recorded in FILE as suppressed"),
    .option("write-baseline", "FILE", help: "Record the current findings in FILE (atomically) and exit 0"),
  ]

  static func run(_ arguments: ParsedArguments, _ terminal: inout Terminal) throws -> ExitCode {
    guard arguments.positionals.count == 2 else {
      throw UsageError(
        message: "diff takes two catalogues, OLD and NEW, got \(arguments.positionals.count)"
          + (arguments.positionals.isEmpty ? "" : ": \(arguments.positionals.joined(separator: " "))"),
        command: name)
    }
    let format = arguments.value("format").flatMap(DiffFormat.init) ?? .text
    let threshold = arguments.value("fail-on").flatMap(FailThreshold.init) ?? .severity(.error)
    let oldName = arguments.positionals[0]
    let newName = arguments.positionals[1]
    // The ruleset that governs NEW: beside it when it is a directory (a git tree's is not read).
    let ruleset = try RulesetOption.load(
      arguments,
      defaultPath: GitTree.Spec(newName) == nil ? RulesetLoader.defaultPath(forCatalogue: newName) : nil)
    let baseline = try arguments.value("baseline").map { path throws(CommandError) in
      BaselineFile(try LintBaseline.read(path), path: path)
    }
    let writeBaseline = arguments.value("write-baseline")
    let old = try load(oldName)
    let new = try load(newName)

    let result = DiffChecker().check(
      old: old, new: new, asOf: Today.date(), configuration: ruleset.configuration,
      baseline: writeBaseline == nil ? baseline : nil)
    if let path = writeBaseline {
      let count = try LintBaseline.write(result, to: path)
      terminal.error("mhhs: wrote \(path): \(count) \(count == 1 ? "finding" : "findings")\n")
      return .success
    }
    let report = DiffReport(
      tool: .init(
        name: "mhhs", version: CommandRunner.version,
        informationURI: "https://github.com/mhhs-catalogue/mhhs-catalogue"),
      old: oldName, new: newName, result: result)
    let text = format.reporter.render(report)
    if let output = arguments.value("output") {
      try FileSystem.writeFile(text, to: output)
    } else {
      terminal.print(text)
    }
    return result.fails(at: threshold) ? .findings : .success
  }

  /// A catalogue directory, or `git:REF[:PATH]`.
  static func load(_ argument: String) throws -> Catalogue {
    if let spec = GitTree.Spec(argument) { return try GitTree.load(spec) }
    return try CatalogueLoader.load(directory: argument)
  }
}
