import MHHSCatalogue
import MHHSImport

/// The catalogue the fuzzed table is imported into: a manifest, one interface and one D-flow, so
/// that both new files and merges into existing ones are planned.
let catalogue: [String: String] = [
  "catalogue.json": #"{ "format": 1, "name": "Fuzz" }"#,
  "interfaces/IF-001.json":
    #"{ "id": "IF-001", "name": "Old", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"], "events": ["A"] }"#,
  "dataflows/D0001.json":
    #"{ "id": "D0001", "version": "001", "name": "Flow", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "retained" } }"#,
]

/// libFuzzer entry point: the first byte picks the kind (`--kind interfaces` when even,
/// `dataflows` when odd), the rest is the CSV file; what `mhhs import csv` does with it (read the
/// rows, plan the merge) must not crash, and every planned file must be an entity file of that
/// kind that parses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let kind: CSVImporter.Kind = data[0] % 2 == 0 ? .interfaces : .dataflows
  let csv = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  guard let result = try? CSVImporter.entities(csv: csv, kind: kind, file: "fuzz.csv") else { return 0 }
  let files = catalogue
  let plan = ImportMerger { path in files[path].map { .success(Array($0.utf8)) } }
    .plan(result.entities, problems: result.problems)
  for change in plan.changes {
    precondition(
      change.relativePath.hasPrefix("\(kind.rawValue)/"), "planned a file outside \(kind.rawValue)/")
    precondition((try? JSONParser.parse(change.new).get()) != nil, "planned a file that is not JSON")
  }
  return 0
}

/// SwiftPM links an executable with `main` aliased to `FuzzImportCSV_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzImportCSV_main")
public func FuzzImportCSVMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzImportCSV(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
