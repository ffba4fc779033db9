import MHHSCatalogue
import MHHSLint

/// The stable JSON report of `cli.md`: tool, catalogue, release, summary, findings.
public struct JSONReporter: Reporter {
  public init() {}

  public func render(_ report: Report) -> String {
    let result = report.result
    var entities: [(String, JSON)] = []
    for (kind, key) in [
      (EntityKind.interface, "interface"), (.dataflow, "dataflow"), (.nfr, "nfr"),
      (.changeRequest, "changeRequest"),
    ] {
      entities.append((key, .int(result.entityCounts[kind] ?? 0)))
    }
    let summary: JSON = .object(
      Severity.allCases.map { ($0.rawValue, JSON.int(result.count($0))) } + [
        ("suppressed", .int(result.suppressedCount)),
        ("entities", .object(entities)),
      ])
    let document: JSON = .object([
      ("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])),
      ("catalogue", .string(report.catalogue)),
      ("release", .optional(result.release)),
      ("summary", summary),
      ("findings", .array(result.findings.map(Self.finding))),
    ])
    return document.render()
  }

  /// One finding in the JSON shape (also used by other JSON outputs).
  public static func finding(_ f: Finding) -> JSON {
    .object([
      ("rule", .string(f.ruleID)),
      ("severity", .string(f.severity.rawValue)),
      ("message", .string(f.message)),
      ("entity", .optional(f.entityID)),
      ("file", .string(f.location.file)),
      ("line", .int(f.location.line)),
      ("column", .int(f.location.column)),
      ("pointer", .string(f.location.pointer)),
      ("fingerprint", .string(f.fingerprint)),
      ("suppressed", .bool(f.isSuppressed)),
      (
        "suppression",
        f.suppression.map { s in
          .object([
            ("kind", .string(s.kind.rawValue)), ("reason", .string(s.reason)),
            ("decision", .optional(s.decision)),
          ])
        } ?? .null
      ),
    ])
  }
}
