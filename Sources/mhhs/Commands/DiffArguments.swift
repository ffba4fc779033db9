import MHHSLint
import MHHSReports

/// The command line of `mhhs diff OLD NEW`.
struct DiffArguments: CommandArguments, Equatable {
  /// The old and the new catalogue: a directory, or `git:REF[:PATH]`.
  var old: String
  var new: String
  var output: OutputOptions<DiffFormat>
  var failOn: FailThreshold
  /// The ruleset file, when not the default one (beside NEW when it is a directory).
  var ruleset: String?
  /// The baseline whose findings are reported as suppressed.
  var baseline: String?
  /// Where to record the findings as a baseline instead of reporting them.
  var writeBaseline: String?

  static let outputOptions = OutputOptions.Definition(
    formatHelp:
      "Report format; markdown is a change log for release notes, github|sarif|junit|codeclimate the findings for CI",
    default: DiffFormat.text,
    writing: "report")

  static let options = [
    outputOptions.format.spec, outputOptions.output.spec, FailOnOption.definition.spec,
    RulesetOption.definition.spec, LintArguments.baselineOption.spec, LintArguments.writeBaselineOption.spec,
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    let positionals = parsed.positionals
    guard positionals.count == 2 else {
      throw UsageError(
        message: "diff takes two catalogues, OLD and NEW, got \(positionals.count)"
          + (positionals.isEmpty ? "" : ": \(positionals.joined(separator: " "))"),
        command: DiffCommand.name)
    }
    old = positionals[0]
    new = positionals[1]
    output = OutputOptions(parsed, Self.outputOptions)
    failOn = FailOnOption.definition.value(in: parsed)
    ruleset = RulesetOption.definition.value(in: parsed)
    baseline = LintArguments.baselineOption.value(in: parsed)
    writeBaseline = LintArguments.writeBaselineOption.value(in: parsed)
  }
}
