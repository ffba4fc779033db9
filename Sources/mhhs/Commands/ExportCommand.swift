import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs export [DIR] --format xlsx --output FILE`: the catalogue as a workbook.
enum ExportCommand: Command {
  static let name = "export"
  static let summary = "Write the catalogue as an Excel workbook"
  static let usage = "export [DIR] --format xlsx --output FILE [--release ID]"
  static let discussion = """
    Writes the catalogue in DIR (default: catalogue) as one .xlsx workbook: a sheet per kind
    (Interfaces, D-flows, NFRs, Change requests, Roles, Releases, Data types, Data items,
    Blocks), the D-flow mapping tables by flow and by interface (the payload tables, millions of
    rows for a large catalogue, are mapping --by item|payload --format xlsx), and the lint
    findings (with the ruleset lint would use). Each
    sheet has a bold frozen header and an autofilter; a cell naming one entity links to its row.
    The Interfaces and D-flows sheets have the columns import xlsx (and import csv) read, list
    cells joined by "; ", so an edited workbook imports back. The same catalogue gives the same
    bytes. A cell over Excel's 32,767 characters is cut, with a note on standard error.
    """

  static func run(_ arguments: ExportArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let directory = arguments.directory
    let catalogue = try CatalogueLoader.load(directory: directory)
    let ruleset = try RulesetOption.load(nil, defaultPath: RulesetLoader.defaultPath(forCatalogue: directory))
    var options = LintOptions(asOf: nil, release: arguments.release)
    options.configuration = ruleset.configuration
    let result = try Linter(rules: ruleset.rules()).lint(catalogue, options: options, today: Today.date())
    let workbook: Workbook
    do {
      workbook = try CatalogueWorkbook.build(catalogue, release: arguments.release, findings: result.findings)
    } catch {
      throw CommandError(error.description)
    }
    let output = XLSXWriter.write(workbook)
    for note in output.notes { terminal.error("mhhs: note: \(note)\n") }
    try FileSystem.writeFile(output.bytes, to: arguments.file)
    terminal.error("mhhs: wrote \(arguments.file): \(workbook.sheets.count) sheets\n")
    return CommandOutcome(.success, leaving: catalogue)
  }
}
