import MHHSCatalogue
import MHHSImport

/// The catalogue the fuzzed specification is imported into: a manifest and one interface, so that
/// both new files and merges into an existing one are planned.
let catalogue: [String: String] = [
  "catalogue.json": #"{ "format": 1, "name": "Fuzz" }"#,
  "interfaces/IF-001.json":
    #"{ "id": "IF-001", "name": "Old", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"], "events": ["A"] }"#,
]

/// libFuzzer entry point: the input is the `Interfaces-EventCodes` document and, after a NUL
/// byte, the `SubmitEvents` document; what `mhhs import dip-openapi` does with them (read the
/// payload schemas, plan the merge) must not crash, and every planned file must be an interface
/// file that parses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportDIP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
  guard let first = parts.first, case .success(let interfaces) = JSONParser.parse(Array(first)) else {
    return 0
  }
  let submit = parts.count > 1 ? try? JSONParser.parse(Array(parts[1])).get() : nil
  let result = DIPOpenAPIImporter.entities(interfaces: interfaces, submitEvents: submit)
  let files = catalogue
  let plan = ImportMerger { path in files[path].map { .success(Array($0.utf8)) } }
    .plan(result.entities, problems: result.problems)
  for change in plan.changes {
    precondition(change.relativePath.hasPrefix("interfaces/"), "planned a file outside interfaces/")
    precondition((try? JSONParser.parse(change.new).get()) != nil, "planned a file that is not JSON")
  }
  return 0
}

/// SwiftPM links an executable with `main` aliased to `FuzzImportDIP_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzImportDIP_main")
public func FuzzImportDIPMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzImportDIP(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
