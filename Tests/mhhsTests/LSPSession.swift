import Foundation

/// A scripted conversation with `mhhs lsp`: the client's messages are written to the server's
/// standard input in one go (ending with end of input), and everything it answered is read back.
struct LSPSession {
  /// The bytes the client sends.
  var input: [UInt8] = []
  private var nextID = 1

  /// Appends a framed message.
  mutating func raw(_ bytes: [UInt8]) { input += bytes }

  mutating func send(_ message: [String: Any]) {
    var message = message
    message["jsonrpc"] = "2.0"
    let body = try! JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
    raw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body))
  }

  /// Sends a request; returns its id.
  @discardableResult
  mutating func request(_ method: String, _ params: [String: Any] = [:]) -> Int {
    defer { nextID += 1 }
    send(["id": nextID, "method": method, "params": params])
    return nextID
  }

  mutating func notify(_ method: String, _ params: [String: Any] = [:]) {
    send(["method": method, "params": params])
  }

  mutating func initialize(
    root: URL?, encodings: [String]? = nil, options: [String: Any]? = nil
  ) {
    var params: [String: Any] = [
      "capabilities": encodings.map { ["general": ["positionEncodings": $0]] } ?? [:]
    ]
    if let root { params["rootUri"] = Self.uri(root) }
    if let options { params["initializationOptions"] = options }
    request("initialize", params)
    notify("initialized")
  }

  mutating func open(_ file: URL, version: Int = 1) {
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": Self.uri(file), "languageId": "json", "version": version, "text": text]])
  }

  mutating func change(_ file: URL, version: Int, _ changes: [[String: Any]]) {
    notify(
      "textDocument/didChange",
      ["textDocument": ["uri": Self.uri(file), "version": version], "contentChanges": changes])
  }

  mutating func finish() {
    request("shutdown")
    notify("exit")
  }

  static func uri(_ url: URL) -> String { "file://" + url.standardizedFileURL.path }

  /// What the server wrote, as messages, and its exit status.
  struct Transcript {
    var messages: [[String: Any]]
    var status: Int32
    var timedOut: Bool

    /// Every `publishDiagnostics`, in order, as (uri, diagnostics).
    var published: [(uri: String, version: Int?, diagnostics: [[String: Any]])] {
      messages.compactMap { message in
        guard message["method"] as? String == "textDocument/publishDiagnostics",
          let params = message["params"] as? [String: Any], let uri = params["uri"] as? String,
          let diagnostics = params["diagnostics"] as? [[String: Any]]
        else { return nil }
        return (uri, params["version"] as? Int, diagnostics)
      }
    }

    /// The diagnostics last published for each file.
    var latest: [String: [[String: Any]]] {
      var result: [String: [[String: Any]]] = [:]
      for p in published { result[p.uri] = p.diagnostics }
      return result
    }

    func response(_ id: Int) -> [String: Any]? {
      messages.first { $0["id"] as? Int == id && $0["method"] == nil }
    }
  }

  /// Runs `mhhs lsp` on the input; kills it after `timeLimit` seconds (a hang guard).
  func run(timeLimit: Double = 60) throws -> Transcript {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inURL = scratch.appendingPathComponent("in")
    let outURL = scratch.appendingPathComponent("out")
    try Data(input).write(to: inURL)
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    let process = Process()
    process.executableURL = MHHSBinary.url
    process.arguments = ["lsp"]
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    let out = try FileHandle(forWritingTo: outURL)
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeLimit)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    let timedOut = process.isRunning
    if timedOut { process.terminate() }
    process.waitUntilExit()
    try out.close()
    return Transcript(
      messages: Self.messages(Array(try Data(contentsOf: outURL))), status: process.terminationStatus,
      timedOut: timedOut)
  }

  /// Splits the server's output into messages, checking each frame's `Content-Length`.
  static func messages(_ bytes: [UInt8]) -> [[String: Any]] {
    var result: [[String: Any]] = []
    var rest = bytes[...]
    let separator = Array("\r\n\r\n".utf8)
    while !rest.isEmpty {
      guard let end = rest.indices.first(where: { rest[$0...].starts(with: separator) }) else { break }
      let header = String(decoding: rest[..<end], as: UTF8.self)
      guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count))
      else { break }
      guard end + 4 + length <= rest.endIndex else { break }
      let body = rest[(end + 4)...].prefix(length)
      if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
        result.append(object)
      }
      rest = rest[(end + 4 + length)...]
    }
    return result
  }
}
