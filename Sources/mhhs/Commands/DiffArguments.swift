import MHHSLint
import MHHSReports

/// The command line of `mhhs diff OLD NEW`.
struct DiffArguments: CommandArguments, Equatable {
  /// The old and the new catalogue: a directory, or `git:REF[:PATH]`.
  var old: String
  var new: String
  var output: OutputOptions<DiffFormat>
  var failOn: FailThreshold

  static let outputOptions = OutputOptions.Definition(
    formatHelp: "Report format; markdown is a change log for release notes", default: DiffFormat.text,
    writing: "report")

  static let options = [outputOptions.format.spec, outputOptions.output.spec, FailOnOption.definition.spec]

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
  }
}
