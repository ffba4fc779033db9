import Glibc
import MHHSLanguageServer

/// libFuzzer entry point for the JSON-RPC framing (`MessageReader`), fed through a pipe as the
/// server's standard input is. An even first byte sends the rest as it is: the reader must end
/// (no frame without bytes behind it), never hand out more body bytes than came in, and say at
/// every step that input is waiting (it all is, the end included), so that the server never
/// sleeps on a pending message. An odd first byte splits the rest at NUL bytes into bodies and
/// frames each in a header the protocol allows (any case, other headers, `\n\n` from lenient
/// clients): the reader must give back exactly those bodies.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFraming(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  if data[0] % 2 == 0 {
    let frames = read(rest)
    let bodyBytes = frames.reduce(0) { total, frame in
      if case .message(let body) = frame { return total + body.count }
      return total
    }
    precondition(bodyBytes <= rest.count, "more body bytes than input")
  } else {
    let bodies = rest.split(separator: 0, maxSplits: 500, omittingEmptySubsequences: false).map(Array.init)
    var stream: [UInt8] = []
    for (n, body) in bodies.enumerated() {
      let headers = [
        "Content-Length: \(body.count)\r\n\r\n",
        "content-length:\(body.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
        "Content-Type: x\nCONTENT-LENGTH: \t\(body.count) \n\n",
      ]
      stream += Array(headers[(n + Int(data[0] >> 1)) % headers.count].utf8) + body
    }
    let frames = read(stream)
    precondition(frames == bodies.map { .message($0) } + [.end], "framed bodies read back otherwise")
  }
  return 0
}

/// The frames a reader reads from `bytes` written to a pipe, up to and with the end.
func read(_ bytes: [UInt8]) -> [MessageReader.Frame] {
  var ends: [Int32] = [0, 0]
  guard pipe(&ends) == 0 else { fatalError("no pipe: \(errno)") }
  defer { close(ends[0]) }
  // A pipe holds 64 KiB unless enlarged (F_SETPIPE_SZ, 1031 on Linux); the whole input goes in
  // before the reader starts.
  if bytes.count >= 1 << 16 {
    guard fcntl(ends[1], 1031, 1 << 20) >= bytes.count else { fatalError("cannot enlarge the pipe") }
  }
  var written = 0
  while written < bytes.count {
    let n = bytes[written...].withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    guard n > 0 else { fatalError("cannot write to the pipe: \(errno)") }
    written += n
  }
  close(ends[1])
  var reader = MessageReader(descriptor: ends[0])
  var frames: [MessageReader.Frame] = []
  while true {
    precondition(reader.inputArrives(withinMilliseconds: 0), "input waiting, yet the reader would idle")
    let frame = reader.next()
    frames.append(frame)
    if frame == .end { return frames }
    precondition(frames.count <= bytes.count, "frames without bytes behind them")
  }
}

/// SwiftPM links an executable with `main` aliased to `FuzzLSPFraming_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzLSPFraming_main")
public func FuzzLSPFramingMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var argc = argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzFraming(data, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
