import MHHSCatalogue

/// libFuzzer entry point: the input is a pattern and a text, split at the first NUL byte (or a
/// pattern alone, tried on itself), both decoded as UTF-8 with repairs. Compiling must succeed
/// or throw a ``PatternError`` with an offset inside the pattern; matching must answer, and on
/// short texts answer as `^[^]*(?:pattern)` does (a search that may start anywhere is an
/// anchored search after any prefix).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPattern(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let split = bytes.firstIndex(of: 0)
  let source = String(decoding: bytes[..<(split ?? size)], as: UTF8.self)
  let text = split.map { String(decoding: bytes[($0 + 1)...], as: UTF8.self) } ?? source
  let pattern: Pattern
  do {
    pattern = try Pattern(compiling: source)
  } catch {
    guard error.offset >= 0, error.offset <= source.unicodeScalars.count, !error.message.isEmpty else {
      fatalError("a refusal outside the pattern: \(error)")
    }
    return 0
  }
  let found = pattern.matches(text)
  if text.unicodeScalars.count <= 64, let anchored = try? Pattern(compiling: "^[^]*(?:" + source + ")") {
    guard anchored.matches(text) == found else {
      fatalError("/\(source)/ and its anchored form disagree on \(text.debugDescription)")
    }
  }
  return 0
}

/// SwiftPM links an executable with `main` aliased to `FuzzPattern_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzPattern_main")
public func FuzzPatternMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzPattern(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
