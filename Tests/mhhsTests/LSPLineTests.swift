import Testing

@testable import MHHSLanguageServer

/// The lines a file's diagnostics are placed on, found by scanning bytes only as far as needed,
/// equal the plain split of the whole text.
struct LSPLineTests {
  static let texts = [
    "", "a", "\n", "a\nb", "a\r\nb\rc\n", "{\n  \"title\": \"CR034 – 😀\"\r\n}\n\n", "\r\r\n\n",
    "x\u{2028}y\nz",
  ]

  @Test(arguments: texts)
  func prefixEqualsPlainSplit(_ text: String) {
    let all = TextDocument.lines(text).map { String($0) }
    for count in 1...(all.count + 2) {
      let prefix = TextDocument.lines(text, prefix: count).map { String($0) }
      #expect(prefix == Array(all.prefix(count)), "\(count) lines of \(text.debugDescription)")
    }
  }
}

/// `file:` URIs made byte by byte equal those made character by character, and read back.
struct FileURITests {
  static let paths = ["/a/b.json", "/with space/é–😀/x%y.json", "/tmp/cat~alogue/IF-021.json", "/", "/a?b#c"]

  @Test(arguments: paths)
  func uriEqualsThePlainEncoding(_ path: String) {
    var plain = "file://"
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      if scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || "-._~/".unicodeScalars.contains(scalar)
      {
        plain.unicodeScalars.append(scalar)
      } else {
        plain += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    #expect(FileURI.uri(path) == plain)
    #expect(FileURI.path(FileURI.uri(path)) == path)
  }
}

extension String {
  fileprivate func leftPadded(to count: Int) -> String {
    String(repeating: "0", count: max(0, count - self.count)) + self
  }
}
