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
        "\(TextEscaping.line(f.location.file)):\(f.location.line):\(f.location.column): \(paint(f.severity)): \(TextEscaping.line(f.message)) [\(f.ruleID)]\n"
    }
    out += Wording.summary(report.result) + "\n"
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
