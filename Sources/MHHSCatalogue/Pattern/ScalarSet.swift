/// A set of Unicode scalar values: sorted, disjoint, non-adjacent ranges, with a bitmap for
/// ASCII so that the common case is one bit test. Values are `UInt32` so that a class may name
/// surrogate code points, which match nothing since no scalar is one.
struct ScalarSet: Sendable, Equatable {
  private(set) var ranges: [ClosedRange<UInt32>]
  private var ascii: (low: UInt64, high: UInt64)

  static let maximum: UInt32 = 0x10FFFF

  init(_ ranges: [ClosedRange<UInt32>]) {
    var merged: [ClosedRange<UInt32>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    self.ranges = merged
    var low: UInt64 = 0
    var high: UInt64 = 0
    for range in merged where range.lowerBound < 128 {
      for value in range.lowerBound...min(range.upperBound, 127) {
        if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
      }
    }
    self.ascii = (low, high)
  }

  init(_ value: UInt32) { self.init([value...value]) }

  static func == (a: ScalarSet, b: ScalarSet) -> Bool { a.ranges == b.ranges }

  func contains(_ value: UInt32) -> Bool {
    if value < 64 { return ascii.low & (1 << UInt64(value)) != 0 }
    if value < 128 { return ascii.high & (1 << UInt64(value - 64)) != 0 }
    var lower = 0
    var upper = ranges.count
    while lower < upper {
      let middle = (lower + upper) / 2
      if ranges[middle].upperBound < value {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    return lower < ranges.count && ranges[lower].lowerBound <= value
  }

  func union(_ other: ScalarSet) -> ScalarSet { ScalarSet(ranges + other.ranges) }

  /// Every scalar value not in the set.
  var inverted: ScalarSet {
    var result: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in ranges {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      next = range.upperBound + 1
    }
    if next <= Self.maximum { result.append(next...Self.maximum) }
    return ScalarSet(result)
  }

  static let all = ScalarSet([0...maximum])
  /// `\d`
  static let digit = ScalarSet([0x30...0x39])
  /// `\w`: ASCII letters, digits and `_`, as in ECMA-262 without the `i` flag.
  static let word = ScalarSet([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
  /// `\s`: ECMA-262's WhiteSpace and LineTerminator.
  static let space = ScalarSet([
    0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
    0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
  ])
  /// `.`: anything but a line terminator (no `s` flag).
  static let dot = ScalarSet([0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]).inverted
}
