/// A command's command line as typed values, built in one place that finds every usage error,
/// so that the command's `run` only runs.
protocol CommandArguments {
  /// The options the command accepts, in the order its help lists them.
  static var options: [OptionSpec] { get }

  /// The values of `parsed`, or the first usage error in it (exit code 2).
  init(_ parsed: ParsedArguments) throws(UsageError)
}
