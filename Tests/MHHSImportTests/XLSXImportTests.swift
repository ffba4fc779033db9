import MHHSCatalogue
import MHHSImport
import Testing

/// Workbooks shaped as LibreOffice, Excel and openpyxl write them, built part by part.
private enum Book {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// A workbook with one sheet `sheetXML` (the `<sheetData>` content), shared strings and styles
  /// as given; part paths are absolute (`/xl/…`) and every element carries the `x:` prefix when
  /// `prefixed`.
  static func make(
    sheetData: String, sharedStrings: String? = nil, styles: String? = nil, sheetName: String = "Interfaces",
    prefixed: Bool = false
  ) throws -> [UInt8] {
    let p = prefixed ? "x:" : ""
    let ns = prefixed ? "xmlns:x=\"\(main)\"" : "xmlns=\"\(main)\""
    var rels = """
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="\(rel)/worksheet" Target="/xl/worksheets/data.xml"/>
      """
    if sharedStrings != nil {
      rels += "<Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    }
    if styles != nil { rels += "<Relationship Id=\"rId3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>" }
    rels += "</Relationships>"
    var parts: [(String, String)] = [
      (
        "_rels/.rels",
        """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """
      ),
      (
        "xl/workbook.xml",
        """
        <\(p)workbook \(ns) xmlns:r="\(rel)"><\(p)sheets><\(p)sheet name="\(sheetName)" sheetId="1" r:id="rId1"/>\
        </\(p)sheets></\(p)workbook>
        """
      ),
      ("xl/_rels/workbook.xml.rels", rels),
      (
        "xl/worksheets/data.xml",
        "<\(p)worksheet \(ns)><\(p)sheetData>\(sheetData)</\(p)sheetData></\(p)worksheet>"
      ),
    ]
    if let sharedStrings {
      parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(sharedStrings)</sst>"))
    }
    if let styles { parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")) }
    var zip = ZipWriter()
    for (name, text) in parts { try zip.add(name, Array(text.utf8)) }
    return try zip.finish()
  }

  static func read(_ bytes: [UInt8], kind: CSVImporter.Kind = .interfaces, sheet: String? = nil) throws
    -> ImportResult
  {
    try XLSXImporter.entities(xlsx: bytes, kind: kind, sheet: sheet, file: "book.xlsx")
  }
}

@Suite struct XLSXImportTests {
  func field(_ result: ImportResult, _ id: String, _ name: String) -> JSON? {
    result.entities.first { $0.id == id }?.fields.first { $0.name == name }?.value
  }

  @Test func readsSharedStringsWithRunsAndPhoneticHintsAndSkippedCells() throws {
    let strings = """
      <si><t>ID</t></si><si><t>Name</t></si><si><t>From</t></si>\
      <si><r><rPr><b/></rPr><t>Read</t></r><r><t xml:space="preserve">ings </t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>\
      <si><t>SDS;ADS</t></si><si><t>Line_x000D_break</t></si>
      """
    let data = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
      <row r="3"><c r="A3" t="inlineStr"><is><t>IF-021</t></is></c><c r="C3" t="s"><v>4</v></c></row>\
      <row r="4"><c r="A4" t="inlineStr"><is><t>IF-022</t></is></c><c r="B4" t="s"><v>3</v></c></row>\
      <row r="5"><c t="inlineStr"><is><t>IF-023</t></is></c><c t="s"><v>5</v></c></row>
      """
    let result = try Book.read(Book.make(sheetData: data, sharedStrings: strings))
    #expect(result.entities.map(\.id) == ["IF-021", "IF-022", "IF-023"])
    #expect(field(result, "IF-021", "from") == .array([.string("SDS"), .string("ADS")]))
    #expect(field(result, "IF-021", "name") == nil)
    #expect(field(result, "IF-022", "name") == .string("Readings"))
    #expect(field(result, "IF-023", "name") == .string("Line\rbreak"))
    #expect(result.problems.isEmpty)
    #expect(result.entities[0].sourceLines.first?.text == "Workbook 'book.xlsx' sheet 'Interfaces': from")
  }

  @Test func readsPrefixedElementsNumbersBooleansDatesAndCachedFormulas() throws {
    let styles = """
      <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
      <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>
      """
    let data = """
      <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Flow</x:t></x:is></x:c>\
      <x:c r="B1" t="inlineStr"><x:is><x:t>Version</x:t></x:is></x:c>\
      <x:c r="C1" t="inlineStr"><x:is><x:t>Effective</x:t></x:is></x:c>\
      <x:c r="D1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c>\
      <x:c r="E1" t="inlineStr"><x:is><x:t>Decision</x:t></x:is></x:c></x:row>\
      <x:row r="2"><x:c r="A2" t="str"><x:f>"D0"&amp;"010"</x:f><x:v>D0010</x:v></x:c><x:c r="B2"><x:v>2</x:v></x:c>\
      <x:c r="C2" s="1"><x:v>45658</x:v></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c>\
      <x:c r="E2" t="str"><x:f>A2</x:f><x:v></x:v></x:c></x:row>
      """
    let result = try Book.read(
      Book.make(sheetData: data, styles: styles, sheetName: "Flows", prefixed: true), kind: .dataflows)
    #expect(result.entities.map(\.id) == ["D0010"])
    #expect(field(result, "D0010", "version") == .string("2"))
    #expect(field(result, "D0010", "mhhs.effective") == .string("2025-01-01"))
    #expect(field(result, "D0010", "name") == .string("TRUE"))
    #expect(field(result, "D0010", "mhhs.decision") == nil)
    #expect(
      result.problems.map(\.message) == [
        "book.xlsx: Flows!E2 is a formula with no saved value; open and save the workbook in a spreadsheet program, or type the value"
      ])
  }

  @Test func namesAMissingSheetAndRefusesHostileParts() throws {
    let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row>"#
    #expect(
      throws: ImportError(
        "book.xlsx has no sheet 'Interface'; did you mean `Interfaces`?; its sheets are: 'Interfaces'")
    ) {
      try Book.read(Book.make(sheetData: header), sheet: "Interface")
    }
    let doctype = try Book.make(sheetData: header, sharedStrings: "<!DOCTYPE x [<!ENTITY a \"b\">]><si/>")
    #expect(throws: ImportError.self) { try Book.read(doctype) }
    for bad in [
      #"<row r="2"/><row r="1"/>"#, #"<row r="1"><c r="B1"/><c r="A1"/></row>"#,
      #"<row r="1"><c r="A9"/></row>"#,
      #"<row r="2000000"/>"#, "<row><c r=\"XFE1\"/></row>", "<row>",
    ] {
      #expect(throws: ImportError.self, "\(bad)") { try Book.read(Book.make(sheetData: header + bad)) }
    }
    #expect(throws: ImportError.self) { try Book.read(Array("PK not really".utf8)) }
    // A value far beyond the header is left out with a warning; the row stays as wide as the header.
    let far =
      #"<row r="2"><c r="A2" t="inlineStr"><is><t>IF-001</t></is></c><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>"#
    let wide = try Book.read(Book.make(sheetData: header + far))
    #expect(wide.entities.map(\.id) == ["IF-001"])
    #expect(
      wide.problems.map(\.message) == [
        "book.xlsx: Interfaces!XFD2 is beyond the last heading; it was ignored"
      ])
    let missingString = #"<row r="2"><c r="A2" t="s"><v>7</v></c></row>"#
    let result = try Book.read(
      Book.make(sheetData: header + missingString, sharedStrings: "<si><t>x</t></si>"))
    #expect(result.entities.isEmpty)
    #expect(
      result.problems.contains {
        $0.message.contains("Interfaces!A2 names a shared string that is not there")
      })
  }
}
