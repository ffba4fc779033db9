#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error, buffered until ``flush()``.
struct Terminal {
  var out: [UInt8] = []
  var err = ""

  /// Whether standard output is a terminal that accepts colour (`NO_COLOR` unset).
  var stdoutSupportsColour: Bool {
    isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
  }

  mutating func print(_ text: String) { out.append(contentsOf: text.utf8) }
  /// Prints UTF-8 text (a report), kept as it is when nothing was printed before it.
  mutating func print(_ bytes: [UInt8]) {
    if out.isEmpty { out = bytes } else { out += bytes }
  }
  mutating func error(_ text: String) { err += text }

  mutating func flush() {
    Self.write(out, to: STDOUT_FILENO)
    Self.write(Array(err.utf8), to: STDERR_FILENO)
    out = []
    err = ""
  }

  private static func write(_ bytes: [UInt8], to fd: Int32) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }
}
