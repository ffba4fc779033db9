#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The order of strings by their UTF-8 bytes (file names, finding order): the same on every
/// platform and locale, and cheap (one `memcmp`).
public enum UTF8Order {
  /// The indices of `strings` in this order. Each string's first eight bytes are read once into
  /// an integer that orders like them, so most comparisons compare two integers.
  public static func sortedIndices(_ strings: [String]) -> [Int] {
    var keyed = strings.indices.map { i -> (key: UInt64, index: Int) in
      var string = strings[i]
      let key = string.withUTF8 { bytes in
        var key: UInt64 = 0
        for (n, byte) in bytes.prefix(8).enumerated() { key |= UInt64(byte) << (56 - 8 * UInt64(n)) }
        return key
      }
      return (key, i)
    }
    keyed.sort { a, b in
      a.key != b.key ? a.key < b.key : precedes(strings[a.index], strings[b.index])
    }
    return keyed.map(\.index)
  }

  public static func precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let n = min(x.count, y.count)
        if n > 0 {
          let c = memcmp(x.baseAddress!, y.baseAddress!, n)
          if c != 0 { return c < 0 }
        }
        return x.count < y.count
      }
    }
  }

  /// Negative when the bytes `a` come first, zero when equal, positive otherwise; a prefix
  /// comes first.
  package static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    if n > 0 {
      let c = memcmp(a.baseAddress!, b.baseAddress!, n)
      if c != 0 { return Int(c) }
    }
    return a.count - b.count
  }

  /// The number of bytes at the start of `a` and `b` that are the same; compared in one
  /// `memcmp` when they all are (the usual case), else byte by byte.
  package static func sharedPrefixCount(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let n = min(a.count, b.count)
    if n == 0 || memcmp(a.baseAddress!, b.baseAddress!, n) == 0 { return n }
    var k = 0
    while a[k] == b[k] { k += 1 }
    return k
  }

  /// Whether the UTF-8 bytes of `string` start with those of `prefix`.
  package static func hasPrefix(_ string: String, _ prefix: String) -> Bool {
    var string = string
    var prefix = prefix
    return string.withUTF8 { s in
      prefix.withUTF8 { p in
        s.count >= p.count && (p.isEmpty || memcmp(s.baseAddress!, p.baseAddress!, p.count) == 0)
      }
    }
  }
}

extension String {
  /// `==` that first compares lengths, which are known without a call into the runtime; member
  /// names are short and mostly of different lengths, so most comparisons end there.
  @inline(__always)
  static func sameKey(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
  }
}
