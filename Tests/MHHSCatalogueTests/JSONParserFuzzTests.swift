import MHHSCatalogue
import Testing

/// Mutated documents: the parser never crashes, every error has a position inside the input, and
/// whatever it accepts survives a render and re-parse unchanged.
@Suite struct JSONParserFuzzTests {
  /// A small deterministic generator (SplitMix64), so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let seeds = [
    #"{ "id": "IF-021", "from": ["SDS", "ADS"], "responseTimes": { "error": { "within": "PT6S" } } }"#,
    "[1, -2.5e3, true, false, null, \"é€😀\", \"\\u00e9\\uD83D\\uDE00\\n\", {}, []]",
    "{\n  \"a\": {\n    \"b\": [\n      0\n    ]\n  }\n}\n",
  ]

  /// Bytes that matter to a JSON scanner, including the starts of multi-byte sequences.
  static let alphabet: [UInt8] =
    Array("{}[]\",:\\/u0123456789abcdefABCDEF-+.eEtrfalsn \n\r\t".utf8) + [
      0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF,
    ]

  @Test("mutated documents", arguments: 0..<seeds.count)
  func mutatedDocuments(_ seedIndex: Int) throws {
    var random = Generator(state: UInt64(seedIndex) &* 7919 &+ 1)
    let seed = Array(Self.seeds[seedIndex].utf8)
    var accepted = 0
    for _ in 0..<3_000 {
      var bytes = seed
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0...bytes.count, using: &random)
        let byte = Self.alphabet.randomElement(using: &random)!
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes.insert(byte, at: at)
        case 1 where at < bytes.count: bytes.remove(at: at)
        default: if at < bytes.count { bytes[at] = byte }
        }
      }
      switch JSONParser.parse(bytes) {
      case .success(let value):
        accepted += 1
        let again = try JSONParser.parse(value.plain.render()).get()
        #expect(again.plain == value.plain)
      case .failure(let error):
        let lines = bytes.count { $0 == UInt8(ascii: "\n") } + 1
        #expect(error.position.line >= 1 && error.position.line <= lines, "\(error) in \(bytes)")
        #expect(
          error.position.column >= 1 && error.position.column <= bytes.count + 1, "\(error) in \(bytes)")
        #expect(!error.message.isEmpty)
      }
    }
    #expect(accepted > 0, "the mutations should leave some documents valid")
  }
}
