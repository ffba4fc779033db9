#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue
import MHHSImport

/// `mhhs import dip-openapi|dtc|csv SOURCE --into DIR`: merge a published source into a catalogue.
enum ImportCommand: Command {
  static let name = "import"
  static let operands: [Operand] = [.word(ImportArguments.SourceName.arguments), .path]
  static let summary = "Import interfaces or D-flows from the DIP OpenAPI, the DTC, a CSV file or a workbook"
  static let usage = """
    import dip-openapi SPEC --into DIR [options]
           mhhs import dtc PATH --into DIR [options]
           mhhs import csv FILE --kind interfaces|dataflows --into DIR [options]
           mhhs import xlsx FILE [--sheet NAME] --kind interfaces|dataflows --into DIR [options]
    """
  static let discussion = """
    dip-openapi: SPEC is the folder holding the DIP OpenAPI JSON documents (or the
    Interfaces-EventCodes document itself); each IF-nnn-Payload / REP-nnn-Payload schema gives an
    interface's id, event codes and schema version, and the SubmitEvents list gives its name.
    dtc: PATH is a DTC JSON bundle (a folder of flows/Dnnnn_vNNN.json) or one flow file; role
    names are resolved through the aliases in DIR/roles.json.
    csv: FILE is RFC 4180 CSV whose header row names the fields; list fields are separated by ';';
    a cell of ' and then =, +, -, @, tab or CR loses the ' (the mapping CSV's formula guard).
    xlsx: FILE is an .xlsx workbook (as export, Excel, LibreOffice or openpyxl write it); the
    sheet's rows read as csv's do. A formula imports its saved value; one without is reported.
    An import records its source in `sources` only on the entities whose values it changed.

    Importing merges: it creates new entities, updates the fields it imports and keeps every other
    field. Re-running on the same input changes nothing. Ids that are not valid for their kind
    are reported and skipped. Exit code 0 when done, 1 when ids were rejected or files could not
    be merged (and, with --check, when DIR is out of date), 2 when the source or the command line
    cannot be used.
    """

  static func run(_ arguments: ImportArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let path = arguments.path
    let directory = arguments.directory
    let selection = try arguments.only.map(readSelection)
    if ImportFiles.exists(directory), !ImportFiles.isDirectory(directory) {
      throw CommandError("'\(directory)' is not a directory")
    }

    let result: ImportResult
    do {
      switch arguments.source {
      case .dipOpenAPI: result = try DIPOpenAPIImporter.read(path)
      case .dtc:
        let roles = try DTCImporter.roleAliases(catalogue: directory)
        result = try DTCImporter.read(path, roles: roles, only: selection.map(Set.init))
      case .csv(let kind): result = try CSVImporter.read(path, kind: kind)
      case .xlsx(let kind, let sheet): result = try XLSXImporter.read(path, kind: kind, sheet: sheet)
      }
    } catch {
      throw CommandError(error.message)
    }
    let plan = ImportMerger(directory: directory).plan(
      result.entities, selection: selection, problems: result.problems)

    let check = arguments.mode == .check
    let write = arguments.mode == .write
    terminal.print(describe(plan, verbose: !write, check: check))
    for problem in plan.problems {
      terminal.error("mhhs: \(problem.level.rawValue): \(problem.message)\n")
    }
    if write && !plan.changes.isEmpty {
      try apply(plan, to: directory)
    }
    terminal.print(summary(plan, source: arguments.source.name.rawValue, check: check, write: write))
    if plan.hasErrors { return .findings }
    if check && !plan.changes.isEmpty { return .findings }
    return .success
  }

  /// The ids `--only` selects, reading its file if it names one.
  static func readSelection(_ selection: ImportArguments.Selection) throws(UsageError) -> [String] {
    switch selection {
    case .ids(let ids): return ids
    case .file(let file):
      switch FileSystem.readFile(file, as: .idList) {
      case .success(let bytes): return try ImportArguments.ids(in: String(decoding: bytes, as: UTF8.self))
      case .failure(let error):
        throw UsageError(
          message: "cannot read the --only file '\(file)': \(error)", command: name)
      }
    }
  }

  static func describe(_ plan: ImportPlan, verbose: Bool, check: Bool) -> String {
    var out = ""
    for change in plan.changes {
      let verb = change.isNew ? (check ? "missing" : "create") : (check ? "differs" : "update")
      out += "\(verb) \(change.relativePath)\n"
      if verbose {
        for line in change.fieldChanges { out += "  \(line)\n" }
      }
    }
    return out
  }

  static func summary(_ plan: ImportPlan, source: String, check: Bool, write: Bool) -> String {
    let created = plan.changes.filter { $0.isNew && $0.id != nil }.count
    let updated = plan.changes.filter { !$0.isNew }.count
    let warnings = plan.warnings.count
    let errors = plan.errors.count
    var text = "\(source): \(plan.importedIDs.count) entities in the source"
    if check {
      text += "; \(created) missing, \(updated) out of date, \(plan.upToDate) up to date"
    } else {
      text +=
        "; \(created) \(write ? "created" : "to create"), \(updated) \(write ? "updated" : "to update"), "
      text += "\(plan.upToDate) up to date"
    }
    text += "; \(warnings) warning\(warnings == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s")"
    if !write { text += check ? " (check: nothing written)" : " (dry run: nothing written)" }
    return text + "\n"
  }

  /// Writes the plan's files atomically, creating DIR and its folders as needed. Every path is
  /// built from a validated id, and the writer refuses links, so nothing is written outside DIR.
  static func apply(_ plan: ImportPlan, to directory: String) throws {
    try ImportFiles.makeDirectory(directory)
    for change in plan.changes {
      do {
        try FileSystem.writeFile(change.new, to: change.relativePath, inside: directory)
      } catch {
        throw CommandError(error.description)
      }
    }
  }
}

/// The few file operations the import command needs beyond ``FileSystem``.
enum ImportFiles {
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates `path` and its missing parents.
  static func makeDirectory(_ path: String) throws {
    if isDirectory(path) { return }
    if exists(path) { throw CommandError("'\(path)' exists and is not a directory") }
    var parent = path
    while parent.count > 1 && parent.hasSuffix("/") { parent.removeLast() }
    if let slash = parent.lastIndex(of: "/"), slash != parent.startIndex {
      try makeDirectory(String(parent[..<slash]))
    }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw CommandError("cannot create the directory '\(path)': \(String(cString: strerror(errno)))")
    }
  }

}
