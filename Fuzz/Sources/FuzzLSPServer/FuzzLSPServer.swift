import Glibc
import MHHSLanguageServer

/// Where the small catalogue the server checks lives: a fixed path, so that the seed corpus can
/// name its files.
let root = "/tmp/mhhs-fuzz-lsp"

/// A small valid catalogue with a finding or two, so that diagnostics, hovers, references and
/// fixes have something to work on.
let files = [
  ("catalogue.json", #"{ "format": 1, "name": "Fuzz" }"#),
  (
    "roles.json",
    #"{ "roles": [ { "id": "SUP", "name": "Supplier" }, { "id": "SDS", "name": "Smart Data Service" } ] }"#
  ),
  (
    "releases.json",
    #"{ "releases": [ { "id": "M5", "name": "M5", "date": "2022-10-31" }, { "id": "IR7", "name": "IR7" } ] }"#
  ),
  (
    "interfaces/IF-021.json",
    "{\n  \"id\": \"IF-021\",\n  \"name\": \"Data – 😀\",\n  \"version\": \"1.0\",\n  \"statuss\": \"active\",\n  \"transport\": \"dip\",\n  \"from\": [\"SDS\"],\n  \"to\": [\"SUP\", \"XYZ\"],\n  \"replaces\": [\"D0379\"]\n}\n"
  ),
  (
    "dataflows/D0379.json",
    #"{ "id": "D0379", "version": "001", "name": "Flow", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "mhhs": { "disposition": "removed", "replacedBy": ["IF-021"] } }"#
  ),
  (
    "change-requests/CR034.json", #"{ "id": "CR034", "title": "CR", "status": "approved", "release": "IR7" }"#
  ),
]

/// Writes the catalogue once per process.
let written: Bool = {
  for folder in [
    "", "/catalogue", "/catalogue/interfaces", "/catalogue/dataflows", "/catalogue/change-requests",
  ] {
    mkdir(root + folder, 0o755)
  }
  for (path, text) in files {
    guard let file = fopen(root + "/catalogue/" + path, "w") else { fatalError("cannot write \(path)") }
    fputs(text, file)
    fclose(file)
  }
  return true
}()

/// libFuzzer entry point: a whole conversation with `mhhs lsp`. The server is initialized on the
/// catalogue above (the first byte picks which of the client's offers it sees: watching files,
/// answering `workspace/configuration`, UTF-8 positions), then the rest, split at NUL bytes, is
/// framed into messages, and the input ends. The server must stop, without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0, written else { return 0 }
  let offers = data[0]
  var workspace: [String] = []
  if offers & 1 != 0 { workspace.append(#""didChangeWatchedFiles": { "dynamicRegistration": true }"#) }
  if offers & 2 != 0 { workspace.append(#""configuration": true"#) }
  let general = offers & 4 != 0 ? #", "general": { "positionEncodings": ["utf-8"] }"# : ""
  let initialize =
    #"{ "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": { "rootUri": "file://\#(root)", "capabilities": { "workspace": { \#(workspace.joined(separator: ", ")) }\#(general) } } }"#
  var bodies = [
    Array(initialize.utf8), Array(#"{ "jsonrpc": "2.0", "method": "initialized", "params": {} }"#.utf8),
  ]
  let rest = UnsafeBufferPointer(start: data + 1, count: size - 1)
  bodies += rest.split(separator: 0, maxSplits: 200, omittingEmptySubsequences: true).map(Array.init)
  var stream: [UInt8] = []
  for body in bodies { stream += Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body }

  // The whole conversation goes into a pipe enlarged to 1 MiB (F_SETPIPE_SZ, 1031 on Linux)
  // before the server reads it.
  var ends: [Int32] = [0, 0]
  guard pipe(&ends) == 0, fcntl(ends[1], 1031, 1 << 20) >= stream.count else { fatalError("no pipe") }
  var offset = 0
  while offset < stream.count {
    let n = stream[offset...].withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    guard n > 0 else { fatalError("cannot write to the pipe") }
    offset += n
  }
  close(ends[1])
  let output = open("/dev/null", O_WRONLY)
  var server = LanguageServer(input: ends[0], output: output)
  let status = server.run()
  precondition(status == 0 || status == 1, "exit status \(status)")
  close(ends[0])
  close(output)
  return 0
}

/// SwiftPM links an executable with `main` aliased to `FuzzLSPServer_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzLSPServer_main")
public func FuzzLSPServerMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzServer(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
