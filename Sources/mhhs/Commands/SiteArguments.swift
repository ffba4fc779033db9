import MHHSCatalogue

/// The command line of `mhhs site [DIR] --output OUT`.
struct SiteArguments: CommandArguments, Equatable {
  /// The catalogue directory.
  var directory: String
  /// The folder the site is written to (replaced whole).
  var output: String
  /// The release the findings and the dashboard are as of.
  var release: String?
  /// The baseline whose findings the pages show as suppressed.
  var baseline: String?
  /// The ruleset file, when not the default one.
  var ruleset: String?

  static let outputOption = TextOption(
    "output", "OUT", help: "The folder to write the site to; an existing site there is replaced whole")
  static let releaseOption = TextOption(
    "release", "ID", help: "Show the findings and the dashboard as of this release (see releases.json)")
  static let baselineOption = TextOption(
    "baseline", "FILE", help: "Show the findings recorded in FILE as suppressed")

  static let options = [
    outputOption.spec, releaseOption.spec, baselineOption.spec, RulesetOption.definition.spec,
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message:
          "site takes one catalogue directory, got \(parsed.positionals.count): \(parsed.positionals.joined(separator: " "))",
        command: SiteCommand.name)
    }
    directory = parsed.positionals.first ?? "catalogue"
    guard let output = Self.outputOption.value(in: parsed), !output.isEmpty else {
      throw UsageError(
        message: "site needs --output OUT, the folder to write the site to", command: SiteCommand.name)
    }
    self.output = output
    release = Self.releaseOption.value(in: parsed)
    baseline = Self.baselineOption.value(in: parsed)
    ruleset = RulesetOption.definition.value(in: parsed)
  }
}
