import MHHSCatalogue

/// A ``Workbook`` as an Office Open XML spreadsheet (`.xlsx`) that Excel, LibreOffice and
/// openpyxl open: inline strings, a bold frozen header row with an autofilter, column widths
/// from the text, and internal hyperlinks from a cell to the row it names. The zip is stored,
/// with fixed timestamps (``ZipWriter``), so the same workbook gives the same bytes.
///
/// Excel's rules are kept: a sheet name has at most 31 characters, none of `[]:*?/\`, and is
/// unique ignoring case; a cell holds at most 32,767 characters; a sheet at most 1,048,576 rows. What had to change is listed
/// in ``Output/notes``.
public enum XLSXWriter {
  public struct Output: Sendable {
    public var bytes: [UInt8]
    /// What was changed to fit Excel's rules (a renamed sheet, a cut cell), one line each.
    public var notes: [String]
  }

  /// The most characters (UTF-16 code units, as Excel counts) a cell holds.
  public static let maximumCellLength = 32_767
  /// The longest sheet name.
  public static let maximumSheetNameLength = 31
  /// The most rows a sheet holds, the header row included.
  public static let maximumRows = 1_048_576

  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// The `.xlsx` bytes of `workbook`.
  public static func write(_ workbook: Workbook) -> Output {
    var notes: [String] = []
    var sheets = workbook.sheets
    if sheets.isEmpty { sheets = [Workbook.Sheet(name: "Sheet1", columns: [], rows: [])] }
    for index in sheets.indices where sheets[index].rows.count > maximumRows - 1 {
      let cut = sheets[index].rows.count - (maximumRows - 1)
      sheets[index].rows.removeLast(cut)
      notes.append(
        "the sheet '\(sheets[index].name)' ends after \(maximumRows - 1) rows; \(cut) rows not written (Excel's rules)"
      )
    }
    var names: [String] = []
    var finalName: [String: String] = [:]
    for sheet in sheets {
      let name = sheetName(sheet.name, taken: names)
      if name != sheet.name { notes.append("the sheet '\(sheet.name)' is named '\(name)' (Excel's rules)") }
      names.append(name)
      if finalName[sheet.name] == nil { finalName[sheet.name] = name }
    }
    // Each sheet's rows by their first cell, for links.
    var anchors: [String: [String: Int]] = [:]
    for (sheet, name) in zip(sheets, names) {
      var rows: [String: Int] = [:]
      for (offset, row) in sheet.rows.enumerated() {
        if let key = row.first?.text, !key.isEmpty, rows[key] == nil { rows[key] = offset + 2 }
      }
      anchors[name] = rows
    }

    var zip = ZipWriter()
    var parts: [(String, [UInt8])] = [
      ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
      ("_rels/.rels", rootRelationships()),
      ("xl/workbook.xml", workbookPart(names: names, sheets: sheets)),
      ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
      ("xl/styles.xml", Array(styles.utf8)),
    ]
    for (index, sheet) in sheets.enumerated() {
      let resolve: (Workbook.Link) -> String? = { link in
        guard let target = finalName[link.sheet], let row = anchors[target]?[link.key] else { return nil }
        return "\(quotedSheet(target))!A\(row)"
      }
      parts.append(
        (
          "xl/worksheets/sheet\(index + 1).xml",
          worksheet(sheet, name: names[index], resolve: resolve, notes: &notes)
        ))
    }
    for (name, data) in parts {
      // Below 4 GiB and 65,535 entries by construction: a workbook is built in memory.
      try! zip.add(name, data)
    }
    return Output(bytes: try! zip.finish(), notes: notes)
  }

  // MARK: Names and references

  /// `name` as Excel accepts it: `[]:*?/\` replaced by `-`, no `'` at either end, at most 31
  /// characters, not empty, and different (ignoring case) from every name in `taken`.
  public static func sheetName(_ name: String, taken: [String]) -> String {
    var cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
    while cleaned.hasPrefix("'") { cleaned.removeFirst() }
    while cleaned.hasSuffix("'") { cleaned.removeLast() }
    if cleaned.isEmpty { cleaned = "Sheet" }
    let lowered = Set(taken.map { $0.lowercased() })
    var candidate = truncated(cleaned, to: maximumSheetNameLength)
    var number = 2
    while lowered.contains(candidate.lowercased()) {
      let suffix = " (\(number))"
      candidate = truncated(cleaned, to: maximumSheetNameLength - suffix.utf16.count) + suffix
      number += 1
    }
    return candidate
  }

  /// The longest prefix of `text` of at most `limit` UTF-16 code units, whole characters only.
  static func truncated(_ text: String, to limit: Int) -> String {
    guard text.utf16.count > limit else { return text }
    var out = ""
    var length = 0
    for character in text {
      let width = character.utf16.count
      if length + width > limit { break }
      out.append(character)
      length += width
    }
    return out
  }

  /// `'Name'` with `'` doubled, as a formula or a link names a sheet.
  static func quotedSheet(_ name: String) -> String {
    "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
  }

