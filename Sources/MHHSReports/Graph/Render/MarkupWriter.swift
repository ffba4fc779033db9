/// Markup written as UTF-8 into one growing buffer: literal text, escaped catalogue text and
/// coordinates go straight in, with no string made for each piece.
struct MarkupWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  /// `markup` as it is.
  mutating func raw(_ markup: String) {
    // Short pieces byte by byte from a Span, quicker than `append(contentsOf:)` up to a few
    // dozen bytes (10-60 ns against 26-72 ns, measured); longer ones (a box's body) copied whole.
    let span = markup.utf8.span
    guard span.count <= 48 else {
      bytes += markup.utf8
      return
    }
    for i in span.indices { bytes.append(span[i]) }
  }

  /// `text` escaped for a double-quoted attribute value or element content.
  mutating func escaped(_ text: String) { raw(XMLEscaping.attribute(text)) }

  /// `value` rounded to at most one decimal (`12`, `-3.5`), so output carries no float noise.
  mutating func number(_ value: Double) {
    let tenths = Int((value * 10).rounded())
    if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = tenths.magnitude
    let whole = magnitude / 10
    var place: UInt = 1
    while place <= whole / 10 { place *= 10 }
    while place > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(whole / place % 10))
      place /= 10
    }
    if magnitude % 10 != 0 {
      bytes.append(UInt8(ascii: "."))
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }
}
