import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs explain RULE`: one rule's summary, rationale, sources and examples.
enum ExplainCommand: Command {
  static let name = "explain"
  static let summary = "Explain one rule: why it exists, where it comes from, examples"
  static let usage = "explain RULE [--ruleset FILE]"
  static let operands = [Operand.word(CompletionModel.ruleIDs)]
  static let discussion = """
    Prints the rule's summary, default severity, rationale, sources (DAG actions and decisions,
    design principles, change requests) and one triggering and one passing example. Rules defined
    in a ruleset (local/…) are explained with --ruleset FILE.
    """

  static func run(_ arguments: ExplainArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let id = arguments.rule
    let ruleset = try RulesetOption.load(arguments.ruleset, defaultPath: RulesCommand.defaultRuleset)
    let entries = RuleEntry.entries(ruleset.rules(), configuration: ruleset.configuration)
    guard let entry = entries.first(where: { $0.description.id == id }) else {
      let hint =
        NearestName.suggest(id, from: entries.map(\.description.id)).map { "; did you mean '\($0)'" } ?? ""
      let local =
        id.hasPrefix("local/") && arguments.ruleset == nil
        ? " (rules defined in a ruleset need --ruleset FILE)" : ""
      throw CommandError("unknown rule '\(id)'\(hint)\(local)? 'mhhs rules' lists every rule")
    }
    terminal.print(RuleReference.explain(entry))
    return .success
  }
}