  /// The column letters of the 0-based `index` (0 → A, 26 → AA).
  public static func columnName(_ index: Int) -> String {
    var index = index + 1
    var letters: [Character] = []
    while index > 0 {
      let remainder = (index - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      index = (index - 1) / 26
    }
    return String(letters.reversed())
  }

  // MARK: Escaping

  /// `text` as SpreadsheetML text: XML-escaped, control characters (other than tab and line
  /// feed) written `_xHHHH_` as Excel writes them, and a literal `_xHHHH_` protected as
  /// `_x005F_xHHHH_` so that Excel reads it back unchanged.
  static func escape(_ text: String, attribute: Bool = false) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = ""
    out.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      case "_" where isEscapeLike(scalars, at: index): out += "_x005F_"
      default:
        if (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFFFE
          || scalar.value == 0xFFFF
        {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Whether `_xHHHH_` starts at `index`.
  static func isEscapeLike(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else {
      return false
    }
    return scalars[index + 2...index + 5].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  // MARK: Parts

  static func contentTypes(sheetCount: Int) -> [UInt8] {
    var out = header
    out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    out +=
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    out += "<Override PartName=\"/xl/workbook.xml\" "
    out += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    for index in 1...sheetCount {
      out += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
      out += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    out += "<Override PartName=\"/xl/styles.xml\" "
    out += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    out += "</Types>"
    return Array(out.utf8)
  }

  static func rootRelationships() -> [UInt8] {
    var out = header
    out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    out +=
      "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    out += "</Relationships>"
    return Array(out.utf8)
  }

  static func workbookRelationships(sheetCount: Int) -> [UInt8] {
    var out = header
    out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for index in 1...sheetCount {
      out += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" "
      out += "Target=\"worksheets/sheet\(index).xml\"/>"
    }
    out +=
      "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
    out += "</Relationships>"
    return Array(out.utf8)
  }

  static func workbookPart(names: [String], sheets: [Workbook.Sheet]) -> [UInt8] {
    var out = header
    out += "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
    out += "<bookViews><workbookView/></bookViews><sheets>"
    for (index, name) in names.enumerated() {
      out +=
        "<sheet name=\"\(escape(name, attribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    out += "</sheets>"
    let filtered = sheets.indices.filter { !sheets[$0].columns.isEmpty }
    if !filtered.isEmpty {
      out += "<definedNames>"
      for index in filtered {
        let range = "$A$1:$\(columnName(sheets[index].columns.count - 1))$\(sheets[index].rows.count + 1)"
        out += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
        out += escape(quotedSheet(names[index]) + "!" + range) + "</definedName>"
      }
      out += "</definedNames>"
    }
    out += "</workbook>"
    return Array(out.utf8)
  }

  /// Fonts: 0 normal, 1 bold (the header), 2 underlined blue (a link). Cell formats use them in
  /// that order.
  static let styles =
    header + """
      <styleSheet xmlns="\(mainNamespace)">\
      <fonts count="3">\
      <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
      <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
      <font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>\
      </fonts>\
      <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
      <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
      <cellXfs count="3">\
      <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
      <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
      <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
      </cellXfs>\
      <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
      </styleSheet>
      """

  /// Width in characters: the longest line of the column's cells (header included), between 8
  /// and 60.
  static func widths(_ sheet: Workbook.Sheet) -> [Int] {
    var widths = sheet.columns.map { $0.count + 3 }
    for row in sheet.rows {
      for (index, cell) in row.enumerated() where index < widths.count && widths[index] < 60 {
        let longest = cell.text.utf8.count < 60 ? cell.text.count : min(cell.text.count, 60)
        widths[index] = max(widths[index], longest + 1)
      }
    }
    return widths.map { min(60, max(8, $0)) }
  }

  static func worksheet(
    _ sheet: Workbook.Sheet, name: String, resolve: (Workbook.Link) -> String?, notes: inout [String]
  ) -> [UInt8] {
    let columnCount = max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0)
    let lastColumn = columnName(max(columnCount, 1) - 1)
    let lastRow = sheet.rows.count + 1
    let range = "A1:\(lastColumn)\(lastRow)"
    var out = header
    out += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
    out += "<dimension ref=\"\(range)\"/>"
    out += "<sheetViews><sheetView workbookViewId=\"0\">"
    out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
    out += "</sheetView></sheetViews>"
    out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
    if !sheet.columns.isEmpty {
      out += "<cols>"
      for (index, width) in widths(sheet).enumerated() {
        out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
      }
      out += "</cols>"
    }
    var links: [(String, String, String)] = []
    out += "<sheetData>"
    let letters = (0..<columnCount).map(columnName)
    func appendRow(_ number: Int, _ cells: [Workbook.Cell], style: Int) {
      out += "<row r=\"\(number)\">"
      for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
        let reference = letters[index] + String(number)
        var text = cell.text
        if text.utf16.count > maximumCellLength {
          text = truncated(text, to: maximumCellLength)
          notes.append(
            "\(name)!\(reference): cut to \(maximumCellLength) characters, Excel's limit (was \(cell.text.utf16.count))"
          )
        }
        var cellStyle = style
        if let link = cell.link, let location = resolve(link) {
          links.append((reference, location, text))
          cellStyle = 2
        }
        out += "<c r=\"\(reference)\"\(cellStyle == 0 ? "" : " s=\"\(cellStyle)\"") t=\"inlineStr\"><is><t"
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
          first == " " || first == "\t" || first == "\n" || last == " " || last == "\t" || last == "\n"
        {
          out += " xml:space=\"preserve\""
        }
        out += ">" + escape(text) + "</t></is></c>"
      }
      out += "</row>"
    }
    if !sheet.columns.isEmpty { appendRow(1, sheet.columns.map { Workbook.Cell($0) }, style: 1) }
    for (offset, row) in sheet.rows.enumerated() { appendRow(offset + 2, row, style: 0) }
    out += "</sheetData>"
    if !sheet.columns.isEmpty { out += "<autoFilter ref=\"\(range)\"/>" }
    if !links.isEmpty {
      out += "<hyperlinks>"
      for (reference, location, display) in links {
        let shown = truncated(display, to: 255)
        out += "<hyperlink ref=\"\(reference)\" location=\"\(escape(location, attribute: true))\" "
        out += "display=\"\(escape(shown, attribute: true))\"/>"
      }
      out += "</hyperlinks>"
    }
    out +=
      "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
    out += "</worksheet>"
    return Array(out.utf8)
  }
}
