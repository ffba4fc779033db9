import MHHSCatalogue

/// libFuzzer entry point: the input is one document for the JSON parser. A parsed value is
/// converted back to writable JSON, rendered, and parsed again, which must succeed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if case .success(let value) = JSONParser.parse(bytes) {
    let text = value.plain.render()
    guard case .success = JSONParser.parse(text) else {
      fatalError("rendered JSON does not parse again: \(text)")
    }
  }
  return 0
}

/// SwiftPM links an executable with `main` aliased to `FuzzParser_main`; hand control to libFuzzer's
/// driver from there.
@_cdecl("FuzzParser_main")
public func FuzzParserMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzParser(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
