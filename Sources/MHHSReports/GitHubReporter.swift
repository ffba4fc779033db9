import MHHSLint

/// GitHub Actions workflow commands, one line per unsuppressed finding:
/// `::error file=…,line=…,col=…,title=RULE::message`.
public struct GitHubReporter: Reporter {
  public init() {}

  public func render(_ report: Report) -> String {
    var out = ""
    for finding in report.activeFindings {
      let properties = [
        ("file", finding.location.file), ("line", String(finding.location.line)),
        ("col", String(finding.location.column)), ("title", finding.ruleID),
      ].map { "\($0)=\(Self.escapeProperty($1))" }.joined(separator: ",")
      out += "::\(Self.command(finding.severity)) \(properties)::\(Self.escapeData(finding.message))\n"
    }
    return out
  }

  /// `error`, `warning`, or `notice` (info and hint).
  public static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .hint: "notice"
    }
  }

  /// A command's message: `%`, CR and LF escaped.
  public static func escapeData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A property value: as ``escapeData(_:)``, and also `:` and `,`.
  public static func escapeProperty(_ text: String) -> String {
    var out = ""
    for scalar in escapeData(text).unicodeScalars {
      switch scalar {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
