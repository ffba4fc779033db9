/// RFC 6901 JSON pointers.
public enum JSONPointer {
  /// The reference tokens of `pointer`, unescaped (`/a~1b/0` → `["a/b", "0"]`).
  public static func tokens(_ pointer: String) -> [String] {
    guard !pointer.isEmpty else { return [] }
    return pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
      String($0).replacing("~1", with: "/").replacing("~0", with: "~")
    }
  }

  /// `base` extended by one reference token, escaped as RFC 6901 requires (`~` → `~0`, `/` → `~1`).
  public static func appending(_ base: String, _ token: String) -> String {
    var token = token
    var base = base
    let joined: String? = base.withUTF8 { b in
      token.withUTF8 { t in
        for byte in t where byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/") { return nil }
        return join(b, t)
      }
    }
    if let joined { return joined }
    return base + "/"
      + token.replacing("~", with: "~0").replacing("/", with: "~1")
  }

  public static func appending(_ base: String, _ index: Int) -> String {
    if index >= 0 && index < 10 {
      var base = base
      let digit = UInt8(ascii: "0") + UInt8(index)
      return base.withUTF8 { b in
        withUnsafePointer(to: digit) { join(b, UnsafeBufferPointer(start: $0, count: 1)) }
      }
    }
    return base + "/" + String(index)
  }

  /// `base` + "/" + `token` in one allocation.
  private static func join(_ base: UnsafeBufferPointer<UInt8>, _ token: UnsafeBufferPointer<UInt8>)
    -> String
  {
    String(unsafeUninitializedCapacity: base.count + 1 + token.count) { buffer in
      var i = 0
      for byte in base {
        buffer[i] = byte
        i += 1
      }
      buffer[i] = UInt8(ascii: "/")
      i += 1
      for byte in token {
        buffer[i] = byte
        i += 1
      }
      return i
    }
  }
}
