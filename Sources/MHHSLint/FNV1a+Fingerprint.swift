import MHHSCatalogue

extension FNV1a {
  /// Adds one part of a fingerprint: its UTF-8 bytes without the first `count`, then a separator
  /// byte (0x1F) so that moving a character between parts changes the hash.
  mutating func add(_ part: String, droppingFirst count: Int = 0) {
    var part = part
    part.withUTF8 { add(UnsafeBufferPointer(rebasing: $0[count...])) }
    add(0x1F)
  }
}
