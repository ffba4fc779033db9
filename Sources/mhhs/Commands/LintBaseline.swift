#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue
import MHHSLint

/// The file side of `mhhs lint --baseline FILE` and `--write-baseline FILE`; the logic is
/// ``Baseline`` in MHHSLint.
enum LintBaseline {
  /// Reads and parses the baseline at `path`; any problem stops the run (exit 2) with
  /// `path:line:column`.
  static func read(_ path: String) throws(CommandError) -> Baseline {
    let bytes = try readFile(path)
    switch Baseline.parse(bytes) {
    case .success(let baseline): return baseline
    case .failure(let error):
      throw CommandError(
        "\(path):\(error.position.line):\(error.position.column): invalid baseline: \(error.message)")
    }
  }

  /// Writes the unsuppressed findings of `result` to `path`; returns the number of entries.
  static func write(_ result: LintResult, to path: String) throws -> Int {
    let baseline = Baseline(recording: result)
    try AtomicFile.write(baseline.json.render(), to: path)
    return baseline.entries.count
  }

  private static func readFile(_ path: String) throws(CommandError) -> [UInt8] {
    func failure(_ reason: String) -> CommandError {
      CommandError("cannot read baseline '\(path)': \(reason)")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(String(cString: strerror(errno))) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw failure("not a regular file") }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw failure(String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes += chunk[0..<n]
    }
    return bytes
  }
}
