#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue

/// Writes JSON-RPC messages with their `Content-Length` header to a file descriptor.
struct MessageWriter {
  let descriptor: Int32

  /// Writes `message`; false when the other end is gone.
  @discardableResult
  func send(_ message: JSON) -> Bool {
    send(rendered: [message.renderBytes(indent: false)])
  }

  /// Writes messages already rendered (on other cores), framed, in one go; false when the
  /// other end is gone.
  @discardableResult
  func send(rendered bodies: [[UInt8]]) -> Bool {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(bodies.reduce(0) { $0 + $1.count + 32 })
    for body in bodies {
      bytes.append(contentsOf: "Content-Length: \(body.count)\r\n\r\n".utf8)
      bytes.append(contentsOf: body)
    }
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return false }
      offset += n
    }
    return true
  }
}

/// The error codes of JSON-RPC and the LSP that the server sends.
enum RPCErrorCode: Int {
  case parseError = -32700
  case invalidRequest = -32600
  case methodNotFound = -32601
  case invalidParams = -32602
  case serverNotInitialized = -32002
}

extension JSON {
  static func response(id: JSON, result: JSON) -> JSON {
    .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
  }

  static func error(id: JSON, _ code: RPCErrorCode, _ message: String) -> JSON {
    .object([
      ("jsonrpc", .string("2.0")), ("id", id),
      ("error", .object([("code", .int(code.rawValue)), ("message", .string(message))])),
    ])
  }

  /// A request of the server's to the client; the client answers with a response of the same id.
  static func request(id: Int, _ method: String, _ params: JSON) -> JSON {
    .object([("jsonrpc", .string("2.0")), ("id", .int(id)), ("method", .string(method)), ("params", params)])
  }

  static func notification(_ method: String, _ params: JSON) -> JSON {
    .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
  }
}
