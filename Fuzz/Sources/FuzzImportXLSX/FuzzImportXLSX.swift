import MHHSCatalogue
import MHHSImport

/// The catalogue the fuzzed workbook is imported into: a manifest, one interface and one D-flow.
let catalogue: [String: String] = [
  "catalogue.json": #"{ "format": 1, "name": "Fuzz" }"#,
  "interfaces/IF-001.json":
    #"{ "id": "IF-001", "name": "Old", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"], "events": ["A"] }"#,
  "dataflows/D0001.json":
    #"{ "id": "D0001", "version": "001", "name": "Flow", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "retained" } }"#,
]

/// libFuzzer entry point: the first byte picks the kind (`--kind interfaces` when even,
/// `dataflows` when odd), the rest is the `.xlsx` file. What `mhhs import xlsx` does with it
/// (open the zip, inflate and parse the parts, read the sheet's rows, plan the merge) must not
/// crash or hang, and every planned file must be an entity file of that kind that parses. The
/// zip and inflate are also run on the bytes directly, entry by entry, so archives that are not
/// workbooks still exercise them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let kind: CSVImporter.Kind = data[0] % 2 == 0 ? .interfaces : .dataflows
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  if var archive = try? ZipArchive(bytes) {
    for entry in archive.entries {
      if let part = try? archive.read(entry.name) {
        precondition(part.count <= archive.limits.entrySize, "an entry beyond the cap")
        _ = try? XMLReader.parse(part)
      }
    }
  }
  guard let result = try? XLSXImporter.entities(xlsx: bytes, kind: kind, sheet: nil, file: "fuzz.xlsx") else {
    return 0
  }
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

/// SwiftPM links an executable with `main` aliased to `FuzzImportXLSX_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzImportXLSX_main")
public func FuzzImportXLSXMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzImportXLSX(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
