/// The 64-bit FNV-1a hash of fingerprints, over the UTF-8 bytes of its parts, each part followed
/// by a separator byte (0x1F) so that moving a character between parts changes the hash.
struct FNV1a {
  private var value: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// Adds `part` without its first `count` bytes.
  mutating func add(_ part: String, droppingFirst count: Int = 0) {
    var part = part
    part.withUTF8 { bytes in
      var hash = value
      for byte in bytes[count...] {
        hash ^= UInt64(byte)
        hash = hash &* Self.prime
      }
      hash ^= 0x1F
      value = hash &* Self.prime
    }
  }

  /// The hash as 16 lowercase hexadecimal digits.
  var hex: String {
    String(unsafeUninitializedCapacity: 16) { digits in
      for i in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: value >> (60 - 4 * UInt64(i))) & 0xF
        digits[i] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
      }
      return 16
    }
  }
}
