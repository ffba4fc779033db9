import MHHSReports

/// The command line of `mhhs mapping [DIR]`.
struct MappingArguments: CommandArguments, Equatable {
  /// The catalogue directory.
  var directory: String
  /// One row per D-flow, interface, data item carrier or payload field.
  var grouping: MappingTable.Grouping
  var output: OutputOptions<MappingFormat>
  /// Only the interfaces in scope at this release.
  var release: String?

  static let groupingOption = ChoiceOption(
    "by", "TABLE", help: "One row per D-flow, interface, data item (and carrier) or payload field",
    default: MappingTable.Grouping.flow)
  static let outputOptions = OutputOptions.Definition(
    formatHelp: "Output format", default: MappingFormat.csv, writing: "table")
  static let releaseOption = TextOption(
    "release", "ID", help: "Only interfaces in scope at this release (introducedIn/withdrawnIn)")

  static let options = [
    groupingOption.spec, outputOptions.format.spec, releaseOption.spec, outputOptions.output.spec,
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message: "mapping takes one catalogue directory, got \(parsed.positionals.count)",
        command: MappingCommand.name)
    }
    directory = parsed.positionals.first ?? "catalogue"
    grouping = Self.groupingOption.value(in: parsed)
    output = OutputOptions(parsed, Self.outputOptions)
    release = Self.releaseOption.value(in: parsed)
  }
}

/// The formats of `mhhs mapping`: the table's text formats, and a one-sheet `.xlsx` workbook.
enum MappingFormat: String, OptionChoice, Equatable {
  case csv, markdown, html, json, xlsx

  /// The text format, or nil for xlsx.
  var text: MappingTable.Format? { MappingTable.Format(rawValue: rawValue) }
}
