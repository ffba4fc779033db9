/// `file:` URIs and the paths they name (RFC 8089, the form editors send).
enum FileURI {
  /// The path of a `file:` URI, percent-decoded; `nil` for any other URI.
  static func path(_ uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = Substring(uri.dropFirst("file://".count))
    // `file://host/path`: only the local host (empty or `localhost`) is a file here.
    if !rest.hasPrefix("/") {
      guard rest.hasPrefix("localhost/") else { return nil }
      rest = rest.dropFirst("localhost".count)
    }
    var bytes: [UInt8] = []
    var utf8 = Array(rest.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    guard let path = String(validating: bytes, as: UTF8.self), !path.contains("\0") else { return nil }
    return path
  }

  /// The `file:` URI of an absolute path, percent-encoding all but unreserved characters and `/`.
  static func uri(_ path: String) -> String {
    // Written byte by byte into one buffer: the server names every file with findings, and a
    // large catalogue has tens of thousands.
    let hex = Array("0123456789ABCDEF".utf8)
    var uri = Array("file://".utf8)
    uri.reserveCapacity(uri.count + path.utf8.count)
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        uri.append(byte)
      default:
        uri += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: uri, as: UTF8.self)
  }
}
