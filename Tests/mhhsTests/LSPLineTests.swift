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
