#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte strings compared with `memcmp`, as ``UTF8Order`` compares strings.
enum ByteOrder {
  /// Negative when `a` comes first, zero when equal, positive otherwise; a prefix comes first.
  static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    if n > 0 {
      let c = memcmp(a.baseAddress!, b.baseAddress!, n)
      if c != 0 { return Int(c) }
    }
    return a.count - b.count
  }

  /// The number of bytes at the start of `a` and `b` that are the same; compared in one
  /// `memcmp` when they all are (the usual case), else byte by byte.
  static func sharedPrefixCount(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    if n == 0 || memcmp(a.baseAddress!, b.baseAddress!, n) == 0 { return n }
    var k = 0
    while a[k] == b[k] { k += 1 }
    return k
  }

  /// Whether the UTF-8 bytes of `string` start with those of `prefix`.
  static func hasPrefix(_ string: String, _ prefix: String) -> Bool {
    var string = string
    var prefix = prefix
    return string.withUTF8 { s in
      prefix.withUTF8 { p in
        s.count >= p.count && (p.isEmpty || memcmp(s.baseAddress!, p.baseAddress!, p.count) == 0)
      }
    }
  }
}
