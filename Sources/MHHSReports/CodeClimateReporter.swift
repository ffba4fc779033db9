import MHHSCatalogue
import MHHSLint

/// GitLab's Code Quality report (a subset of the Code Climate issue format): a JSON array with
/// one issue per unsuppressed finding, each with `description`, `check_name`, `fingerprint`,
/// `severity` and `location.path` / `location.lines.begin`. Suppressed findings are left out:
/// the format has no way to mark them, and GitLab would count them as open.
public struct CodeClimateReporter: Reporter {
  public init() {}

  public func render(_ report: Report) -> String {
    String(decoding: renderBytes(report), as: UTF8.self)
  }

  public func renderBytes(_ report: Report) -> [UInt8] {
    let findings = report.activeFindings
    let size = 64 + findings.reduce(0) { $0 + 400 + $1.message.utf8.count + $1.location.file.utf8.count }
    var seen: [String: Int] = [:]
    return JSONWriter.document(estimatedSize: size) { json in
      json.beginArray()
      for finding in findings {
        let occurrence = seen[finding.fingerprint, default: 0] + 1
        seen[finding.fingerprint] = occurrence
        json.beginObject()
        json.key("type")
        json.string("issue")
        json.key("description")
        json.string(finding.message)
        json.key("check_name")
        json.string(finding.ruleID)
        json.key("fingerprint")
        json.string(Self.fingerprint(finding.fingerprint, occurrence: occurrence))
        json.key("severity")
        json.string(Self.severity(finding.severity))
        json.key("location")
        json.beginObject()
        json.key("path")
        json.string(Self.path(finding.location.file))
        json.key("lines")
        json.beginObject()
        json.key("begin")
        json.int(max(1, finding.location.line))
        json.endObject()
        json.endObject()
        json.endObject()
      }
      json.endArray()
    }
  }

  /// GitLab's five severities from our four: `critical` for an error (it fails the gate at the
  /// default `--fail-on`), `major`, `minor`, and `info` for a hint. `blocker` is not used.
  public static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "critical"
    case .warning: "major"
    case .info: "minor"
    case .hint: "info"
    }
  }

  /// The finding's line-independent fingerprint. GitLab shows only the first issue of each
  /// fingerprint, so a second finding with the same one (the same rule at the same place, with
  /// another message) gets its occurrence number appended: `…-2`.
  static func fingerprint(_ fingerprint: String, occurrence: Int) -> String {
    occurrence > 1 ? "\(fingerprint)-\(occurrence)" : fingerprint
  }

  /// The path as written, with no leading `./` and forward slashes: GitLab reads it relative to
  /// the repository's top level.
  static func path(_ file: String) -> String {
    var path = file.replacing("\\", with: "/")
    while path.hasPrefix("./") { path.removeFirst(2) }
    return path
  }
}
