import MHHSCatalogue

/// A workbook read from `.xlsx` bytes, as Excel, LibreOffice and openpyxl write it: the sheets
/// found through the relationships (never assumed to be `sheetN.xml`; absolute part paths
/// accepted), shared strings (rich-text runs joined, phonetic hints left out), inline strings,
/// numbers, booleans, formulas by their cached value, and dates (a number in a date format)
/// as `yyyy-mm-dd`. Element names match by local name, so any namespace prefix reads.
///
/// Everything comes through ``ZipArchive`` (caps on sizes, ratio, entries, names, CRC) and
/// ``XMLReader`` (no document types or entities). What cannot be read at all is an
/// ``ImportError``; a cell that cannot be read is an ``ImportProblem`` naming the cell.
public struct XLSXWorkbook {
  public struct Sheet: Sendable, Equatable {
    public var name: String
    /// The part holding it (`xl/worksheets/sheet1.xml`).
    var part: String
  }

  /// The sheets in workbook order.
  public let sheets: [Sheet]
  var archive: ZipArchive
  let file: String
  let sharedStrings: [String]
  /// Per cell format index (`s`): whether numbers in it are dates.
  let dateStyles: [Bool]
  let date1904: Bool

  /// The most rows and columns Excel has.
  static let maximumRow = 1_048_576
  static let maximumColumn = 16_384

  public init(_ bytes: [UInt8], file: String) throws(ImportError) {
    self.file = file
    do {
      archive = try ZipArchive(bytes)
    } catch {
      throw ImportError("\(file) is not a readable .xlsx workbook: \(error)")
    }
    let rootRelationships = try Self.relationships(of: "", in: &archive, file: file)
    guard let workbookPart = rootRelationships.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
    else {
      throw ImportError("\(file) is not a spreadsheet: _rels/.rels names no workbook part")
    }
    let workbook = try Self.xml(workbookPart, in: &archive, file: file)
    guard workbook.localName == "workbook" else {
      throw ImportError("\(file) is not a spreadsheet: \(workbookPart) is <\(workbook.name)>, not a workbook")
    }
    let relationships = try Self.relationships(of: workbookPart, in: &archive, file: file)
    var sheets: [Sheet] = []
    for sheet in workbook.element("sheets")?.elements("sheet") ?? [] {
      guard let name = sheet.attribute("name"), let id = sheet.attribute("id"),
        let target = relationships.first(where: { $0.id == id })?.target
      else { continue }
      sheets.append(Sheet(name: name, part: target))
    }
    self.sheets = sheets
    date1904 = ["1", "true"].contains(workbook.element("workbookPr")?.attribute("date1904") ?? "")

    if let part = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target {
      let table = try Self.xml(part, in: &archive, file: file)
      sharedStrings = table.elements("si").map(Self.stringItem)
    } else {
      sharedStrings = []
    }
    if let part = relationships.first(where: { $0.type.hasSuffix("/styles") })?.target {
      dateStyles = Self.dateStyles(try Self.xml(part, in: &archive, file: file))
    } else {
      dateStyles = []
    }
  }

  // MARK: Parts

  struct Relationship {
    var id: String
    var type: String
    var target: String
  }

  /// The relationships of `part` (`""` for the package), targets resolved to part names.
  static func relationships(of part: String, in archive: inout ZipArchive, file: String) throws(ImportError)
    -> [Relationship]
  {
    let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? ""
    let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    guard archive.contains(relsPart) else {
      if part.isEmpty { throw ImportError("\(file) is not a .xlsx workbook: it has no _rels/.rels") }
      return []
    }
    let root = try xml(relsPart, in: &archive, file: file)
    var out: [Relationship] = []
    for element in root.elements("Relationship") {
      guard let id = element.attribute("Id"), let type = element.attribute("Type"),
        let target = element.attribute("Target"), element.attribute("TargetMode") != "External"
      else { continue }
      guard let resolved = resolve(target, from: folder) else {
        throw ImportError("\(file): the part path '\(target)' in \(relsPart) leaves the package")
      }
      out.append(Relationship(id: id, type: type, target: resolved))
    }
    return out
  }

  /// `target` relative to `folder`, or from the package root when it starts with `/`; nil when
  /// `..` climbs above the root.
  static func resolve(_ target: String, from folder: String) -> String? {
    var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for part in target.split(separator: "/") {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }

  static func xml(_ part: String, in archive: inout ZipArchive, file: String) throws(ImportError)
    -> XMLReader.Element
  {
    let bytes: [UInt8]
    do {
      bytes = try archive.read(part)
    } catch {
      throw ImportError("\(file) is not a readable .xlsx workbook: \(error)")
    }
    do {
      return try XMLReader.parse(bytes)
    } catch {
      throw ImportError("\(file): the part \(part) is not acceptable XML (\(error))")
    }
  }

  // MARK: Text

  /// A shared string: its text, or its rich-text runs joined; phonetic hints (`rPh`) left out.
  static func stringItem(_ item: XMLReader.Element) -> String {
    var out = ""
    for child in item.elements {
      switch child.localName {
      case "t": out += child.text
      case "r": out += child.elements("t").map(\.text).joined()
      default: continue
      }
    }
    return decodeEscapes(out)
  }

  /// `text` with Excel's `_xHHHH_` escapes decoded (`_x000D_` is a carriage return; `_x005F_`
  /// protects a literal `_xHHHH_`).
  static func decodeEscapes(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
        scalars[index + 6] == "_",
        let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2...index + 5])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.append(scalar)
        index += 7
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return String(out)
  }

  // MARK: Dates

  /// For each cell format (`cellXfs/xf`), whether its number format shows a date: a built-in
  /// date format (14–22, 45–47) or a custom code with y, m, d, h or s outside quotes and brackets.
  static func dateStyles(_ styles: XMLReader.Element) -> [Bool] {
    var custom: [Int: Bool] = [:]
    for format in styles.element("numFmts")?.elements("numFmt") ?? [] {
      guard let id = format.attribute("numFmtId").flatMap({ Int($0) }) else { continue }
      custom[id] = isDateCode(format.attribute("formatCode") ?? "")
    }
    return (styles.element("cellXfs")?.elements("xf") ?? []).map { xf in
      let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
      return custom[id] ?? ((14...22).contains(id) || (45...47).contains(id))
    }
  }

  static func isDateCode(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    for character in code.lowercased() {
      switch character {
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case "y", "m", "d", "h", "s": if !quoted && !bracket { return true }
      default: continue
      }
    }
    return false
  }

  /// The serial day number `value` as `yyyy-mm-dd` (with a time, `yyyy-mm-ddThh:mm:ss`); nil
  /// when it is not a number of a plausible date.
  func dateText(_ value: String) -> String? {
    guard let serial = Double(value), serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    let seconds = Int(((serial - Double(days)) * 86_400).rounded())
    // To days since 1970-01-01; the 1900 system counts a 29 February 1900 that never was.
    days -= date1904 ? 24_107 : 25_569
    if !date1904 && serial < 60 { days += 1 }
    // Civil from days (Howard Hinnant).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    guard seconds > 0 && seconds < 86_400 else { return date }
    return date + "T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
  }
}
