import MHHSCatalogue

/// Interfaces or D-flows from a sheet of an `.xlsx` workbook (``XLSXWorkbook``), with the
/// columns, merge and ownership rules of ``CSVImporter``: the sheet's first row names the
/// fields, list cells are separated by `;`, an empty cell sets nothing.
public enum XLSXImporter {
  /// The rows of the sheet named `sheet`; without one, the sheet `mhhs export` writes the kind
  /// to, else the first sheet.
  public static func read(_ path: String, kind: CSVImporter.Kind, sheet: String?) throws(ImportError)
    -> ImportResult
  {
    guard try ImportSource.shape(of: path) == .file else {
      throw ImportError("'\(path)' is a folder; pass an .xlsx file")
    }
    return try entities(
      xlsx: try ImportSource.read(path), kind: kind, sheet: sheet, file: ImportSource.baseName(path))
  }

  /// The entities of a workbook's bytes (pure).
  public static func entities(xlsx bytes: [UInt8], kind: CSVImporter.Kind, sheet name: String?, file: String)
    throws(ImportError) -> ImportResult
  {
    var workbook = try XLSXWorkbook(bytes, file: file)
    let names = workbook.sheets.map(\.name)
    let chosen: XLSXWorkbook.Sheet?
    if let name {
      chosen =
        workbook.sheets.first { $0.name == name }
        ?? workbook.sheets.first { $0.name.lowercased() == name.lowercased() }
      guard chosen != nil else {
        throw ImportError(
          "\(file) has no sheet '\(name)'\(NearestName.hint(name, from: names)); its sheets are: "
            + (names.isEmpty ? "none" : names.map { "'\($0)'" }.joined(separator: ", ")))
      }
    } else {
      chosen = workbook.sheets.first { $0.name == kind.sheetName } ?? workbook.sheets.first
    }
    guard let sheet = chosen else { throw ImportError("\(file) has no sheets") }
    let (rows, problems) = try workbook.rows(of: sheet)
    guard !rows.isEmpty else {
      throw ImportError("\(file) sheet '\(sheet.name)' is empty; the first row must name the fields")
    }
    var result = try CSVImporter.entities(
      rows: rows, kind: kind, file: file, origin: "Workbook", place: " sheet '\(sheet.name)'")
    result.problems = problems + result.problems
    return result
  }
}
