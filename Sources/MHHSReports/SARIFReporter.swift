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
    String(decoding: renderBytes(report), as: UTF8.self)
  }

  /// The log written straight into one buffer; the results, one per finding, are written
  /// without building a ``JSON`` value for each.
  public func renderBytes(_ report: Report) -> [UInt8] {
    let rules = report.describedRules
    var index: [String: Int] = [:]
    for (i, rule) in rules.enumerated() { index[rule.id] = i }
    let findings = report.result.findings
    let size = 4096 + 1024 * rules.count + findings.reduce(0) { $0 + Self.estimatedSize($1) }
    return JSONWriter.document(estimatedSize: size) { json in
      json.beginObject()
      json.key("$schema")
      json.string(Self.schema)
      json.key("version")
      json.string(Self.version)
      json.key("runs")
      json.beginArray()
      json.beginObject()
      json.key("tool")
      json.value(
        .object([
          (
            "driver",
            .object([
              ("name", .string(report.tool.name)),
              ("version", .string(report.tool.version)),
              ("semanticVersion", .string(report.tool.version)),
              ("informationUri", .string(report.tool.informationURI)),
              ("rules", .array(rules.map(Self.rule))),
            ])
          )
        ]))
      json.key("columnKind")
      json.string("unicodeCodePoints")
      json.key("results")
      json.beginArray()
      for finding in findings { Self.write(finding, ruleIndex: index[finding.ruleID], to: &json) }
      json.endArray()
      json.endObject()
      json.endArray()
      json.endObject()
    }
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
    var markdown = "**\(MarkdownEscaping.inline(rule.summary))**"
    if !rule.rationale.isEmpty { markdown += "\n\n" + MarkdownEscaping.inline(rule.rationale) }
    if !rule.sources.isEmpty { markdown += "\n\n" + MarkdownEscaping.inline(Wording.sources(rule)) }
    markdown += "\n\n" + MarkdownEscaping.inline(Wording.defaultSeverity(rule))
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

  /// One result.
  static func write(_ finding: Finding, ruleIndex: Int?, to json: inout JSONWriter) {
    json.beginObject()
    json.key("ruleId")
    json.string(finding.ruleID)
    if let ruleIndex {
      json.key("ruleIndex")
      json.int(ruleIndex)
    }
    json.key("level")
    json.string(level(finding.severity))
    json.key("message")
    json.beginObject()
    json.key("text")
    json.string(finding.message)
    json.endObject()
    json.key("locations")
    json.beginArray()
    json.beginObject()
    json.key("physicalLocation")
    json.beginObject()
    json.key("artifactLocation")
    json.value(artifactLocation(finding.location.file))
    json.key("region")
    json.beginObject()
    json.key("startLine")
    json.int(max(1, finding.location.line))
    json.key("startColumn")
    json.int(max(1, finding.location.column))
    json.endObject()
    json.endObject()
    if let entity = finding.entityID {
      json.key("logicalLocations")
      json.beginArray()
      json.beginObject()
      json.key("name")
      json.string(entity)
      json.key("kind")
      json.string("object")
      json.endObject()
      json.endArray()
    }
    json.endObject()
    json.endArray()
    json.key("partialFingerprints")
    json.beginObject()
    json.key(fingerprintKey)
    json.string(finding.fingerprint)
    json.endObject()
    if let suppression = finding.suppression {
      json.key("suppressions")
      json.beginArray()
      json.beginObject()
      json.key("kind")
      json.string(suppression.kind == .exemption ? "inSource" : "external")
      json.key("status")
      json.string("accepted")
      if !suppression.reason.isEmpty {
        json.key("justification")
        json.string(suppression.reason)
      }
      if let decision = suppression.decision {
        json.key("properties")
        json.beginObject()
        json.key("decision")
        json.string(decision)
        json.endObject()
      }
      json.endObject()
      json.endArray()
    }
    if let fix = finding.fix.flatMap({ self.fix($0, of: finding) }) {
      json.key("fixes")
      json.value(.array([fix]))
    }
    json.key("properties")
    json.beginObject()
    json.key("severity")
    json.string(finding.severity.rawValue)
    json.key("pointer")
    json.string(finding.location.pointer)
    json.endObject()
    json.endObject()
  }

  /// A finding's fix as a SARIF `fix` (§3.55): one replacement of the JSON string that the edit
  /// rewrites, a key or a value. The finding is located where that string begins (the edit's
  /// pointer is the finding's own), and the string spans one line, ending where its text written
  /// with only the escapes JSON requires ends. A rename of a file, which SARIF's artifact changes
  /// cannot express, has none (`nil`), as has an edit of a string elsewhere.
  static func fix(_ fix: QuickFix, of finding: Finding) -> JSON? {
    let pointer: String
    let from: String
    let to: String
    switch fix.edit {
    case .renameKey(_, let p, let f, let t), .replaceString(_, let p, let f, let t):
      (pointer, from, to) = (p, f, t)
    case .renameFile: return nil
    }
    let location = finding.location
    guard pointer == location.pointer, fix.edit.file == location.file, location.line >= 1,
      location.column >= 1
    else { return nil }
    var deleted = ""
    JSON.appendQuoted(from, to: &deleted)
    var inserted = ""
    JSON.appendQuoted(to, to: &inserted)
    let region = JSON.object([
      ("startLine", .int(location.line)),
      ("startColumn", .int(location.column)),
      ("endLine", .int(location.line)),
      ("endColumn", .int(location.column + deleted.unicodeScalars.count)),
    ])
    let change = JSON.object([
      ("artifactLocation", artifactLocation(location.file)),
      (
        "replacements",
        .array([
          .object([("deletedRegion", region), ("insertedContent", .object([("text", .string(inserted))]))])
        ])
      ),
    ])
    return .object([
      ("description", .object([("text", .string(fix.title))])), ("artifactChanges", .array([change])),
    ])
  }

  /// A little more than the bytes ``write(_:ruleIndex:to:)`` gives `f`: keys, indentation and
  /// strings as they are (percent-encoding and escapes are rare).
  static func estimatedSize(_ f: Finding) -> Int {
    var size = 900 + f.ruleID.utf8.count + f.message.utf8.count + (f.entityID?.utf8.count ?? 0)
    size += f.location.file.utf8.count + f.location.pointer.utf8.count + f.fingerprint.utf8.count
    if let s = f.suppression { size += 250 + s.reason.utf8.count + (s.decision?.utf8.count ?? 0) }
    if let fix = f.fix {
      let (_, _, from, to) = JSONReporter.parts(fix)
      size += 600 + fix.title.utf8.count + 3 * f.location.file.utf8.count + from.utf8.count + to.utf8.count
    }
    return size
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
