import MHHSCatalogue
import MHHSLint

/// The catalogue file the input is decoded as, chosen by its first byte.
let targets = [
  "interfaces/IF-001.json", "roles.json", "dataflows/D0001.json", "nfrs/E2E1009.json",
  "change-requests/CR001.json", "releases.json", "catalogue.json", "interfaces/REP-002A.json",
]

/// A small valid catalogue around the fuzzed file, so that references can resolve.
let neighbours: [CatalogueLoader.File] = [
  .init("catalogue.json", #"{ "format": 1, "name": "Fuzz" }"#),
  .init(
    "roles.json",
    #"{ "roles": [ { "id": "SUP", "name": "Supplier" }, { "id": "SDS", "name": "Smart Data Service" } ] }"#),
  .init(
    "releases.json",
    #"{ "releases": [ { "id": "M5", "name": "M5", "date": "2022-10-31" }, { "id": "IR7", "name": "IR7" } ], "freezes": [ { "from": "2023-12-06", "note": "freeze" } ] }"#
  ),
  .init(
    "interfaces/IF-021.json",
    #"{ "id": "IF-021", "name": "Data", "version": "1.0", "status": "active", "transport": "dip", "from": ["SDS"], "to": ["SUP"], "replaces": ["D0379"] }"#
  ),
  .init(
    "dataflows/D0379.json",
    #"{ "id": "D0379", "version": "001", "name": "Flow", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "removed", "replacedBy": ["IF-021"] } }"#
  ),
  .init(
    "change-requests/CR034.json", #"{ "id": "CR034", "title": "CR", "status": "approved", "release": "IR7" }"#
  ),
]

/// libFuzzer entry point: the first byte picks the file the rest is decoded as (an interface,
/// roles.json, …); the catalogue is then loaded and linted, which must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogue(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let target = targets[Int(data[0]) % targets.count]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  var files = neighbours.filter { $0.relativePath != target }
  files.append(CatalogueLoader.File(relativePath: target, contents: .success(bytes)))
  guard let catalogue = try? CatalogueLoader.load(files: files) else { return 0 }
  let day = CalendarDate("2024-01-01")!
  for release in [nil, "M5"] as [String?] {
    guard
      let result = try? Linter().lint(
        catalogue, options: LintOptions(asOf: day, release: release), today: day)
    else { continue }
    for finding in result.findings {
      precondition(finding.location.line >= 1 && finding.location.column >= 1, "finding without a location")
    }
  }
  return 0
}

/// SwiftPM links an executable with `main` aliased to `FuzzCatalogue_main`; hand control to libFuzzer's
/// driver from there.
@_cdecl("FuzzCatalogue_main")
public func FuzzCatalogueMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzCatalogue(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
