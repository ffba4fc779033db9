#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads JSON-RPC messages framed by `Content-Length` headers (the LSP base protocol) from a
/// file descriptor. Bad framing is reported as ``Frame/malformed(_:)`` and skipped, so one bad
/// message never stops the server; the end of input, a body included, is ``Frame/end``.
/// (Package access: the framing fuzz harness in Fuzz/ drives it.)
package struct MessageReader {
  package enum Frame: Equatable {
    case message([UInt8])
    case malformed(String)
    case end
  }

  /// The largest header block read; a longer one is not a header.
  static let maximumHeaderSize = 8 << 10
  /// The largest message body kept; a longer one is read past and refused.
  static let maximumBodySize = 64 << 20

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  package init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Whether input is waiting, or arrives within `milliseconds`: bytes read and not yet handed
  /// out, or the descriptor readable (its end included, so the end is never waited through).
  /// False only when nothing came in that time: the server is idle.
  package func inputArrives(withinMilliseconds milliseconds: Int) -> Bool {
    if start < buffer.count || atEnd { return true }
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&entry, 1, Int32(clamping: milliseconds))
      if ready < 0 && errno == EINTR { continue }
      // An error (a closed descriptor) is left to the next read to report as the end.
      return ready != 0
    }
  }

  /// The next message, or why the next frame is not one, or the end of input.
  package mutating func next() -> Frame {
    guard let header = readHeader() else { return .end }
    guard case .success(let length) = header else {
      if case .failure(let problem) = header { return .malformed(problem.text) }
      return .end
    }
    if length > Self.maximumBodySize {
      guard skip(length) else { return .end }
      return .malformed(
        "a message of \(length) bytes is larger than the \(Self.maximumBodySize >> 20) MiB allowed")
    }
    guard fill(length) else { return .end }
    let body = Array(buffer[start..<start + length])
    start += length
    return .message(body)
  }

  struct HeaderProblem: Error {
    let text: String
  }

  /// The body length the next header block announces; `nil` at the end of input.
  private mutating func readHeader() -> Result<Int, HeaderProblem>? {
    var scanned = 0
    while true {
      if let end = headerEnd(from: scanned) {
        let text = String(decoding: buffer[start..<end.textEnd], as: UTF8.self)
        start = end.next
        return Self.contentLength(text)
      }
      let available = buffer.count - start
      if available > Self.maximumHeaderSize {
        // No blank line where a header should end: drop what was read and start again.
        start = buffer.count
        return .failure(HeaderProblem(text: "a header longer than \(Self.maximumHeaderSize) bytes"))
      }
      scanned = max(0, available - 3)
      guard readMore() else {
        if buffer.count > start { start = buffer.count }
        return nil
      }
    }
  }

  /// Where the header block ends (`\r\n\r\n`, or `\n\n` from lenient clients).
  private func headerEnd(from offset: Int) -> (textEnd: Int, next: Int)? {
    var i = start + offset
    while i < buffer.count {
      if buffer[i] == 0x0A {
        if i + 1 < buffer.count && buffer[i + 1] == 0x0A { return (i, i + 2) }
        if i + 2 < buffer.count && buffer[i + 1] == 0x0D && buffer[i + 2] == 0x0A { return (i, i + 3) }
      }
      i += 1
    }
    return nil
  }

  /// The `Content-Length` of a header block.
  static func contentLength(_ header: String) -> Result<Int, HeaderProblem> {
    var length: Int?
    for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
      guard let colon = line.firstIndex(of: ":") else {
        return .failure(HeaderProblem(text: "a header line without ':'"))
      }
      let name = line[..<colon].lowercased()
      guard name == "content-length" else { continue }
      let value = line[line.index(after: colon)...].trimmingCharacters()
      guard let n = Int(value), n >= 0 else {
        return .failure(HeaderProblem(text: "Content-Length '\(value.prefix(40))' is not a length"))
      }
      length = n
    }
    guard let length else { return .failure(HeaderProblem(text: "a message without Content-Length")) }
    return .success(length)
  }

  /// Makes `count` bytes available from `start`; false at the end of input.
  private mutating func fill(_ count: Int) -> Bool {
    while buffer.count - start < count {
      guard readMore() else { return false }
    }
    return true
  }

  /// Reads past `count` bytes without keeping them; false at the end of input.
  private mutating func skip(_ count: Int) -> Bool {
    var remaining = count
    while true {
      let available = buffer.count - start
      if available >= remaining {
        start += remaining
        return true
      }
      remaining -= available
      start = buffer.count
      guard readMore() else { return false }
    }
  }

  /// Reads what the descriptor has into the buffer, dropping what was consumed.
  private mutating func readMore() -> Bool {
    guard !atEnd else { return false }
    if start > 0 && start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    } else if start > 1 << 20 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 64 << 10)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if n > 0 {
        buffer.append(contentsOf: chunk[..<n])
        return true
      }
      if n < 0 && errno == EINTR { continue }
      atEnd = true
      return false
    }
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  fileprivate func trimmingCharacters() -> Substring {
    var s = self
    while let first = s.first, first == " " || first == "\t" { s.removeFirst() }
    while let last = s.last, last == " " || last == "\t" { s.removeLast() }
    return s
  }
}
