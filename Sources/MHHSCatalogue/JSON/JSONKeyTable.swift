/// Object keys named in advance, which the parser hands out as these very strings instead of
/// building a new string for every occurrence: a catalogue of 40,000 files repeats the same few
/// dozen keys a million times.
public struct JSONKeyTable: Sendable {
  /// A key of at most 16 bytes, held as two little-endian words and a length.
  private struct Slot: Sendable {
    var low: UInt64
    var high: UInt64
    var count: Int
    var key: String
  }

  private static let size = 256
  private var slots: [Slot?]

  /// A table of `keys`; keys longer than 16 bytes, and keys that would share a slot with an
  /// earlier one, are left out (they are built as usual).
  public init(_ keys: some Sequence<String>) {
    slots = Array(repeating: nil, count: Self.size)
    for key in keys {
      let bytes = Array(key.utf8)
      guard bytes.count <= 16 else { continue }
      let (low, high) = bytes.withUnsafeBufferPointer(Self.words)
      let index = Self.slot(bytes.count, low)
      if slots[index] == nil { slots[index] = Slot(low: low, high: high, count: bytes.count, key: key) }
    }
  }

  /// The table's string for `bytes`, if it holds one.
  @inline(__always)
  func key(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.count <= 16 else { return nil }
    let (low, high) = Self.words(bytes)
    guard let slot = slots[Self.slot(bytes.count, low)], slot.count == bytes.count, slot.low == low,
      slot.high == high
    else { return nil }
    return slot.key
  }

  @inline(__always)
  private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (i, byte) in bytes.enumerated() {
      if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
    }
    return (low, high)
  }

  @inline(__always)
  private static func slot(_ count: Int, _ low: UInt64) -> Int {
    Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) >> 56) ^ UInt64(count &* 37)) & (size - 1)
  }
}
