/// An ISO 8601 duration (`PT6S`, `PT15M`, `PT24H`, `P1D`, `P1Y2M`).
///
/// Durations without years or months have an exact length in seconds (a day counts as 24 hours)
/// and compare by it, so `PT60S` equals `PT1M`. Durations with years or months compare by their
/// components only.
public struct ISODuration: Hashable, Sendable, CustomStringConvertible {
  public var text: String
  /// Years and months, which have no fixed length.
  public var calendarMonths: Double
  /// Weeks, days, hours, minutes and seconds, in seconds.
  public var seconds: Double

  public init?(_ text: String) {
    if let (months, seconds) = Self.common(text) {
      self.text = text
      self.calendarMonths = months
      self.seconds = seconds
      return
    }
    var scalars = Array(text.unicodeScalars)
    guard scalars.first == "P", scalars.count > 1 else { return nil }
    scalars.removeFirst()
    var inTime = false
    var number = ""
    var months = 0.0
    var seconds = 0.0
    var seen = Set<String>()
    var any = false
    for scalar in scalars {
      switch scalar {
      case "0"..."9", ".":
        number.unicodeScalars.append(scalar)
      case "T":
        guard !inTime, number.isEmpty else { return nil }
        inTime = true
      default:
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        let unit = (inTime ? "T" : "") + String(scalar)
        guard seen.insert(unit).inserted else { return nil }
        switch unit {
        case "Y": months += value * 12
        case "M": months += value
        case "W": seconds += value * 604_800
        case "D": seconds += value * 86_400
        case "TH": seconds += value * 3_600
        case "TM": seconds += value * 60
        case "TS": seconds += value
        default: return nil
        }
        number = ""
        any = true
      }
    }
    guard any, number.isEmpty, !(inTime && scalars.last == "T") else { return nil }
    self.text = text
    self.calendarMonths = months
    self.seconds = seconds
  }

  /// The forms catalogues use nearly always (`PT6S`, `PT15M`, `PT24H`, `P1D`), read without
  /// allocating; `nil` for anything else, which the general parser then reads.
  private static func common(_ text: String) -> (Double, Double)? {
    var text = text
    return text.withUTF8 { b -> (Double, Double)? in
      guard b.count >= 3, b.count <= 12, b[0] == UInt8(ascii: "P") else { return nil }
      let inTime = b[1] == UInt8(ascii: "T")
      let digitsStart = inTime ? 2 : 1
      let unitIndex = b.count - 1
      guard unitIndex > digitsStart else { return nil }
      var n = 0
      for i in digitsStart..<unitIndex {
        guard b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") else { return nil }
        n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
      }
      let value = Double(n)
      switch (inTime, b[unitIndex]) {
      case (true, UInt8(ascii: "H")): return (0, value * 3_600)
      case (true, UInt8(ascii: "M")): return (0, value * 60)
      case (true, UInt8(ascii: "S")): return (0, value)
      case (false, UInt8(ascii: "D")): return (0, value * 86_400)
      case (false, UInt8(ascii: "W")): return (0, value * 604_800)
      default: return nil
      }
    }
  }

  public var description: String { text }

  /// Whether `self` is certainly longer than `other`.
  public func isLonger(than other: ISODuration) -> Bool {
    calendarMonths >= other.calendarMonths && seconds >= other.seconds && self != other
  }

  public static func == (lhs: ISODuration, rhs: ISODuration) -> Bool {
    lhs.calendarMonths == rhs.calendarMonths && lhs.seconds == rhs.seconds
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(calendarMonths)
    hasher.combine(seconds)
  }
}
