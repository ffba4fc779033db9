/// A version of a catalogue entry in one of the catalogue format's forms: `MAJOR.MINOR` (`1.0`)
/// for interfaces, three digits (`002`, as in the DTC) for D-flows and DIP schema versions.
public struct Version: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The forms a version can take.
  public enum Form: Sendable, Hashable {
    /// `MAJOR.MINOR` for interfaces.
    case majorMinor
    /// Three digits for D-flows, as in the DTC (`002`), and for DIP schema versions (`011`).
    case threeDigits

    /// The form of the `version` of an entity of `kind`.
    public init(of kind: EntityKind) {
      self = kind == .dataflow ? .threeDigits : .majorMinor
    }

    /// The form as named in messages.
    public var display: String {
      switch self {
      case .majorMinor: "MAJOR.MINOR (1.0)"
      case .threeDigits: "three digits (001)"
      }
    }
  }

  public let form: Form
  /// The number before the dot, or the number of a three-digit version.
  public let major: Int
  /// The number after the dot; 0 for a three-digit version.
  public let minor: Int

  /// The version `text` spells, if it has `form`: digits only (at most nine to a number), one dot
  /// between major and minor, exactly three digits in the three-digit form.
  public init?(parsing text: String, form: Form) {
    var text = text
    guard
      let numbers = text.withUTF8({ bytes -> (Int, Int)? in
        switch form {
        case .threeDigits:
          guard bytes.count == 3, let n = Self.number(bytes[...]) else { return nil }
          return (n, 0)
        case .majorMinor:
          guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), let major = Self.number(bytes[..<dot]),
            let minor = Self.number(bytes[(dot + 1)...])
          else { return nil }
          return (major, minor)
        }
      })
    else { return nil }
    self.form = form
    (major, minor) = numbers
  }

  private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    var n = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
      n = n * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return n
  }

  private init(form: Form, major: Int, minor: Int) {
    self.form = form
    self.major = major
    self.minor = minor
  }

  /// The version after this one: the next minor version (`1.1` after `1.0`), or the next major
  /// one (`2.0`) when `major`; `002` after `001` (three-digit versions have no minor part).
  public func next(major: Bool) -> Version {
    switch form {
    case .threeDigits: Version(form: form, major: self.major + 1, minor: 0)
    case .majorMinor:
      major
        ? Version(form: form, major: self.major + 1, minor: 0)
        : Version(form: form, major: self.major, minor: minor + 1)
    }
  }

  /// The version as written in the catalogue: `1.1`, `002`.
  public var description: String {
    switch form {
    case .majorMinor: return "\(major).\(minor)"
    case .threeDigits:
      let n = String(major)
      return String(repeating: "0", count: max(0, 3 - n.count)) + n
    }
  }

  /// Versions of one form in numeric order (major, then minor). Versions of different forms are
  /// never compared by the rules; they are ordered by form so that the order is total.
  public static func < (lhs: Version, rhs: Version) -> Bool {
    if lhs.form != rhs.form { return lhs.form == .majorMinor }
    return (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }
}
