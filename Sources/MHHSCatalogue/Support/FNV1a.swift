/// The 64-bit FNV-1a hash of a run of bytes: the id index's hash, and the hash behind finding
/// fingerprints.
package struct FNV1a {
  package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  package init() {}

  package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    var hash = value
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* Self.prime
    }
    value = hash
  }

  package mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* Self.prime
  }

  /// The hash as 16 lowercase hexadecimal digits.
  package var hex: String {
    String(unsafeUninitializedCapacity: 16) { digits in
      for i in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: value >> (60 - 4 * UInt64(i))) & 0xF
        digits[i] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
      }
      return 16
    }
  }
}
