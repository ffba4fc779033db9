/// The command line of `mhhs export [DIR] --format xlsx --output FILE`.
struct ExportArguments: CommandArguments, Equatable {
  /// What `export` writes.
  enum Format: String, OptionChoice {
    case xlsx
  }

  /// The catalogue directory.
  var directory: String
  var format: Format
  /// The workbook to write.
  var file: String
  /// Only the interfaces in scope at this release.
  var release: String?

  static let formatOption = ChoiceOption("format", "FORMAT", help: "Output format", default: Format.xlsx)
  static let outputOption = TextOption(
    "output", "FILE", help: "Write the workbook to FILE, atomically (required)")
  static let releaseOption = TextOption(
    "release", "ID", help: "Only interfaces in scope at this release, in their sheet and the mapping tables")

  static let options = [formatOption.spec, outputOption.spec, releaseOption.spec]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message: "export takes one catalogue directory, got \(parsed.positionals.count)",
        command: ExportCommand.name)
    }
    directory = parsed.positionals.first ?? "catalogue"
    format = Self.formatOption.value(in: parsed)
    guard let file = Self.outputOption.value(in: parsed), !file.isEmpty else {
      throw UsageError(
        message: "export needs --output FILE, the workbook to write", command: ExportCommand.name)
    }
    self.file = file
    release = Self.releaseOption.value(in: parsed)
  }
}
