import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs diff OLD NEW`: what changed between two catalogues, and whether the versions say so.
enum DiffCommand: Command {
  static let name = "diff"
  static let summary = "Compare two catalogues: changes, breaking changes and version bumps"
  static let usage = "diff OLD NEW [options]"
  static let operands: [Operand] = [.path, .path]
  static let discussion = """
    OLD and NEW are catalogue directories, or git:REF (the catalogue/ folder in commit REF) or
    git:REF:PATH (PATH from the repository's top level) read from the current git repository
    without touching the working tree. Reports added, removed and changed entities field by
    field and checks them: content changed without a version bump, a bump with no history entry,
    new history entries that cite no CR or DIN, breaking changes, versions that went down.
    The ruleset sets the diff rules' severities (or turns them off), as for lint; by default it
    is rules/recommended.json next to NEW when NEW is a directory, else the built-in recommended
    set. Exemptions and a --baseline suppress findings as they do for lint.
    The github, sarif, junit and codeclimate formats report the findings only, as lint does for
    CI, located in NEW's files (a removed entity at the path its file had).
    Exit code 0 when no unsuppressed finding reaches --fail-on, 1 when one does, 2 when a
    catalogue, a git revision, the ruleset, the baseline or the command line cannot be used.
    """

  static func run(_ arguments: DiffArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    // The ruleset that governs NEW: beside it when it is a directory (a git tree's is not read).
    let ruleset = try RulesetOption.load(
      arguments.ruleset,
      defaultPath: GitTree.Spec(arguments.new) == nil
        ? RulesetLoader.defaultPath(forCatalogue: arguments.new) : nil)
    let baseline = try arguments.baseline.map { path throws(CommandError) in
      BaselineFile(try LintBaseline.read(path), path: path)
    }
    let old = try load(arguments.old)
    let new = try load(arguments.new)

    let checker = DiffChecker()
    let result = checker.check(
      old: old, new: new, asOf: Today.date(), configuration: ruleset.configuration,
      baseline: arguments.writeBaseline == nil ? baseline : nil)
    if let path = arguments.writeBaseline {
      let count = try LintBaseline.write(result, to: path)
      terminal.error("mhhs: wrote \(path): \(count) \(count == 1 ? "finding" : "findings")\n")
      return .success
    }
    let report = DiffReport(
      tool: CommandRunner.tool, old: arguments.old, new: arguments.new, result: result,
      rules: checker.descriptions.filter { ruleset.configuration.isEnabled($0) })
    try arguments.output.write(arguments.output.format.reporter.renderBytes(report), &terminal)
    return result.fails(at: arguments.failOn) ? .findings : .success
  }

  /// A catalogue directory, or `git:REF[:PATH]`.
  static func load(_ argument: String) throws -> Catalogue {
    if let spec = GitTree.Spec(argument) { return try GitTree.load(spec) }
    return try CatalogueLoader.load(directory: argument)
  }
}
