/// How a client counts characters in a line (`positionEncoding`, LSP 3.17). Catalogue
/// positions count Unicode scalars, which is `utf-32`.
enum PositionEncoding: String {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"

  /// The encoding to use among those a client offers: utf-32 (no conversion) or utf-8 when
  /// offered, else utf-16, which every client supports.
  static func negotiate(_ offered: [String]) -> PositionEncoding {
    if offered.contains(utf32.rawValue) { return .utf32 }
    if offered.contains(utf8.rawValue) { return .utf8 }
    return .utf16
  }

  /// How many units `scalar` takes.
  func width(_ scalar: Unicode.Scalar) -> Int {
    switch self {
    case .utf8: UTF8.width(scalar)
    case .utf16: UTF16.width(scalar)
    case .utf32: 1
    }
  }

  /// The client's character offset of the scalar at 0-based `scalars` in `line`.
  func units(ofScalars scalars: Int, in line: Substring.UnicodeScalarView) -> Int {
    var units = 0
    for (i, scalar) in line.enumerated() {
      if i >= scalars { break }
      units += width(scalar)
    }
    return units
  }

  /// The index in `line` at the client's character offset `units`; the end of the line when it
  /// is past it, and the start of a scalar that `units` falls inside.
  func index(ofUnits units: Int, in line: Substring.UnicodeScalarView) -> String.Index {
    var seen = 0
    var index = line.startIndex
    while index < line.endIndex {
      let width = width(line[index])
      if seen + width > units { break }
      seen += width
      index = line.index(after: index)
    }
    return index
  }
}
