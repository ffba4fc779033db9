import Foundation
import MHHSCatalogue
import MHHSImport
import Testing

/// `mhhs export --format xlsx`, `mapping --format xlsx` and `import xlsx`, end to end.
@Suite struct XLSXCommandTests {
  func read(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

  @Test func exportIsDeterministicAndImportsBackUnchanged() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let first = try MHHSBinary.run(["export", "catalogue", "--output", "a.xlsx"], in: root)
      #expect(first.status == 0, "\(first.stderr)")
      _ = try MHHSBinary.run(["export", "catalogue", "--output", "b.xlsx"], in: root)
      let bytes = try read(root.appendingPathComponent("a.xlsx"))
      #expect(bytes == (try read(root.appendingPathComponent("b.xlsx"))))

      var workbook = try XLSXWorkbook(bytes, file: "a.xlsx")
      #expect(
        workbook.sheets.map(\.name) == [
          "Interfaces", "D-flows", "NFRs", "Change requests", "Roles", "Releases", "Data types", "Data items",
          "Blocks", "Mapping by flow", "Mapping by interface",
          "Findings",
        ])
      let interfaces = try workbook.rows(of: workbook.sheets[0]).rows
      #expect(interfaces.first?.fields.first == "ID")
      #expect(interfaces.dropFirst().map { $0.fields[0] } == ["IF-021", "IF-022", "IF-023"])
      let findings = try workbook.rows(of: workbook.sheets[workbook.sheets.count - 1]).rows
      #expect(
        findings.dropFirst().contains {
          $0.fields[0] == "nfr/missing-error-response-time" && $0.fields[2] == "IF-021"
        })

      for kind in ["interfaces", "dataflows"] {
        let check = try MHHSBinary.run(
          ["import", "xlsx", "a.xlsx", "--kind", kind, "--into", "catalogue", "--check"], in: root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 missing, 0 out of date"))
      }
    }
  }

  @Test func mappingXLSXReadsBackAsTheFlowTable() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let run = try MHHSBinary.run(["mapping", "--format", "xlsx", "--output", "m.xlsx"], in: root)
      #expect(run.status == 0)
      var workbook = try XLSXWorkbook(try read(root.appendingPathComponent("m.xlsx")), file: "m.xlsx")
      #expect(workbook.sheets.map(\.name) == ["Mapping by flow"])
      let rows = try workbook.rows(of: workbook.sheets[0]).rows.map(\.fields)
      #expect(
        rows.first == [
          "Flow", "Version", "Name", "Ownership", "Disposition", "Replaced by", "Decision", "Rationale",
        ])
      #expect(
        rows.dropFirst().first?.prefix(7) == [
          "D0379", "001", "Half Hourly Advances UTC", "MRA", "retained", "", "DAG-DEC57",
        ])
      let check = try MHHSBinary.run(
        ["import", "xlsx", "m.xlsx", "--kind", "dataflows", "--into", "catalogue", "--check"], in: root)
      #expect(check.status == 0, "\(check.stdout)")
    }
  }

  @Test func anEditedCellImportsAsThatEditAndItsSource() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      _ = try MHHSBinary.run(["export", "--output", "a.xlsx"], in: root)
      var workbook = try XLSXWorkbook(try read(root.appendingPathComponent("a.xlsx")), file: "a.xlsx")
      let rows = try workbook.rows(of: workbook.sheets[0]).rows
      // Rewrite the sheet as a CSV-like table with one name changed, through the writer's rows.
      let width = rows[0].fields.count
      var table = rows.map { $0.fields + Array(repeating: "", count: width - $0.fields.count) }
      table[2][1] = "Edited name"
      let csv = CSV.render(table)
      try Data(csv.utf8).write(to: root.appendingPathComponent("edit.csv"))
      let run = try MHHSBinary.run(
        ["import", "csv", "edit.csv", "--kind", "interfaces", "--into", "catalogue", "--dry-run"], in: root)
      #expect(
        run.stdout.contains(
          "update interfaces/IF-022.json\n  name: \"Example\" → \"Edited name\"\n  sources: + "))
      #expect(run.stdout.contains("1 to update, 2 up to date"))
    }
  }

  @Test func badWorkbooksAreExitTwoWithTheFileNamed() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      try Data("not a zip".utf8).write(to: root.appendingPathComponent("bad.xlsx"))
      let bad = try MHHSBinary.run(
        ["import", "xlsx", "bad.xlsx", "--kind", "interfaces", "--into", "catalogue"], in: root)
      #expect(bad.status == 2)
      #expect(bad.stderr.contains("bad.xlsx is not a readable .xlsx workbook: it is not a zip archive"))
      _ = try MHHSBinary.run(["export", "--output", "a.xlsx"], in: root)
      let missing = try MHHSBinary.run(
        ["import", "xlsx", "a.xlsx", "--sheet", "Nope", "--kind", "interfaces", "--into", "catalogue"],
        in: root)
      #expect(missing.status == 2)
      #expect(missing.stderr.contains("a.xlsx has no sheet 'Nope'"))
      let noOutput = try MHHSBinary.run(["export"], in: root)
      #expect(noOutput.status == 2 && noOutput.stderr.contains("export needs --output FILE"))
    }
  }
}
