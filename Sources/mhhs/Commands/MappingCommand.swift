import MHHSCatalogue
import MHHSReports

/// `mhhs mapping [DIR]`: the DES196-style D-flow / interface mapping tables, and the payload
/// tables (data items, wire paths).
enum MappingCommand: Command {
  static let name = "mapping"
  static let summary = "Print the D-flow to interface mapping and payload tables (DES196 view)"
  static let usage =
    "mapping [DIR] [--by flow|interface|item|payload] [--format csv|markdown|html|json|xlsx] [options]"
  static let discussion = """
    Builds the mapping tables from the catalogue in DIR (default: catalogue). --by flow (the
    default): one row per D-flow, sorted by id, with its version, name, ownership, disposition at
    MHHS go-live, the interfaces that replace it, the decision and the rationale. --by interface:
    one row per interface with its transport, senders, receivers and the D-flows it replaces.
    --by item: every data item, one row per interface that carries it and wire path, with the
    blocks it is reached through, the events and whether it is required ("if CommonBlock.A0 is
    present" when only inside an optional block); an item no interface carries has one row.
    --by payload: each interface's payload variants flattened to wire paths
    (CustomBlock.B044.issuingDataServiceDIPID, an array's name followed by []), one row per block
    and field, with item, data type, type, constraints, required and list bounds. Nesting stops
    at a block inside itself and at \(PayloadFields.maxDepth) levels. --release keeps the
    interfaces in scope.
    CSV is RFC 4180 with CRLF line ends and a UTF-8 byte order mark (so Excel reads it as UTF-8);
    list cells are joined with "; ", and a cell Excel would run as a formula (starting with =, +,
    -, @, tab or CR) gets a ' in front, which import csv takes away. HTML is one self-contained
    file. xlsx is a one-sheet workbook (bold frozen header, autofilter) that import xlsx reads;
    write it with --output.
    """

  static func run(_ arguments: MappingArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let catalogue = try CatalogueLoader.load(directory: arguments.directory)
    let table: MappingTable
    do {
      table = try MappingTable.build(catalogue, by: arguments.grouping, release: arguments.release)
    } catch {
      throw CommandError(error.description)
    }
    if let format = arguments.output.format.text {
      try arguments.output.write(table.render(format), &terminal)
    } else {
      let workbook = table.xlsx()
      for note in workbook.notes { terminal.error("mhhs: note: \(note)\n") }
      try arguments.output.write(workbook.bytes, &terminal)
    }
    return .success
  }
}
