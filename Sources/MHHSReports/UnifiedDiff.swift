/// The unified diff (`diff -u`) of two texts, line by line: `---`/`+++` headers, then hunks of
/// changed lines with `context` lines around them. Applies with `patch -p0`. Pure.
public enum UnifiedDiff {
  /// Above this many cells the changed middle of two texts is not aligned line by line but shown
  /// as removed and added, so that two large files never take quadratic time; the diff is still
  /// correct, only longer.
  static let maximumAlignment = 4_000_000

  /// The diff from `old` (named `oldName`) to `new` (named `newName`); empty when they are equal.
  public static func render(
    old: String, new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    let a = lines(old)
    let b = lines(new)
    let script = editScript(a, b)
    guard script.contains(where: { $0 != .same }) else { return "" }
    var out = "--- \(oldName)\n+++ \(newName)\n"
    // Hunks: runs of changes closer than two contexts apart share one hunk.
    var start = 0
    while let first = script[start...].firstIndex(where: { $0 != .same }) {
      var end = first
      var i = first
      while i < script.count {
        if script[i] != .same {
          end = i
          i += 1
        } else if let next = script[i...].firstIndex(where: { $0 != .same }), next - end <= 2 * context {
          i = next
        } else {
          break
        }
      }
      let lower = max(start, first - context)
      let upper = min(script.count, end + 1 + context)
      out += hunk(script, lower..<upper, a, b)
      start = upper
    }
    return out
  }

  /// One step of an edit script: keep a line of both, remove one of the old, add one of the new.
  enum Step: Equatable { case same, remove, add }

  /// A line without its terminator, and whether it had one (only the last line may lack it).
  struct Line: Equatable {
    var text: Substring
    var terminated: Bool
  }

  static func lines(_ text: String) -> [Line] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Line(text: $0, terminated: true)
    }
    if let last = result.last, last.text.isEmpty {
      result.removeLast()
    } else if !result.isEmpty {
      result[result.count - 1].terminated = false
    }
    return result
  }

  /// The steps that turn `a` into `b`: the common start and end kept, the middle aligned on a
  /// longest common subsequence.
  static func editScript(_ a: [Line], _ b: [Line]) -> [Step] {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix
      && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let x = Array(a[prefix..<(a.count - suffix)])
    let y = Array(b[prefix..<(b.count - suffix)])
    var middle: [Step] = []
    if x.count * y.count > maximumAlignment || x.isEmpty || y.isEmpty {
      middle = Array(repeating: .remove, count: x.count) + Array(repeating: .add, count: y.count)
    } else {
      // lengths[i][j]: the longest common subsequence of x[i...] and y[j...].
      let width = y.count + 1
      var lengths = [Int](repeating: 0, count: (x.count + 1) * width)
      for i in stride(from: x.count - 1, through: 0, by: -1) {
        for j in stride(from: y.count - 1, through: 0, by: -1) {
          lengths[i * width + j] =
            x[i] == y[j]
            ? lengths[(i + 1) * width + j + 1] + 1
            : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < x.count || j < y.count {
        if i < x.count && j < y.count && x[i] == y[j] {
          middle.append(.same)
          i += 1
          j += 1
        } else if j < y.count && (i == x.count || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])
        {
          middle.append(.add)
          j += 1
        } else {
          middle.append(.remove)
          i += 1
        }
      }
      // Removals before additions within each changed run, as diff prints them.
      middle = reorderedRuns(middle)
    }
    return Array(repeating: .same, count: prefix) + middle + Array(repeating: .same, count: suffix)
  }

  /// Each run of removals and additions with the removals first.
  private static func reorderedRuns(_ steps: [Step]) -> [Step] {
    var result: [Step] = []
    var removed = 0
    var added = 0
    for step in steps + [.same] {
      switch step {
      case .remove: removed += 1
      case .add: added += 1
      case .same:
        result += Array(repeating: .remove, count: removed) + Array(repeating: .add, count: added) + [.same]
        removed = 0
        added = 0
      }
    }
    result.removeLast()
    return result
  }

  /// The hunk for `steps[range]`, with its `@@ -start,count +start,count @@` header.
  private static func hunk(_ steps: [Step], _ range: Range<Int>, _ a: [Line], _ b: [Line]) -> String {
    var i = 0
    var j = 0
    for step in steps[..<range.lowerBound] {
      if step != .add { i += 1 }
      if step != .remove { j += 1 }
    }
    let oldCount = steps[range].filter { $0 != .add }.count
    let newCount = steps[range].filter { $0 != .remove }.count
    var body = ""
    func line(_ prefix: String, _ line: Line) {
      body += prefix + line.text + "\n"
      if !line.terminated { body += "\\ No newline at end of file\n" }
    }
    for step in steps[range] {
      switch step {
      case .same:
        line(" ", a[i])
        i += 1
        j += 1
      case .remove:
        line("-", a[i])
        i += 1
      case .add:
        line("+", b[j])
        j += 1
      }
    }
    let oldStart = i - oldCount + (oldCount == 0 ? 0 : 1)
    let newStart = j - newCount + (newCount == 0 ? 0 : 1)
    return "@@ -\(span(oldStart, oldCount)) +\(span(newStart, newCount)) @@\n" + body
  }

  /// `start,count`, or `start` alone for one line.
  private static func span(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }
}
