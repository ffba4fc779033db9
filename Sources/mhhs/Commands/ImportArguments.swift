import MHHSImport
import MHHSCatalogue

/// The command line of `mhhs import SOURCE PATH --into DIR`.
struct ImportArguments: CommandArguments, Equatable {
  /// What a source is, as named on the command line.
  enum SourceName: String, OptionChoice {
    case dipOpenAPI = "dip-openapi"
    case dtc
    case csv
    case xlsx
  }

  /// What is imported.
  enum Source: Equatable {
    case dipOpenAPI
    case dtc
    /// A CSV file whose rows describe `kind`.
    case csv(CSVImporter.Kind)
    /// A sheet of an .xlsx workbook (by name, else the kind's export sheet or the first) whose
    /// rows describe `kind`.
    case xlsx(CSVImporter.Kind, sheet: String?)

    var name: SourceName {
      switch self {
      case .dipOpenAPI: .dipOpenAPI
      case .dtc: .dtc
      case .csv: .csv
      case .xlsx: .xlsx
      }
    }
  }

  /// `--only`: the ids given on the command line, or the file that lists them.
  enum Selection: Equatable {
    case ids([String])
    case file(String)
  }

  /// What the run does with the plan.
  enum Mode: Equatable {
    /// Write the changes.
    case write
    /// Print what would change and write nothing.
    case dryRun
    /// Write nothing; exit 1 when the catalogue is out of date.
    case check
  }

  var source: Source
  /// The source's file or folder.
  var path: String
  /// The catalogue directory to import into.
  var directory: String
  var only: Selection?
  var mode: Mode

  static let intoOption = TextOption("into", "DIR", help: "The catalogue directory to import into (required)")
  static let kindOption = ChoiceOption<CSVImporter.Kind?>(
    "kind", "KIND", help: "csv, xlsx: what the rows describe")
  static let sheetOption = TextOption(
    "sheet", "NAME",
    help: "xlsx: the sheet to read (default: the kind's sheet as export names it, else the first)")
  static let onlyOption = TextOption(
    "only", "IDS", help: "Import only these ids: ID,ID,… or @FILE (one id per line, # comments)")
  static let dryRunOption = FlagOption("dry-run", help: "Print what would change and write nothing")
  static let checkOption = FlagOption(
    "check", help: "Write nothing; exit 1 when DIR is out of date with the source")

  static let options = [
    intoOption.spec, kindOption.spec, sheetOption.spec, onlyOption.spec, dryRunOption.spec, checkOption.spec,
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    let sources = SourceName.arguments.joined(separator: ", ")
    guard let given = parsed.positionals.first else {
      throw Self.error("import needs a source kind: \(sources)")
    }
    guard let sourceName = SourceName(argument: given) else {
      let hint =
        NearestName.suggest(given, from: SourceName.arguments).map { "; did you mean '\($0)'?" } ?? ""
      throw Self.error("unknown import source '\(given)'\(hint); use one of: \(sources)")
    }
    guard parsed.positionals.count == 2 else {
      throw Self.error("import \(given) takes one source path, got \(parsed.positionals.count - 1)")
    }
    path = parsed.positionals[1]
    guard let directory = Self.intoOption.value(in: parsed), !directory.isEmpty else {
      throw Self.error("import needs --into DIR, the catalogue to import into")
    }
    self.directory = directory
    switch (Self.dryRunOption.isSet(in: parsed), Self.checkOption.isSet(in: parsed)) {
    case (true, true): throw Self.error("--dry-run and --check cannot be combined")
    case (true, false): mode = .dryRun
    case (false, true): mode = .check
    case (false, false): mode = .write
    }
    let sheet = Self.sheetOption.value(in: parsed)
    if sheet != nil && sourceName != .xlsx { throw Self.error("--sheet applies to import xlsx only") }
    switch (sourceName, Self.kindOption.value(in: parsed)) {
    case (.csv, let kind?): source = .csv(kind)
    case (.xlsx, let kind?): source = .xlsx(kind, sheet: sheet)
    case (.csv, nil), (.xlsx, nil):
      throw Self.error("import \(sourceName.rawValue) needs --kind interfaces or --kind dataflows")
    case (_, _?): throw Self.error("--kind applies to import csv and xlsx only")
    case (.dipOpenAPI, nil): source = .dipOpenAPI
    case (.dtc, nil): source = .dtc
    }
    if let value = Self.onlyOption.value(in: parsed) {
      only = value.hasPrefix("@") ? .file(String(value.dropFirst())) : .ids(try Self.ids(in: value))
    }
  }

  /// The ids in `text`: one per line, `#` starting a comment, commas also separating.
  static func ids(in text: String) throws(UsageError) -> [String] {
    var ids: [String] = []
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      for item in content.split(separator: ",") {
        let id = item.filter { $0 != " " && $0 != "\t" }
        if !id.isEmpty && !ids.contains(id) { ids.append(id) }
      }
    }
    guard !ids.isEmpty else { throw error("--only selects no ids") }
    return ids
  }

  private static func error(_ message: String) -> UsageError {
    UsageError(message: message, command: ImportCommand.name)
  }
}
