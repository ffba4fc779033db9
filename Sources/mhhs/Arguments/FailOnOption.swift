import MHHSLint

/// `--fail-on SEVERITY`, shared by the commands whose findings set the exit code.
enum FailOnOption {
  static let definition = ChoiceOption(
    "fail-on", "SEVERITY", help: "Exit 1 when a finding at or above this severity remains",
    default: FailThreshold.severity(.error))
}
