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
