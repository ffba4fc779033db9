import MHHSCatalogue
import MHHSLint

/// The stable JSON report of `cli.md`: tool, catalogue, release, summary, findings.
public struct JSONReporter: Reporter {
  public init() {}

  public func render(_ report: Report) -> String {
    String(decoding: renderBytes(report), as: UTF8.self)
  }

  /// The report written straight into one buffer of about its final size.
  public func renderBytes(_ report: Report) -> [UInt8] {
    let result = report.result
    let size = 1024 + result.findings.reduce(0) { $0 + Self.estimatedSize($1) }
    return JSONWriter.document(estimatedSize: size) { json in
      json.beginObject()
      json.key("tool")
      json.beginObject()
      json.key("name")
      json.string(report.tool.name)
      json.key("version")
      json.string(report.tool.version)
      json.endObject()
      json.key("catalogue")
      json.string(report.catalogue)
      json.key("release")
      json.string(orNull: result.release)
      json.key("summary")
      json.beginObject()
      for severity in Severity.allCases {
        json.key(severity.rawValue)
        json.int(result.count(severity))
      }
      json.key("suppressed")
      json.int(result.suppressedCount)
      json.key("entities")
      json.beginObject()
      for (kind, key) in [
        (EntityKind.interface, "interface"), (.dataflow, "dataflow"), (.nfr, "nfr"),
        (.changeRequest, "changeRequest"),
      ] + Wording.payloadKinds.filter { (result.entityCounts[$0] ?? 0) > 0 }.map { ($0, $0.rawValue) } {
        json.key(key)
        json.int(result.entityCounts[kind] ?? 0)
      }
      json.endObject()
      json.endObject()
      json.key("findings")
      json.beginArray()
      for finding in result.findings { Self.write(finding, to: &json) }
      json.endArray()
      json.endObject()
    }
  }

  /// One finding in the JSON shape (also used by other JSON outputs).
  public static func write(_ f: Finding, to json: inout JSONWriter) {
    json.beginObject()
    json.key("rule")
    json.string(f.ruleID)
    json.key("severity")
    json.string(f.severity.rawValue)
    json.key("message")
    json.string(f.message)
    json.key("entity")
    json.string(orNull: f.entityID)
    json.key("file")
    json.string(f.location.file)
    json.key("line")
    json.int(f.location.line)
    json.key("column")
    json.int(f.location.column)
    json.key("pointer")
    json.string(f.location.pointer)
    json.key("fingerprint")
    json.string(f.fingerprint)
    json.key("suppressed")
    json.bool(f.isSuppressed)
    json.key("suppression")
    if let s = f.suppression {
      json.beginObject()
      json.key("kind")
      json.string(s.kind.rawValue)
      json.key("reason")
      json.string(s.reason)
      json.key("decision")
      json.string(orNull: s.decision)
      json.endObject()
    } else {
      json.null()
    }
    if let fix = f.fix {
      json.key("fix")
      write(fix, to: &json)
    }
    json.endObject()
  }

  /// A finding's fix, present only on findings that have one: `title`, `kind` (`renameKey`,
  /// `replaceString` or `renameFile`), the `file` it changes, the `pointer` of the key or string
  /// it rewrites (`""` for a rename of the file), and the text it changes `from` and `to` (for a
  /// rename, the file's name in its folder).
  static func write(_ fix: QuickFix, to json: inout JSONWriter) {
    let (kind, pointer, from, to) = parts(fix)
    json.beginObject()
    json.key("title")
    json.string(fix.title)
    json.key("kind")
    json.string(kind)
    json.key("file")
    json.string(fix.edit.file)
    json.key("pointer")
    json.string(pointer)
    json.key("from")
    json.string(from)
    json.key("to")
    json.string(to)
    json.endObject()
  }

  /// The members of a fix's JSON object after its title and file.
  static func parts(_ fix: QuickFix) -> (kind: String, pointer: String, from: String, to: String) {
    switch fix.edit {
    case .renameKey(_, let pointer, let from, let to): ("renameKey", pointer, from, to)
    case .replaceString(_, let pointer, let from, let to): ("replaceString", pointer, from, to)
    case .renameFile(let file, let name):
      ("renameFile", "", String(file.split(separator: "/").last ?? ""), name)
    }
  }

  /// A little more than the bytes ``write(_:to:)`` gives `f` at the depth of the report's
  /// findings: its keys and indentation, and its strings as they are (escapes are rare).
  static func estimatedSize(_ f: Finding) -> Int {
    var size = 300 + f.ruleID.utf8.count + f.message.utf8.count + (f.entityID?.utf8.count ?? 0)
    size += f.location.file.utf8.count + f.location.pointer.utf8.count + f.fingerprint.utf8.count
    if let s = f.suppression { size += 120 + s.reason.utf8.count + (s.decision?.utf8.count ?? 0) }
    if let fix = f.fix {
      let (_, pointer, from, to) = parts(fix)
      size +=
        200 + fix.title.utf8.count + fix.edit.file.utf8.count + pointer.utf8.count + from.utf8.count
        + to.utf8.count
    }
    return size
  }
}
