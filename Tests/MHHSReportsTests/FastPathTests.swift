import Testing

@testable import MHHSReports

/// The fast paths added for the speed of `mhhs site` give the same answers as the plain
/// definitions.
@Suite struct ReportsFastPathTests {
  /// XML escaping as its documentation defines it, scalar by scalar.
  static func plainEscape(_ text: String, attribute: Bool) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "'" where attribute: out += "&#39;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      case "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(XMLEscaping.isAllowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return out
  }

  /// Scalars around every byte the escaping looks at: the ASCII specials and controls, the
  /// neighbours of the C1 controls and of U+FFFE/U+FFFF in UTF-8 (C2 7F…C2 A0, EF BF BD…),
  /// and plain text of one, two, three and four bytes.
  static let alphabet: [Unicode.Scalar] =
    (0x00...0x7F).map { Unicode.Scalar(UInt8($0)) }
    + [0x80, 0x85, 0x9F, 0xA0, 0xBF, 0xC0, 0x2028, 0xEFBF, 0xFEFF, 0xFFBE, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600]
    .map { Unicode.Scalar($0)! }

  @Test func xmlEscapingOnBytesIsEscapingOnScalars() {
    var rng = SeededGenerator(state: 42)
    var samples = Self.alphabet.map { String($0) } + ["", "IF-021", "plain words with no markup at all"]
    for _ in 0..<3000 {
      let length = Int.random(in: 0...24, using: &rng)
      var text = ""
      for _ in 0..<length { text.unicodeScalars.append(Self.alphabet.randomElement(using: &rng)!) }
      samples.append(text)
    }
    for text in samples {
      #expect(XMLEscaping.text(text) == Self.plainEscape(text, attribute: false), "\(text.debugDescription)")
      #expect(
        XMLEscaping.attribute(text) == Self.plainEscape(text, attribute: true), "\(text.debugDescription)")
    }
  }
}
