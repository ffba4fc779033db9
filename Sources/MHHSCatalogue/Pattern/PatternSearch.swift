extension PatternProgram {
  /// Whether the program matches anywhere in `text` (ECMA-262 `RegExp.prototype.test`).
  ///
  /// A Pike VM in the manner of RE2 and Rust's `regex`: all threads advance together one
  /// scalar at a time, and each instruction holds at most one thread per position, so a search
  /// takes time proportional to the text's length times the program's size, whatever the
  /// pattern, and never backtracks. Its memory is one temporary allocation of six words per
  /// instruction.
  func search(_ text: String.UnicodeScalarView) -> Bool {
    let count = instructions.count
    return instructions.withUnsafeBufferPointer { code in
      sets.withUnsafeBufferPointer { sets in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 6 * count + 1) { memory in
          let words = memory.baseAddress!
          words.initialize(repeating: 0, count: 6 * count + 1)
          var machine = PikeMachine(
            code: code.baseAddress!, sets: sets.baseAddress!,
            current: ThreadList(words, count), next: ThreadList(words + 2 * count, count),
            pending: words + 4 * count)
          return machine.run(text, anchoredAtStart: anchoredAtStart)
        }
      }
    }
  }
}

/// The state of one search, over memory that ``PatternProgram/search(_:)`` owns.
private struct PikeMachine {
  let code: UnsafePointer<PatternProgram.Instruction>
  let sets: UnsafePointer<ScalarSet>
  var current: ThreadList
  var next: ThreadList
  /// A stack for following instructions that take no scalar, of `2 * count + 1` words: each
  /// instruction, the first time it is reached at a position, pushes at most two others.
  let pending: UnsafeMutablePointer<Int>

  mutating func run(_ text: String.UnicodeScalarView, anchoredAtStart: Bool) -> Bool {
    var scalars = text.makeIterator()
    var previous: Unicode.Scalar? = nil
    var upcoming = scalars.next()
    var atStart = true
    while true {
      if atStart || !anchoredAtStart {
        if Self.add(0, to: &current, code: code, pending: pending, between: previous, and: upcoming) {
          return true
        }
      }
      guard let scalar = upcoming, current.count > 0 || !anchoredAtStart else { return false }
      let following = scalars.next()
      next.count = 0
      for slot in 0..<current.count {
        let pc = current.dense[slot]
        if case .scalar(let set) = code[pc], sets[set].contains(scalar.value),
          Self.add(pc + 1, to: &next, code: code, pending: pending, between: scalar, and: following)
        {
          return true
        }
      }
      swap(&current, &next)
      previous = scalar
      upcoming = following
      atStart = false
    }
  }

  /// Adds `pc` and every instruction reachable from it without taking a scalar, between
  /// `before` and `after`; true when that reaches `match`.
  private static func add(
    _ start: Int, to list: inout ThreadList, code: UnsafePointer<PatternProgram.Instruction>,
    pending: UnsafeMutablePointer<Int>, between before: Unicode.Scalar?, and after: Unicode.Scalar?
  ) -> Bool {
    pending[0] = start
    var depth = 1
    while depth > 0 {
      depth -= 1
      let pc = pending[depth]
      guard list.insert(pc) else { continue }
      switch code[pc] {
      case .scalar: break
      case .match: return true
      case .jump(let target):
        pending[depth] = target
        depth += 1
      case .split(let first, let second):
        pending[depth] = second
        pending[depth + 1] = first
        depth += 2
      case .assert(let assertion):
        if assertion.holds(after: before, before: after) {
          pending[depth] = pc + 1
          depth += 1
        }
      }
    }
    return false
  }
}

/// The threads at one position: a sparse set of instruction indices (Briggs and Torczon), so
/// that adding, testing and clearing take constant time.
private struct ThreadList {
  let dense: UnsafeMutablePointer<Int>
  let sparse: UnsafeMutablePointer<Int>
  var count = 0

  /// A list over `2 * capacity` words at `memory`.
  init(_ memory: UnsafeMutablePointer<Int>, _ capacity: Int) {
    dense = memory
    sparse = memory + capacity
  }

  /// Adds `pc`; false if it was there already.
  mutating func insert(_ pc: Int) -> Bool {
    let slot = sparse[pc]
    if slot < count && dense[slot] == pc { return false }
    dense[count] = pc
    sparse[pc] = count
    count += 1
    return true
  }
}
