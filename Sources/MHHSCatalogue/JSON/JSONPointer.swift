/// RFC 6901 JSON pointers.
public enum JSONPointer {
  /// `base` extended by one reference token, escaped as RFC 6901 requires (`~` → `~0`, `/` → `~1`).
  public static func appending(_ base: String, _ token: String) -> String {
    if !token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
      return base + "/" + token
    }
    return base + "/"
      + token.replacing("~", with: "~0").replacing("/", with: "~1")
  }

  public static func appending(_ base: String, _ index: Int) -> String {
    base + "/" + String(index)
  }
}
