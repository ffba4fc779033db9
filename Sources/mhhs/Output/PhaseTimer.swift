#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock time spent in each phase of a command (`mhhs lint --timings`), for the benchmark.
struct PhaseTimer {
  private var enabled: Bool
  private var last: Double
  private var phases: [(String, Double, Int?)] = []

  init(enabled: Bool) {
    self.enabled = enabled
    last = enabled ? Self.now() : 0
  }

  /// Ends the phase called `name`, which started at the previous mark.
  mutating func mark(_ name: String) {
    guard enabled else { return }
    let now = Self.now()
    phases.append((name, (now - last) * 1000, Self.peakKilobytes()))
    last = now
  }

  /// `timings: load 12.3 ms, rules 4.5 ms, report 0.6 ms\n`, or "" when not enabled.
  var summary: String {
    guard enabled else { return "" }
    return "timings: " + phases.map { "\($0.0) \(Self.format($0.1)) ms" }.joined(separator: ", ")
      + "; peak memory after each: "
      + phases.map { $0.2.map { "\($0 / 1024) MiB" } ?? "?" }.joined(separator: ", ")
      + "\n"
  }

  private static func format(_ milliseconds: Double) -> String {
    let tenths = Int((milliseconds * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// The peak resident set size so far (VmHWM in /proc/self/status), where Linux tells it.
  private static func peakKilobytes() -> Int? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(cString: line)
      if text.hasPrefix("VmHWM:") { return Int(text.dropFirst(6).filter(\.isNumber)) }
    }
    return nil
  }

  private static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
