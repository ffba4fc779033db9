import MHHSLint
import MHHSReports

/// `mhhs rules`: every rule with its effective severity.
enum RulesCommand: Command {
  static let name = "rules"
  static let summary = "List every rule with its severity under a ruleset"
  static let usage = "rules [--ruleset FILE] [--format text|json|markdown]"
  static let operands: [Operand] = []
  static let discussion = """
    Lists the built-in rules and the rules the ruleset defines, with the severity the ruleset gives
    each ("off" when off). Without --ruleset: rules/recommended.json in the current directory if
    present, else the built-in recommended set. `json` adds rationale, sources and examples;
    `markdown` is the rule reference (swift run mhhs rules --format markdown > rules/README.md).
    """

  static func run(_ arguments: RulesArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let ruleset = try RulesetOption.load(arguments.ruleset, defaultPath: defaultRuleset)
    let entries = RuleEntry.entries(ruleset.rules(), configuration: ruleset.configuration)
    terminal.print(RuleReference.render(entries, format: arguments.format))
    return .success
  }

  /// The ruleset `rules` and `explain` describe by default: the one `mhhs lint` uses for the
  /// default catalogue directory.
  static let defaultRuleset = RulesetLoader.defaultPath(forCatalogue: "catalogue")
}
