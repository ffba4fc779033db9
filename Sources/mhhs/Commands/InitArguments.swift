/// The command line of `mhhs init [DIR]`.
struct InitArguments: CommandArguments, Equatable {
  /// The folder of the new catalogue repository.
  var directory: String

  static let options: [OptionSpec] = []

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message:
          "init takes one folder, got \(parsed.positionals.count): \(parsed.positionals.joined(separator: " "))",
        command: InitCommand.name)
    }
    directory = parsed.positionals.first ?? "."
  }
}
