import MHHSCatalogue

extension Finding {
  /// The order of reports: file (by ``UTF8Order``), line, column, rule, then message. The
  /// definition ``sortInReportOrder(_:)`` is tested against.
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    let lhs = (a.location.file, a.location.line, a.location.column, a.ruleID, a.message)
    let rhs = (b.location.file, b.location.line, b.location.column, b.ruleID, b.message)
    if lhs.0 != rhs.0 { return UTF8Order.precedes(lhs.0, rhs.0) }
    return (lhs.1, lhs.2, lhs.3, lhs.4) < (rhs.1, rhs.2, rhs.3, rhs.4)
  }

  /// The order stage: sorts findings in ``reportOrder(_:_:)``. Files are compared through
  /// ``PathKeys`` (mostly integers, never a hash of a path), lines and columns are read once
  /// into a list.
  static func sortInReportOrder(_ findings: inout [Finding]) {
    guard findings.count > 1 else { return }
    var files: [String] = []
    var positions: [Position] = []
    files.reserveCapacity(findings.count)
    positions.reserveCapacity(findings.count)
    for i in findings.indices {
      files.append(findings[i].location.file)
      positions.append(findings[i].location.position)
    }
    let paths = PathKeys(files)
    files = []
    let order = paths.withComparator { comparePaths in
      findings.indices.sorted { i, j in
        let byPath = comparePaths(i, j)
        if byPath != 0 { return byPath < 0 }
        let a = (positions[i].line, positions[i].column)
        let b = (positions[j].line, positions[j].column)
        if a != b { return a < b }
        return (findings[i].ruleID, findings[i].message) < (findings[j].ruleID, findings[j].message)
      }
    }
    // Apply the permutation in place, cycle by cycle: swaps in the buffer move findings without
    // copying them (the array's `swapAt` copies both).
    var position = [Int](repeating: 0, count: order.count)  // where each finding must go
    for (target, source) in order.enumerated() { position[source] = target }
    findings.withUnsafeMutableBufferPointer { findings in
      for i in findings.indices {
        while position[i] != i {
          let j = position[i]
          findings.swapAt(i, j)
          position.swapAt(i, j)
        }
      }
    }
  }
}

/// Paths compared in ``UTF8Order`` cheaply. Findings' paths mostly share the catalogue directory
/// in front, so each path's next 24 bytes past the prefix they all share are read into three
/// integers that order like them; only paths that agree on those are compared byte by byte, in
/// one buffer that holds every path.
private struct PathKeys {
  private var bytes: [UInt8] = []
  /// Path `n` past the shared prefix is `bytes[starts[n]..<ends[n]]`.
  private var starts: [Int] = []
  private var ends: [Int] = []
  /// Three integers for each path.
  private var keys: [UInt64] = []

  init(_ paths: [String]) {
    starts.reserveCapacity(paths.count)
    ends.reserveCapacity(paths.count)
    for path in paths {
      starts.append(bytes.count)
      bytes.append(contentsOf: path.utf8)
      ends.append(bytes.count)
    }
    let shared = bytes.withUnsafeBufferPointer { bytes in
      var shared = ends[0] - starts[0]
      for n in paths.indices.dropFirst() {
        shared = UTF8Order.sharedPrefixCount(
          UnsafeBufferPointer(rebasing: bytes[starts[n]..<ends[n]]),
          UnsafeBufferPointer(rebasing: bytes[..<shared]))
      }
      return shared
    }
    keys.reserveCapacity(3 * paths.count)
    for n in paths.indices {
      starts[n] += shared
      var index = starts[n]
      for _ in 0..<3 {
        var key: UInt64 = 0
        for shift in stride(from: 56, through: 0, by: -8) where index < ends[n] {
          key |= UInt64(bytes[index]) << UInt64(shift)
          index += 1
        }
        keys.append(key)
      }
    }
  }

  /// Calls `body` with a function that compares paths `i` and `j`: negative when `i` comes
  /// first, zero when they are the same, positive otherwise.
  func withComparator<R>(_ body: ((Int, Int) -> Int) -> R) -> R {
    bytes.withUnsafeBufferPointer { bytes in
      body { i, j in
        for w in 0..<3 where keys[3 * i + w] != keys[3 * j + w] {
          return keys[3 * i + w] < keys[3 * j + w] ? -1 : 1
        }
        let a = UnsafeBufferPointer(rebasing: bytes[starts[i]..<ends[i]])
        let b = UnsafeBufferPointer(rebasing: bytes[starts[j]..<ends[j]])
        return UTF8Order.compare(a, b)
      }
    }
  }
}
