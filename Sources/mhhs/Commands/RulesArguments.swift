import MHHSReports

/// The command line of `mhhs rules`.
struct RulesArguments: CommandArguments, Equatable {
  /// The ruleset file, when not the default one.
  var ruleset: String?
  var format: RuleReference.Format

  static let formatOption = ChoiceOption(
    "format", "FORMAT", help: "Output format", default: RuleReference.Format.text)

  static let options = [RulesetOption.definition.spec, formatOption.spec]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.isEmpty else {
      throw UsageError(
        message: "rules takes no arguments, got: \(parsed.positionals.joined(separator: " "))",
        command: RulesCommand.name)
    }
    ruleset = RulesetOption.definition.value(in: parsed)
    format = Self.formatOption.value(in: parsed)
  }
}
