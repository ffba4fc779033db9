import MHHSCatalogue

extension XLSXWorkbook {
  /// The rows of `sheet` that hold a value, cells placed by their `r` reference (or, without
  /// one, after the cell before). The first row (the header) is as wide as its last value; every
  /// later row is exactly as wide, a value beyond the header's width left out with a warning
  /// (so a hostile sheet cannot make every row 16,384 cells wide). Problems name the cell
  /// (`Interfaces!C4`).
  public mutating func rows(of sheet: Sheet) throws(ImportError) -> (
    rows: [CSVImporter.Row], problems: [ImportProblem]
  ) {
    let root = try Self.xml(sheet.part, in: &archive, file: file)
    guard root.localName == "worksheet" else {
      throw ImportError("\(file): the sheet '\(sheet.name)' is not a worksheet (a chart or dialog sheet?)")
    }
    var rows: [CSVImporter.Row] = []
    var problems: [ImportProblem] = []
    var rowNumber = 0
    var width: Int?
    for row in root.element("sheetData")?.elements("row") ?? [] {
      if let r = row.attribute("r") {
        guard let number = Int(r), number > rowNumber, number <= Self.maximumRow else {
          throw ImportError(
            "\(file): the sheet '\(sheet.name)' has a row numbered '\(r)' out of order or range")
        }
        rowNumber = number
      } else {
        rowNumber += 1
        guard rowNumber <= Self.maximumRow else {
          throw ImportError("\(file): '\(sheet.name)' has too many rows")
        }
      }
      var fields: [String] = []
      var column = -1
      for cell in row.elements("c") {
        if let reference = cell.attribute("r") {
          guard let (index, number) = Self.cellPosition(reference), number == rowNumber, index > column else {
            throw ImportError(
              "\(file): the sheet '\(sheet.name)' has a cell '\(reference)' out of order in row \(rowNumber)")
          }
          column = index
        } else {
          column += 1
          guard column < Self.maximumColumn else {
            throw ImportError("\(file): row \(rowNumber) of '\(sheet.name)' has too many cells")
          }
        }
        let name = "\(sheet.name)!\(Self.columnName(column))\(rowNumber)"
        guard let text = value(of: cell, name: name, problems: &problems), !text.isEmpty else { continue }
        if let width, column >= width {
          problems.append(.init(.warning, "\(file): \(name) is beyond the last heading; it was ignored"))
          continue
        }
        guard text.utf16.count <= 32_767 else {
          problems.append(
            .init(
              .error,
              "\(file): \(name) holds \(text.utf16.count) characters, more than a cell may (32,767); it was read as empty"
            ))
          continue
        }
        // Filling the gap: at most 16,384 strings in the header, its width after.
        while fields.count < column { fields.append("") }
        fields.append(text)
      }
      guard !fields.isEmpty else { continue }
      if let width {
        fields += repeatElement("", count: width - fields.count)
      } else {
        width = fields.count
      }
      rows.append(CSVImporter.Row(number: rowNumber, fields: fields))
    }
    return (rows, problems)
  }

  /// The text of a cell, by its type (`t`); nil (with a problem) when it has none to give.
  func value(of cell: XMLReader.Element, name: String, problems: inout [ImportProblem]) -> String? {
    let type = cell.attribute("t") ?? "n"
    let raw = cell.element("v")?.text
    if cell.element("f") != nil && (raw ?? "").isEmpty && type != "inlineStr" {
      problems.append(
        .init(
          .error,
          "\(file): \(name) is a formula with no saved value; open and save the workbook in a spreadsheet program, or type the value"
        ))
      return nil
    }
    switch type {
    case "s":
      guard let index = raw.flatMap({ Int($0.trimmingSpaces) }), sharedStrings.indices.contains(index) else {
        problems.append(.init(.error, "\(file): \(name) names a shared string that is not there"))
        return nil
      }
      return sharedStrings[index]
    case "inlineStr":
      return cell.element("is").map(Self.stringItem) ?? ""
    case "str":
      return Self.decodeEscapes(raw ?? "")
    case "b":
      return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
    case "e":
      problems.append(.init(.error, "\(file): \(name) holds the error \(raw ?? "?"); it was read as empty"))
      return nil
    case "d":
      return raw
    default:
      guard let raw, !raw.isEmpty else { return nil }
      if let style = cell.attribute("s").flatMap({ Int($0) }), dateStyles.indices.contains(style),
        dateStyles[style],
        let date = dateText(raw)
      {
        return date
      }
      return raw
    }
  }

  /// The 0-based column and the row number of a reference such as `AB12`.
  static func cellPosition(_ reference: String) -> (Int, Int)? {
    var column = 0
    var letters = 0
    var digits = Substring(reference)
    for scalar in reference.unicodeScalars {
      guard scalar.value >= 65 && scalar.value <= 90 || scalar.value >= 97 && scalar.value <= 122 else {
        break
      }
      column = column * 26 + Int(scalar.value & 0x1F)
      letters += 1
      guard letters <= 3 else { return nil }
      digits = digits.dropFirst()
    }
    guard letters > 0, column <= maximumColumn, let row = Int(digits), row >= 1, row <= maximumRow else {
      return nil
    }
    return (column - 1, row)
  }

  /// The letters of the 0-based column `index`.
  static func columnName(_ index: Int) -> String {
    var index = index + 1
    var letters: [Character] = []
    while index > 0 {
      letters.append(Character(Unicode.Scalar(UInt8(65 + (index - 1) % 26))))
      index = (index - 1) / 26
    }
    return String(letters.reversed())
  }
}

extension String {
  fileprivate var trimmingSpaces: Substring {
    let trimmed = drop { $0 == " " }
    return trimmed.prefix { $0 != " " }
  }
}
