import MHHSCatalogue
import MHHSReports

/// `mhhs mapping [DIR]`: the DES196-style D-flow / interface mapping tables.
enum MappingCommand: Command {
  static let name = "mapping"
  static let summary = "Print the D-flow to interface mapping tables (DES196 view)"
  static let usage = "mapping [DIR] [--by flow|interface] [--format csv|markdown|html|json] [options]"
  static let discussion = """
    Builds the mapping tables from the catalogue in DIR (default: catalogue). --by flow (the
    default): one row per D-flow, sorted by id, with its version, name, ownership, disposition at
    MHHS go-live, the interfaces that replace it, the decision and the rationale. --by interface:
    one row per interface with its transport, senders, receivers and the D-flows it replaces.
    CSV is RFC 4180 with CRLF line ends and a UTF-8 byte order mark (so Excel reads it as UTF-8);
    list cells are joined with "; ", and a cell Excel would run as a formula (starting with =, +,
    -, @, tab or CR) gets a ' in front, which import csv takes away. HTML is one self-contained
    file.
    """
  static let options: [OptionSpec] = [
    .option(
      "by", "TABLE", allowed: MappingTable.Grouping.allCases.map(\.rawValue),
      help: "One row per D-flow or per interface (default: flow)"),
    .option(
      "format", "FORMAT", allowed: MappingTable.Format.allCases.map(\.rawValue),
      help: "Output format (default: csv)"),
    .option("release", "ID", help: "Only interfaces in scope at this release (introducedIn/withdrawnIn)"),
    .option("output", "FILE", help: "Write the table to FILE (atomically) instead of standard output"),
  ]

  static func run(_ arguments: ParsedArguments, _ terminal: inout Terminal) throws -> ExitCode {
    guard arguments.positionals.count <= 1 else {
      throw UsageError(
        message: "mapping takes one catalogue directory, got \(arguments.positionals.count)", command: name)
    }
    let directory = arguments.positionals.first ?? "catalogue"
    let grouping = arguments.value("by").flatMap(MappingTable.Grouping.init) ?? .flow
    let format = arguments.value("format").flatMap(MappingTable.Format.init) ?? .csv
    let catalogue = try CatalogueLoader.load(directory: directory)
    let table: MappingTable
    do {
      table = try MappingTable.build(catalogue, by: grouping, release: arguments.value("release"))
    } catch {
      throw CommandError(error.description)
    }
    let text = table.render(format)
    if let output = arguments.value("output") {
      try FileSystem.writeFile(text, to: output)
    } else {
      terminal.print(text)
    }
    return .success
  }
}
