import MHHSLint

/// `--ruleset FILE`, shared by the commands that apply or describe a ruleset.
enum RulesetOption {
  static let definition = TextOption(
    "ruleset", "FILE",
    help:
      "Ruleset to apply (default: rules/recommended.json next to the catalogue if present, else the built-in recommended set)"
  )

  /// The ruleset at `path` (the value of `--ruleset`), else the one at `defaultPath` if that file
  /// exists, else the built-in recommended set. An invalid ruleset is thrown (exit 2).
  static func load(_ path: String?, defaultPath: String?) throws(RulesetError) -> Ruleset {
    if let path { return try RulesetLoader().load(path) }
    if let defaultPath, RulesetLoader.isFile(defaultPath) { return try RulesetLoader().load(defaultPath) }
    return .recommended
  }
}
