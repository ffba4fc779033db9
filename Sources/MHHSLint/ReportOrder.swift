import MHHSCatalogue

extension Finding {
  /// Sorts findings in ``reportOrder(_:_:)`` with the file order worked out once per file, so
  /// that comparing two findings compares integers, not paths.
  static func sortInReportOrder(_ findings: inout [Finding]) {
    guard findings.count > 1 else { return }
    // Number the files (neighbours usually share one), then rank the numbers by path.
    var number: [String: Int] = [:]
    var files: [String] = []
    var fileNumbers: [Int] = []
    fileNumbers.reserveCapacity(findings.count)
    for (i, finding) in findings.enumerated() {
      let file = finding.location.file
      if i > 0, file == findings[i - 1].location.file {
        fileNumbers.append(fileNumbers[i - 1])
      } else if let n = number[file] {
        fileNumbers.append(n)
      } else {
        number[file] = files.count
        fileNumbers.append(files.count)
        files.append(file)
      }
    }
    var rank = [Int](repeating: 0, count: files.count)
    for (r, n) in files.indices.sorted(by: { UTF8Order.precedes(files[$0], files[$1]) }).enumerated() {
      rank[n] = r
    }
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
}
