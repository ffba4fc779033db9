import MHHSCatalogue

/// Keys for the differential check: short, long, and sharing their first eight bytes.
let keyTable = JSONKeyTable(["id", "name", "a", "abcdefgh", "abcdefgh1", "responseTimes", "é", ""])

/// libFuzzer entry point: the input is one document for the JSON parser. A parsed value is
/// converted back to writable JSON, rendered, and parsed again, which must succeed; parsing with
/// a table of known keys must give the same value, positions included.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let plain = JSONParser.parse(bytes)
  let keyed = JSONParser.parse(bytes, keys: keyTable)
  switch (plain, keyed) {
  case (.success(let value), .success(let other)):
    guard shape(value) == shape(other) else { fatalError("the key table changes the parsed value") }
    let text = value.plain.render()
    guard case .success = JSONParser.parse(text) else {
      fatalError("rendered JSON does not parse again: \(text)")
    }
  case (.failure(let error), .failure(let other)):
    guard error == other else { fatalError("the key table changes the error: \(error) / \(other)") }
  default:
    fatalError("the key table changes whether the document parses")
  }
  return 0
}

/// Every key, string, number and position of `value`, in order.
func shape(_ value: JSONValue) -> [String] {
  var out = ["\(value.position.line):\(value.position.column)"]
  switch value.storage {
  case .object(let members):
    for m in members { out += ["\(m.key)@\(m.keyPosition.line):\(m.keyPosition.column)"] + shape(m.value) }
  case .array(let elements): for e in elements { out += shape(e) }
  case .string(let s), .number(let s): out.append(s)
  case .bool(let b): out.append("\(b)")
  case .null: out.append("null")
  }
  return out
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
