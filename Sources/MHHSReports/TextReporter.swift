import MHHSLint

/// `file:line:column: severity: message [rule]`, one line per unsuppressed finding, then a summary.
public struct TextReporter: Reporter {
  /// Whether to colour severities with ANSI escapes (only for a terminal).
  public var colour: Bool

  public init(colour: Bool) {
    self.colour = colour
  }

  public func render(_ report: Report) -> String {
    var out = ""
    for f in report.activeFindings where report.quietThreshold?.isReached(by: f.severity) ?? true {
      out +=
        "\(f.location.file):\(f.location.line):\(f.location.column): \(paint(f.severity)): \(Self.oneLine(f.message)) [\(f.ruleID)]\n"
    }
    out += Wording.summary(report.result) + "\n"
    return out
  }

  /// `text` with line breaks and other control characters written as escapes, so that data
  /// quoted in a message (a key with a line break in it) cannot break the one-line-per-finding shape.
  static func oneLine(_ text: String) -> String {
    let isControl: (Unicode.Scalar) -> Bool = {
      $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}"
    }
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where isControl(scalar):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private func paint(_ severity: Severity) -> String {
    guard colour else { return severity.rawValue }
    let code =
      switch severity {
      case .error: "31"
      case .warning: "33"
      case .info: "36"
      case .hint: "2"
      }
    return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
  }
}
