import MHHSCatalogue
import MHHSLint
import MHHSReports

/// The command line of `mhhs lint [DIR]`.
struct LintArguments: CommandArguments, Equatable {
  /// The catalogue directory.
  var directory: String
  var output: OutputOptions<ReportFormat>
  var failOn: FailThreshold
  /// The release to check the catalogue as of.
  var release: String?
  /// The date exemptions expire against, when not the release's date or today.
  var asOf: CalendarDate?
  /// The baseline whose findings are reported as suppressed.
  var baseline: String?
  /// Where to record the findings as a baseline instead of reporting them.
  var writeBaseline: String?
  /// Text format: only the findings at or above `failOn`.
  var quiet: Bool
  /// The ruleset file, when not the default one.
  var ruleset: String?
  /// Print the phase times and peak memory to standard error.
  var timings: Bool
  /// Apply the fixes the findings carry, then report what remains.
  var fix: Bool
  /// With `fix`: print the fixes as a unified diff instead of applying them.
  var dryRun: Bool

  static let outputOptions = OutputOptions.Definition(
    formatHelp: "Report format", default: ReportFormat.text, writing: "report")
  static let releaseOption = TextOption(
    "release", "ID", help: "Check the catalogue as of this release (see releases.json)")
  static let asOfOption = TextOption(
    "as-of", "DATE",
    help: "Judge exemption expiry at DATE, YYYY-MM-DD (default: the release's date, else today)")
  static let baselineOption = TextOption(
    "baseline", "FILE", help: "Report the findings recorded in FILE as suppressed")
  static let writeBaselineOption = TextOption(
    "write-baseline", "FILE", help: "Record the current findings in FILE (atomically) and exit 0")
  static let quietOption = FlagOption(
    "quiet", short: "q", help: "Text format: list only findings at or above --fail-on")
  static let timingsOption = FlagOption(
    "timings", help: "Print the time spent loading, checking and reporting, and peak memory, to stderr")

  static let fixOption = FlagOption(
    "fix", help: "Apply the safe fixes (misspelt field names and ids, misnamed files), then report the rest")
  static let dryRunOption = FlagOption(
    "dry-run", help: "With --fix: print the fixes as a unified diff and change nothing (exit 1 if any)")

  static let options = [
    outputOptions.format.spec, outputOptions.output.spec, FailOnOption.definition.spec,
    releaseOption.spec, asOfOption.spec, baselineOption.spec, writeBaselineOption.spec,
    quietOption.spec, RulesetOption.definition.spec, timingsOption.spec, fixOption.spec, dryRunOption.spec,
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message:
          "lint takes one catalogue directory, got \(parsed.positionals.count): \(parsed.positionals.joined(separator: " "))",
        command: LintCommand.name)
    }
    directory = parsed.positionals.first ?? "catalogue"
    output = OutputOptions(parsed, Self.outputOptions)
    failOn = FailOnOption.definition.value(in: parsed)
    release = Self.releaseOption.value(in: parsed)
    if let text = Self.asOfOption.value(in: parsed) {
      guard let date = CalendarDate(text) else {
        throw UsageError(
          message: "'\(text)' is not a date; write --as-of YYYY-MM-DD", command: LintCommand.name)
      }
      asOf = date
    }
    baseline = Self.baselineOption.value(in: parsed)
    writeBaseline = Self.writeBaselineOption.value(in: parsed)
    quiet = Self.quietOption.isSet(in: parsed)
    ruleset = RulesetOption.definition.value(in: parsed)
    timings = Self.timingsOption.isSet(in: parsed)
    fix = Self.fixOption.isSet(in: parsed)
    dryRun = Self.dryRunOption.isSet(in: parsed)
    if dryRun && !fix {
      throw UsageError(
        message: "--dry-run shows what --fix would change; give both", command: LintCommand.name)
    }
    if fix && writeBaseline != nil {
      throw UsageError(
        message: "--fix and --write-baseline do not go together; fix first, then record the baseline",
        command: LintCommand.name)
    }
  }
}
