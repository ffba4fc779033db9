import MHHSCatalogue
import MHHSLint

/// The JSON form of `mhhs diff`: the findings in the shape of `mhhs lint --format json`, and the
/// changes entity by entity with every changed field's pointer, old and new value.
public struct DiffJSONReporter: Reporter {
  public init() {}

  public func render(_ report: DiffReport) -> String {
    let result = report.result
    let summary: JSON = .object(
      Severity.allCases.map { ($0.rawValue, JSON.int(result.count($0))) }
        + [("suppressed", .int(result.suppressedCount))]
        + EntityChange.Change.allCases.map { ($0.rawValue, JSON.int(report.diff.count($0))) })
    let bytes = JSONWriter.document(estimatedSize: 4096 + 512 * result.findings.count) { json in
      json.beginObject()
      json.key("tool")
      json.value(.object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))]))
      json.key("old")
      json.string(report.old)
      json.key("new")
      json.string(report.new)
      json.key("summary")
      json.value(summary)
      json.key("findings")
      json.beginArray()
      for finding in result.findings { JSONReporter.write(finding, to: &json) }
      json.endArray()
      json.key("changes")
      json.value(.array(report.diff.changes.map(Self.change)))
      json.endObject()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func change(_ c: EntityChange) -> JSON {
    var members: [(String, JSON)] = [
      ("kind", .string(c.kind.rawValue)),
      ("entity", .string(c.id)),
      ("change", .string(c.change.rawValue)),
      ("name", .optional(c.name)),
      ("oldVersion", .optional(c.oldVersion)),
      ("newVersion", .optional(c.newVersion)),
      ("old", c.oldOrigin.map { location($0.location) } ?? .null),
      ("new", c.newOrigin.map { location($0.location) } ?? .null),
      ("fields", .array(c.fields.map(field))),
      (
        "history",
        .array(
          c.newHistory.map { h in
            .object([
              ("version", .string(h.version)), ("release", .optional(h.release)),
              ("changes", .array(h.changes.map(JSON.string))), ("summary", .optional(h.summary)),
            ])
          })
      ),
    ]
    if let impact = c.payload {
      members.append(("reaches", .array(impact.reaches.map(route))))
      members.append(
        (
          "breaks",
          .array(
            impact.breaks.map { b in
              .object([
                ("field", .string(b.field.displayName)), ("pointer", .string(b.field.pointer)),
                ("side", .string(b.side.rawValue)), ("what", .string(b.what)),
              ])
            })
        ))
    }
    return .object(members)
  }

  /// `{"interface": "IF-033", "variants": [1], "via": ["S1", "DI-995", "DT-995"]}`.
  static func route(_ r: PayloadRoute) -> JSON {
    .object([
      ("interface", .string(r.interface)), ("variants", .array(r.variants.map(JSON.int))),
      ("via", .array(r.via.map(JSON.string))),
    ])
  }

  static func field(_ f: FieldChange) -> JSON {
    .object([
      ("pointer", .string(f.pointer)),
      ("field", .string(f.displayName)),
      ("old", f.old ?? .null),
      ("new", f.new ?? .null),
      ("comparedAsSet", .bool(f.isSet)),
      ("added", .array(f.added)),
      ("removed", .array(f.removed)),
      ("oldLocation", f.oldLocation.map(location) ?? .null),
      ("newLocation", f.newLocation.map(location) ?? .null),
    ])
  }

  static func location(_ l: SourceLocation) -> JSON {
    .object([
      ("file", .string(l.file)), ("line", .int(l.line)), ("column", .int(l.column)),
      ("pointer", .string(l.pointer)),
    ])
  }
}
