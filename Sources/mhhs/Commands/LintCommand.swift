import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs lint [DIR]`: check a catalogue and report the findings.
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "Check a catalogue and report what it finds"
  static let usage = "lint [DIR] [options]"
  static let discussion = """
    Checks the catalogue in DIR (default: catalogue) with the rules of its ruleset and prints the findings.
    Exit code 0 when no unsuppressed finding reaches --fail-on, 1 when one does, 2 when the
    catalogue, the baseline, the output path or the command line cannot be used.
    """

  static func run(_ arguments: LintArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let directory = arguments.directory
    var options = LintOptions(asOf: arguments.asOf, release: arguments.release)
    var timer = PhaseTimer(enabled: arguments.timings)
    let ruleset = try RulesetOption.load(
      arguments.ruleset, defaultPath: RulesetLoader.defaultPath(forCatalogue: directory))
    options.configuration = ruleset.configuration
    let baseline = try arguments.baseline.map { path throws(CommandError) in
      BaselineFile(try LintBaseline.read(path), path: path)
    }
    let catalogue = try CatalogueLoader.load(directory: directory)
    timer.mark("load")
    let linter = Linter(rules: ruleset.rules())
    if arguments.writeBaseline == nil { options.baseline = baseline }
    let result = try linter.lint(catalogue, options: options, today: Today.date())
    if arguments.fix {
      let fixes = try LintFix(result.findings, catalogue: directory)
      if arguments.dryRun {
        terminal.print(fixes.diff)
        return CommandOutcome(fixes.isEmpty ? .success : .findings, leaving: catalogue)
      }
      for line in try fixes.apply() { terminal.error("mhhs: fixed \(line)\n") }
      var rest = arguments
      rest.fix = false
      return try run(rest, &terminal)
    }
    if let path = arguments.writeBaseline {
      let count = try LintBaseline.write(result, to: path)
      terminal.error("mhhs: wrote \(path): \(count) \(count == 1 ? "finding" : "findings")\n")
      return CommandOutcome(.success, leaving: catalogue)
    }
    var rules = linter.rules.map(\.description).filter { options.configuration.isEnabled($0) }
    if baseline != nil { rules.append(Baseline.staleEntryRule) }
    timer.mark("rules")

    let report = Report(
      tool: CommandRunner.tool, catalogue: directory, result: result, rules: rules,
      quietThreshold: arguments.quiet ? arguments.failOn : nil)
    let format = arguments.output.format
    let colour = format == .text && arguments.output.file == nil && terminal.stdoutSupportsColour
    let reporter = format == .text ? TextReporter(colour: colour) : format.reporter
    try arguments.output.write(reporter.renderBytes(report), &terminal)
    timer.mark("report")
    terminal.error(timer.summary)
    return CommandOutcome(
      result.fails(at: arguments.failOn) ? .findings : .success, leaving: catalogue, report)
  }
}
