import MHHSCatalogue

extension Finding {
  /// Sorts findings in ``reportOrder(_:_:)`` with the file order worked out once per file, so
  /// that comparing two findings compares integers, not paths.
  static func sortInReportOrder(_ findings: inout [Finding]) {
    guard findings.count > 1 else { return }
    // Number the files (neighbours usually share one), then rank the numbers by path.
    var number: [String: Int] = [:]
    number.reserveCapacity(findings.count)
    var files: [String] = []
    var fileNumbers: [Int] = []
    fileNumbers.reserveCapacity(findings.count)
    for i in findings.indices {
      if i > 0, findings[i].location.file == findings[i - 1].location.file {
        fileNumbers.append(fileNumbers[i - 1])
        continue
      }
      let file = findings[i].location.file
      // One lookup finds the file's number or gives it the next one.
      let n = read(&number[file, default: files.count])
      if n == files.count { files.append(file) }
      fileNumbers.append(n)
    }
    let rank = FileRanks(files).ranks
    let keys = findings.indices.map {
      (rank[fileNumbers[$0]], findings[$0].location.line, findings[$0].location.column)
    }
    let order = findings.indices.sorted { i, j in
      if keys[i] != keys[j] { return keys[i] < keys[j] }
      return (findings[i].ruleID, findings[i].message) < (findings[j].ruleID, findings[j].message)
    }
    // Apply the permutation in place, cycle by cycle: swaps move findings without copying them.
    var position = [Int](repeating: 0, count: order.count)  // where each finding must go
    for (target, source) in order.enumerated() { position[source] = target }
    for i in findings.indices {
      while position[i] != i {
        let j = position[i]
        findings.swapAt(i, j)
        position.swapAt(i, j)
      }
    }
  }

  private static func read(_ slot: inout Int) -> Int { slot }
}

/// The rank of each of a list of paths in ``UTF8Order``. Findings' paths mostly share the
/// catalogue directory in front, so the paths are compared from the end of the prefix they all
/// share, in one buffer of their bytes, and by their next eight bytes first.
private struct FileRanks {
  var ranks: [Int]

  init(_ files: [String]) {
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    starts.reserveCapacity(files.count + 1)
    for file in files {
      bytes.append(contentsOf: file.utf8)
      starts.append(bytes.count)
    }
    ranks = [Int](repeating: 0, count: files.count)
    bytes.withUnsafeBufferPointer { bytes in
      func path(_ n: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[starts[n]..<starts[n + 1]])
      }
      var shared = path(0).count
      for n in files.indices.dropFirst() {
        let p = path(n)
        shared = min(shared, p.count)
        var k = 0
        while k < shared && p[k] == bytes[k] { k += 1 }
        shared = k
      }
      let keys = files.indices.map { n -> UInt64 in
        var key: UInt64 = 0
        var shift: UInt64 = 56
        for byte in path(n).dropFirst(shared).prefix(8) {
          key |= UInt64(byte) << shift
          shift &-= 8
        }
        return key
      }
      let sorted = files.indices.sorted { i, j in
        if keys[i] != keys[j] { return keys[i] < keys[j] }
        return path(i).dropFirst(shared).lexicographicallyPrecedes(path(j).dropFirst(shared))
      }
      for (r, n) in sorted.enumerated() { ranks[n] = r }
    }
  }
}
