/// Suggestions for misspelt names ("did you mean `responseTimes`?").
public enum NearestName {
  /// Above this many candidates no suggestion is computed, so that a large catalogue with many
  /// dangling references stays fast.
  public static let maximumCandidates = 2_000

  /// The candidate closest to `name` by edit distance (case-insensitive), if it is close enough
  /// to be a plausible typo: at most a third of the longer name's length, and at most 4 edits.
  /// Ties go to the candidate first in code-point order, so the answer never depends on the
  /// order of `candidates`.
  public static func suggest<C: Collection<String>>(_ name: String, from candidates: C) -> String? {
    // Names this long are not typos of anything a catalogue names; skip the quadratic distance.
    guard name.utf8.count <= 128 else { return nil }
    let target = Array(name.lowercased().unicodeScalars)
    var best: (String, Int)?
    for candidate in candidates {
      let c = Array(candidate.lowercased().unicodeScalars)
      let limit = min(4, max(1, max(c.count, target.count) / 3))
      guard abs(c.count - target.count) <= limit else { continue }
      let d = distance(target, c)
      if d <= limit, best.map({ d < $0.1 || (d == $0.1 && candidate < $0.0) }) ?? true {
        best = (candidate, d)
      }
    }
    return best?.0
  }

  /// The candidate nearest to `name`, as ``suggest(_:from:)`` finds it, only when no other
  /// candidate is as near: a name a fix may write without a person choosing.
  public static func unambiguous<C: Collection<String>>(_ name: String, from candidates: C) -> String? {
    guard let best = suggest(name, from: candidates) else { return nil }
    let target = Array(name.lowercased().unicodeScalars)
    let d = distance(target, Array(best.lowercased().unicodeScalars))
    let tied = candidates.contains {
      $0 != best && distance(target, Array($0.lowercased().unicodeScalars)) <= d
    }
    return tied ? nil : best
  }

  /// Levenshtein distance, with adjacent transpositions counted as one edit.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }

  /// " (did you mean `x`?)" or "".
  public static func hint<C: Collection<String>>(_ name: String, from candidates: C) -> String {
    suggest(name, from: candidates).map { "; did you mean `\($0)`?" } ?? ""
  }
}
