/// A compiled pattern: instructions for a Thompson NFA, run by ``PatternProgram/search(_:)``.
struct PatternProgram: Sendable {
  enum Instruction: Sendable {
    /// Take one scalar if it is in `sets[index]`, then go on to the next instruction.
    case scalar(Int)
    case split(Int, Int)
    case jump(Int)
    case assert(PatternAssertion)
    case match
  }

  private(set) var instructions: [Instruction] = []
  private(set) var sets: [ScalarSet] = []
  /// Every match starts at the start of the text (the pattern begins with `^`), so no thread
  /// is started later.
  private(set) var anchoredAtStart = false

  /// Compiles `node`, refusing before it builds anything a program of more than `limit`
  /// instructions (and the final `match`).
  init(_ node: PatternNode, limit: Int) throws(PatternError) {
    _ = try Self.size(node, limit: limit)
    emit(node)
    instructions.append(.match)
    anchoredAtStart = Self.beginsWithStart(node)
  }

  /// The instructions `node` compiles to; throws once that passes `limit`, naming the
  /// repetition that passes it.
  private static func size(_ node: PatternNode, limit: Int) throws(PatternError) -> Int {
    switch node {
    case .scalar, .assertion: return 1
    case .concatenation(let nodes), .alternation(let nodes):
      var total = node.isAlternation ? 2 * (nodes.count - 1) : 0
      for n in nodes {
        total += try size(n, limit: limit)
        guard total <= limit else {
          throw PatternError(
            "the pattern needs more than \(limit) matcher steps; shorten it", at: 0)
        }
      }
      return total
    case .repetition(let inner, let minimum, let maximum, let offset):
      // At least 1 per copy, so that the compiler's loop over copies is bounded too, even for
      // a repetition of nothing such as (?:){1000000000}.
      let one = max(try size(inner, limit: limit), 1)
      let (copies, overflow) = (maximum ?? max(minimum, 1)).multipliedReportingOverflow(by: one)
      let extra = maximum.map { $0 - minimum } ?? 2
      guard !overflow, copies <= limit, copies + extra <= limit else {
        throw PatternError(
          "the repetition at offset \(offset) needs more than \(limit) matcher steps (a count repeats everything before it, and counts inside counts multiply); use smaller counts",
          at: offset)
      }
      return copies + extra
    }
  }

  private static func beginsWithStart(_ node: PatternNode) -> Bool {
    switch node {
    case .assertion(.start): true
    case .concatenation(let nodes): nodes.first.map(beginsWithStart) ?? false
    case .alternation(let nodes): nodes.allSatisfy(beginsWithStart)
    case .repetition(let inner, let minimum, _, _): minimum > 0 && beginsWithStart(inner)
    case .scalar, .assertion: false
    }
  }

  private mutating func append(_ instruction: Instruction) -> Int {
    instructions.append(instruction)
    return instructions.count - 1
  }

  private mutating func emit(_ node: PatternNode) {
    switch node {
    case .scalar(let set):
      sets.append(set)
      _ = append(.scalar(sets.count - 1))
    case .assertion(let assertion):
      _ = append(.assert(assertion))
    case .concatenation(let nodes):
      for n in nodes { emit(n) }
    case .alternation(let nodes):
      var jumps: [Int] = []
      for n in nodes.dropLast() {
        let split = append(.split(instructions.count + 1, 0))
        emit(n)
        jumps.append(append(.jump(0)))
        instructions[split] = .split(split + 1, instructions.count)
      }
      emit(nodes[nodes.count - 1])
      for j in jumps { instructions[j] = .jump(instructions.count) }
    case .repetition(let inner, let minimum, nil, _):
      if minimum == 0 {
        // loop: split body, out; body; jump loop
        let loop = append(.split(0, 0))
        emit(inner)
        _ = append(.jump(loop))
        instructions[loop] = .split(loop + 1, instructions.count)
      } else {
        for _ in 1..<minimum { emit(inner) }
        let body = instructions.count
        emit(inner)
        _ = append(.split(body, instructions.count + 1))
      }
    case .repetition(let inner, let minimum, let maximum?, _):
      for _ in 0..<minimum { emit(inner) }
      var splits: [Int] = []
      for _ in minimum..<maximum {
        splits.append(append(.split(0, 0)))
        emit(inner)
      }
      for s in splits { instructions[s] = .split(s + 1, instructions.count) }
    }
  }
}

extension PatternNode {
  fileprivate var isAlternation: Bool {
    if case .alternation = self { return true }
    return false
  }
}
