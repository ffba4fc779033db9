#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock time spent in each phase of a command (`mhhs lint --timings`), for the benchmark.
struct PhaseTimer {
  private var enabled: Bool
  private var last: Double
  private var phases: [(String, Double)] = []

  init(enabled: Bool) {
    self.enabled = enabled
    last = enabled ? Self.now() : 0
  }

  /// Ends the phase called `name`, which started at the previous mark.
  mutating func mark(_ name: String) {
    guard enabled else { return }
    let now = Self.now()
    phases.append((name, (now - last) * 1000))
    last = now
  }

  /// `timings: load 12.3 ms, rules 4.5 ms, report 0.6 ms\n`, or "" when not enabled.
  var summary: String {
    guard enabled else { return "" }
    return "timings: " + phases.map { "\($0.0) \(Self.format($0.1)) ms" }.joined(separator: ", ") + "\n"
  }

  private static func format(_ milliseconds: Double) -> String {
    let tenths = Int((milliseconds * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  private static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
