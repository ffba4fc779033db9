#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error, buffered until ``flush()``.
struct Terminal {
  var out = ""
  var err = ""

  /// Whether standard output is a terminal that accepts colour (`NO_COLOR` unset).
  var stdoutSupportsColour: Bool {
    isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
  }

  mutating func print(_ text: String) { out += text }
  mutating func error(_ text: String) { err += text }

  mutating func flush() {
    write(out, to: STDOUT_FILENO)
    write(err, to: STDERR_FILENO)
    out = ""
    err = ""
  }

  private func write(_ text: String, to fd: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
    bytes.removeAll()
  }
}
