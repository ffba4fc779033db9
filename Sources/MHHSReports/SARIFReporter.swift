import MHHSCatalogue
import MHHSLint

/// SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that ran with their
/// descriptions and help, and one result per finding (suppressed ones carry `suppressions`).
public struct SARIFReporter: Reporter {
  public static let schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  public static let version = "2.1.0"
  /// The key of the line-independent fingerprint in `partialFingerprints`.
  public static let fingerprintKey = "mhhs/v1"

  public init() {}

  public func render(_ report: Report) -> String {
    let rules = report.describedRules
    var index: [String: Int] = [:]
    for (i, rule) in rules.enumerated() { index[rule.id] = i }
    let driver: JSON = .object([
      ("name", .string(report.tool.name)),
      ("version", .string(report.tool.version)),
      ("semanticVersion", .string(report.tool.version)),
      ("informationUri", .string(report.tool.informationURI)),
      ("rules", .array(rules.map(Self.rule))),
    ])
    let run: JSON = .object([
      ("tool", .object([("driver", driver)])),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(report.result.findings.map { Self.result($0, ruleIndex: index[$0.ruleID]) })),
    ])
    return JSON.object([
      ("$schema", .string(Self.schema)),
      ("version", .string(Self.version)),
      ("runs", .array([run])),
    ]).render()
  }

  /// SARIF's `level`: `error`, `warning`, `note` (info and hint).
  public static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .hint: "note"
    }
  }

  static func rule(_ rule: RuleDescription) -> JSON {
    let full = rule.rationale.isEmpty ? rule.summary : rule.rationale
    var text = [rule.summary, rule.rationale, Wording.sources(rule), Wording.defaultSeverity(rule)]
    text.removeAll { $0.isEmpty }
    var markdown = "**\(MarkdownReporter.escape(rule.summary))**"
    if !rule.rationale.isEmpty { markdown += "\n\n" + MarkdownReporter.escape(rule.rationale) }
    if !rule.sources.isEmpty { markdown += "\n\n" + MarkdownReporter.escape(Wording.sources(rule)) }
    markdown += "\n\n" + MarkdownReporter.escape(Wording.defaultSeverity(rule))
    return .object([
      ("id", .string(rule.id)),
      ("name", .string(rule.id)),
      ("shortDescription", .object([("text", .string(rule.summary))])),
      ("fullDescription", .object([("text", .string(full))])),
      (
        "help", .object([("text", .string(text.joined(separator: "\n\n"))), ("markdown", .string(markdown))])
      ),
      ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
    ])
  }

  static func result(_ finding: Finding, ruleIndex: Int?) -> JSON {
    var members: [(String, JSON)] = [("ruleId", .string(finding.ruleID))]
    if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
    members += [
      ("level", .string(level(finding.severity))),
      ("message", .object([("text", .string(finding.message))])),
    ]
    var location: [(String, JSON)] = [
      (
        "physicalLocation",
        .object([
          ("artifactLocation", artifactLocation(finding.location.file)),
          (
            "region",
            .object([
              ("startLine", .int(max(1, finding.location.line))),
              ("startColumn", .int(max(1, finding.location.column))),
            ])
          ),
        ])
      )
    ]
    if let entity = finding.entityID {
      location.append(
        ("logicalLocations", .array([.object([("name", .string(entity)), ("kind", .string("object"))])])))
    }
    members.append(("locations", .array([.object(location)])))
    members.append(("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])))
    if let suppression = finding.suppression {
      var entry: [(String, JSON)] = [
        ("kind", .string(suppression.kind == .exemption ? "inSource" : "external")),
        ("status", .string("accepted")),
      ]
      if !suppression.reason.isEmpty { entry.append(("justification", .string(suppression.reason))) }
      if let decision = suppression.decision {
        entry.append(("properties", .object([("decision", .string(decision))])))
      }
      members.append(("suppressions", .array([.object(entry)])))
    }
    members.append(
      (
        "properties",
        .object([
          ("severity", .string(finding.severity.rawValue)), ("pointer", .string(finding.location.pointer)),
        ])
      ))
    return .object(members)
  }

  /// A repo-relative path as a URI reference (forward slashes, no leading `./`, reserved and
  /// non-ASCII characters percent-encoded); an absolute path becomes a `file://` URI.
  static func artifactLocation(_ path: String) -> JSON {
    var path = path.replacing("\\", with: "/")
    while path.hasPrefix("./") { path.removeFirst(2) }
    if path.hasPrefix("/") {
      return .object([("uri", .string("file://" + percentEncoded(path)))])
    }
    return .object([("uri", .string(percentEncoded(path))), ("uriBaseId", .string("%SRCROOT%"))])
  }

  static func percentEncoded(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }
}
