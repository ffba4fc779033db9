import MHHSCatalogue

extension MappingTable {
  /// The table as one sheet: the same columns and cells as the CSV (lists joined by "; ", which
  /// `mhhs import csv` and `import xlsx` split again); `link` gives the row a cell's text
  /// names, if any.
  public func sheet(name: String? = nil, link: (String) -> Workbook.Link? = { _ in nil }) -> Workbook.Sheet {
    Workbook.Sheet(
      name: name ?? sheetName, columns: columns.map(\.title),
      rows: rows.map { row in
        row.map { cell in Workbook.Cell(cell.text, link: Self.linkTarget(cell).flatMap(link)) }
      })
  }

  /// The default sheet name: `Mapping by flow`.
  public var sheetName: String { "Mapping by \(grouping.rawValue)" }

  /// The text a cell could link by: a text, or a list of one item.
  static func linkTarget(_ cell: Cell) -> String? {
    switch cell {
    case .text(let text): text
    case .list(let items): items.count == 1 ? items[0] : nil
    case .empty: nil
    }
  }

  /// The table as a one-sheet `.xlsx` workbook.
  public func xlsx() -> XLSXWriter.Output {
    XLSXWriter.write(Workbook(sheets: [sheet()]))
  }
}
