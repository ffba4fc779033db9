enum Memory {
  /// Values kept alive until the process exits (see ``keepUntilExit(_:)``); reachable from
  /// here, so that a leak checker does not count them as leaks.
  nonisolated(unsafe) private static var kept: [Any] = []

  /// Keeps `value` alive until the process exits, so that it is never torn down. Call it from
  /// the main thread only.
  ///
  /// A lint run's catalogue is not needed once the findings are made, but freeing it object by
  /// object costs about 60 ms at 40,000 entities (and `malloc_trim` another 28 ms to hand the
  /// pages back), on the critical path whether it happens before the report or when the
  /// command returns. Kept, it costs a few MiB of peak memory instead: the report (6 MB of JSON
  /// at 40,000 entities) is written while the catalogue is still resident, which took the peak
  /// from 84 to 88 MiB there, within the budget of 3 × input + 30 MiB (about 100 MiB). Freeing
  /// it on another thread while the report renders would hold as much memory during the
  /// report and compete for the allocator and the second core. `exit` hands the whole address
  /// space back at once.
  static func keepUntilExit(_ value: Any) {
    kept.append(value)
  }
}
