import Testing

@testable import MHHSCatalogue

/// String edits rewrite only the bytes of the strings concerned, and refuse what they do not
/// find as expected.
@Suite struct JSONTextEditsTests {
  static let document =
    "{\n  \"id\": \"IF-001\",  \"respnseTimes\": {},\n  \"from\": [ \"SDZ\", \"caf\u{E9}\", \"SUP\" ]\n}\n"

  func apply(_ edits: [QuickFix.Edit], _ text: String = document) -> Result<String, JSONTextEdits.Failure> {
    JSONTextEdits.apply(edits, to: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("a key and two array strings are rewritten, nothing else")
  func rewrites() throws {
    let result = apply([
      .renameKey(file: "f", pointer: "/respnseTimes", from: "respnseTimes", to: "responseTimes"),
      .replaceString(file: "f", pointer: "/from/0", from: "SDZ", to: "SDS"),
      .replaceString(file: "f", pointer: "/from/1", from: "caf\u{E9}", to: "a\"b"),
    ])
    #expect(
      try result.get()
        == "{\n  \"id\": \"IF-001\",  \"responseTimes\": {},\n  \"from\": [ \"SDS\", \"a\\\"b\", \"SUP\" ]\n}\n"
    )
  }

  @Test("a string after a multi-byte character on its line is found by its column")
  func afterNonASCII() throws {
    let result = apply([.replaceString(file: "f", pointer: "/from/2", from: "SUP", to: "DCC")])
    #expect(try result.get() == Self.document.replacing("\"SUP\"", with: "\"DCC\""))
  }

  @Test("a value that is not what the fix expects is refused as changed")
  func changed() {
    #expect(
      apply([.replaceString(file: "f", pointer: "/from/0", from: "SDX", to: "SDS")])
        == .failure(.changed(pointer: "/from/0")))
    #expect(
      apply([.renameKey(file: "f", pointer: "/gone", from: "gone", to: "name")])
        == .failure(.changed(pointer: "/gone")))
  }

  @Test("invalid JSON is not edited")
  func invalid() {
    guard case .failure(.invalidJSON) = apply([], "{ \"id\": ") else {
      Issue.record("invalid JSON was edited")
      return
    }
  }

  @Test("two different rewrites of one string conflict; the same one twice is applied once")
  func conflicts() throws {
    let a = QuickFix.Edit.replaceString(file: "f", pointer: "/id", from: "IF-001", to: "IF-002")
    let b = QuickFix.Edit.replaceString(file: "f", pointer: "/id", from: "IF-001", to: "IF-003")
    #expect(apply([a, b]) == .failure(.conflicting(pointer: "/id")))
    #expect(try apply([a, a]).get() == Self.document.replacing("IF-001", with: "IF-002"))
  }

  @Test("NearestName.unambiguous declines a tie")
  func unambiguous() {
    #expect(NearestName.unambiguous("IR8", from: ["IR7", "IR9"]) == nil)
    #expect(NearestName.unambiguous("respnseTimes", from: ["responseTimes", "name"]) == "responseTimes")
  }
}
