import MHHSCatalogue

/// `mhhs schema [KIND] [--output DIR]`: the JSON Schemas of the catalogue files.
enum SchemaCommand: Command {
  static let name = "schema"
  static let summary = "Print the JSON Schema (draft-07) of a kind of catalogue file"
  static let usage = "schema KIND | schema [KIND] --output DIR"
  static let discussion = """
    Prints the JSON Schema of one kind of catalogue file (catalogue, roles, releases, interface,
    dataflow, nfr, change-request, datatype, dataitem, block), generated from the members the
    loader reads: editors check a file as `mhhs lint` reads it. With --output DIR, writes
    DIR/KIND.schema.json for the kind given, or for every kind (swift run mhhs schema --output schema).
    """

  static func run(_ arguments: SchemaArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let kinds = arguments.kind.map { [$0] } ?? CatalogueSchema.allCases
    guard let directory = arguments.directory else {
      for kind in kinds { terminal.print(kind.document.render()) }
      return .success
    }
    try ImportFiles.makeDirectory(directory)
    for kind in kinds {
      try FileSystem.writeFile(kind.document.renderBytes(), to: kind.fileName, inside: directory)
    }
    return .success
  }
}
