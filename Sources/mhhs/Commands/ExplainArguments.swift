/// The command line of `mhhs explain RULE`.
struct ExplainArguments: CommandArguments, Equatable {
  /// The id of the rule to explain.
  var rule: String
  /// The ruleset file, when not the default one.
  var ruleset: String?

  static let options = [RulesetOption.definition.spec]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count == 1, let rule = parsed.positionals.first else {
      throw UsageError(
        message: "explain takes one rule id, e.g. mhhs explain nfr/missing-error-response-time",
        command: ExplainCommand.name)
    }
    self.rule = rule
    ruleset = RulesetOption.definition.value(in: parsed)
  }
}
