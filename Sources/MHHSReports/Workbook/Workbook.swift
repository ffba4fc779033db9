/// A spreadsheet to write as `.xlsx` (``XLSXWriter``): sheets of a header row and rows of text
/// cells, where a cell may link to the row of another sheet that its text names.
public struct Workbook: Sendable, Equatable {
  public struct Sheet: Sendable, Equatable {
    /// The sheet's tab name; ``XLSXWriter`` makes it one Excel accepts (see
    /// ``XLSXWriter/sheetName(_:taken:)``).
    public var name: String
    public var columns: [String]
    public var rows: [[Cell]]

    public init(name: String, columns: [String], rows: [[Cell]]) {
      self.name = name
      self.columns = columns
      self.rows = rows
    }
  }

  /// A text cell, empty when the text is; `link` names a row of another sheet.
  public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var link: Link?

    public init(_ text: String, link: Link? = nil) {
      self.text = text
      self.link = link
    }

    public init(stringLiteral text: String) { self.init(text) }
  }

  /// The row of the sheet named `sheet` whose first cell is `key` (an entity's row, by id). A
  /// link whose row is not there is left out.
  public struct Link: Sendable, Equatable {
    public var sheet: String
    public var key: String

    public init(sheet: String, key: String) {
      self.sheet = sheet
      self.key = key
    }
  }

  public var sheets: [Sheet]

  public init(sheets: [Sheet]) { self.sheets = sheets }
}
