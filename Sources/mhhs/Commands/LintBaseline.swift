import MHHSCatalogue
import MHHSLint

/// The file side of `--baseline FILE` and `--write-baseline FILE` (`mhhs lint` and `mhhs diff`); the logic is
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
  static func write(_ result: some FindingResult, to path: String) throws -> Int {
    let baseline = Baseline(recording: result)
    try FileSystem.writeFile(baseline.json.render(), to: path)
    return baseline.entries.count
  }

  private static func readFile(_ path: String) throws(CommandError) -> [UInt8] {
    switch FileSystem.readFile(path, as: .baseline) {
    case .success(let bytes): return bytes
    case .failure(let error): throw CommandError("cannot read baseline '\(path)': \(error)")
    }
  }
}
