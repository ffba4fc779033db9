/// RFC 6901 JSON pointers.
public enum JSONPointer {
  /// `base` extended by one reference token, escaped as RFC 6901 requires (`~` → `~0`, `/` → `~1`).
  public static func appending(_ base: String, _ token: String) -> String {
    var plain = true
    var token = token
    token.withUTF8 { bytes in
      for byte in bytes where byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/") {
        plain = false
        break
      }
    }
    if plain { return base + "/" + token }
    return base + "/"
      + token.replacing("~", with: "~0").replacing("/", with: "~1")
  }

  public static func appending(_ base: String, _ index: Int) -> String {
    base + "/" + String(index)
  }
}
