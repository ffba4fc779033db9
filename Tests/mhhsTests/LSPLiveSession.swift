import Foundation

/// A live conversation with `mhhs lsp` over pipes, as an editor holds one: messages go in one at
/// a time, and the test waits for what the server says in between, so that the disk can change
/// while the server runs and the server's own requests can be answered.
final class LSPLiveSession {
  private let process = Process()
  private let input: FileHandle
  private let output: Int32
  /// Bytes read from the server and not yet a whole message.
  private var pending: [UInt8] = []
  /// Every message the server sent so far, in order.
  private(set) var received: [[String: Any]] = []
  /// Where ``next(within:where:)`` looks from.
  private var cursor = 0
  private var nextID = 1

  /// Starts `mhhs lsp`.
  init() throws {
    signal(SIGPIPE, SIG_IGN)  // a server that stopped is seen as a failed write, not a signal
    let stdin = Pipe()
    let stdout = Pipe()
    process.executableURL = MHHSBinary.url
    process.arguments = ["lsp"]
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    input = stdin.fileHandleForWriting
    output = stdout.fileHandleForReading.fileDescriptor
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  func send(_ message: [String: Any]) {
    var message = message
    message["jsonrpc"] = "2.0"
    let body = try! JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
    try? input.write(contentsOf: Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }

  /// Sends a request; returns its id.
  @discardableResult
  func request(_ method: String, _ params: [String: Any] = [:]) -> Int {
    defer { nextID += 1 }
    send(["id": nextID, "method": method, "params": params])
    return nextID
  }

  func notify(_ method: String, _ params: Any = [String: Any]()) {
    send(["method": method, "params": params])
  }

  /// Answers a request of the server's.
  func respond(to request: [String: Any], result: Any) {
    send(["id": request["id"]!, "result": result])
  }

  func respond(to request: [String: Any], errorCode: Int, message: String) {
    send(["id": request["id"]!, "error": ["code": errorCode, "message": message]])
  }

  /// `initialize` with `capabilities` and `options`, then `initialized`; returns the response.
  @discardableResult
  func initialize(root: URL, capabilities: [String: Any] = [:], options: [String: Any] = [:])
    -> [String: Any]?
  {
    let id = request(
      "initialize",
      ["rootUri": LSPSession.uri(root), "capabilities": capabilities, "initializationOptions": options])
    let response = next { $0["id"] as? Int == id && $0["method"] == nil }
    notify("initialized")
    return response
  }

  /// The first message from the cursor on that `matches`, waiting up to `seconds` for it; the
  /// cursor moves past it. `nil` if none came in that time.
  func next(within seconds: Double = 30, where matches: ([String: Any]) -> Bool) -> [String: Any]? {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if let index = received[cursor...].firstIndex(where: matches) {
        cursor = index + 1
        return received[index]
      }
      let left = deadline.timeIntervalSinceNow
      guard left > 0, read(milliseconds: Int(left * 1000) + 1) else { return nil }
    }
  }

  /// The next `publishDiagnostics` for `file`: its diagnostics. With `condition`, the next
  /// whose diagnostics it accepts: a file written in place may be seen half-written first, and
  /// its diagnostics for that moment published on the way.
  func diagnostics(
    for file: URL, within seconds: Double = 30, where condition: ([[String: Any]]) -> Bool = { _ in true }
  ) -> [[String: Any]]? {
    let uri = LSPSession.uri(file)
    let message = next(within: seconds) {
      $0["method"] as? String == "textDocument/publishDiagnostics"
        && ($0["params"] as? [String: Any])?["uri"] as? String == uri
        && condition(($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? [])
    }
    return (message?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
  }

  /// The next request of the server's for `method`.
  func serverRequest(_ method: String, within seconds: Double = 30) -> [String: Any]? {
    next(within: seconds) { $0["method"] as? String == method && $0["id"] != nil }
  }

  /// Sends a request and waits for its answer: every notification sent before it has arrived.
  /// Returns the messages from the cursor up to the answer.
  @discardableResult
  func settle() -> [[String: Any]] {
    let start = cursor
    let id = request("workspace/symbol", ["query": "zzz-none"])
    _ = next { $0["id"] as? Int == id && $0["method"] == nil }
    return Array(received[start..<max(start, cursor - 1)])
  }

  /// `shutdown` and `exit`; the exit status, or `nil` if the server did not stop in time.
  func finish() -> Int32? {
    request("shutdown")
    notify("exit")
    try? input.close()
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline { _ = read(milliseconds: 10) }
    guard !process.isRunning else { return nil }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// Reads what the server writes within `milliseconds`; false once its output ended.
  private func read(milliseconds: Int) -> Bool {
    var entry = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
    guard poll(&entry, 1, Int32(clamping: milliseconds)) > 0 else { return true }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let n = chunk.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress, $0.count) }
    guard n > 0 else { return false }
    pending += chunk[..<n]
    let separator = Array("\r\n\r\n".utf8)
    while let end = pending.indices.first(where: { pending[$0...].starts(with: separator) }) {
      let header = String(decoding: pending[..<end], as: UTF8.self)
      guard let length = Int(header.dropFirst("Content-Length: ".count)), end + 4 + length <= pending.count
      else { break }
      if let object = try? JSONSerialization.jsonObject(with: Data(pending[(end + 4)..<(end + 4 + length)])),
        let message = object as? [String: Any]
      {
        received.append(message)
      }
      pending.removeFirst(end + 4 + length)
    }
    return true
  }
}
