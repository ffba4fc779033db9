import MHHSCatalogue

/// Short forms of changed values for messages and reports.
public enum DiffText {
  /// A value as people read it: a string as it is, a route as `SDS→SUP`, a list as
  /// `A, B`, anything else as compact JSON.
  public static func value(_ json: JSON) -> String {
    switch json {
    case .string(let s): return s
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array(let elements):
      return elements.isEmpty ? "(none)" : elements.map(value).joined(separator: ", ")
    case .object:
      if case .string(let from)? = json["from"], case .string(let to)? = json["to"], json.memberCount == 2 {
        return "\(from)→\(to)"
      }
      if case .string(let version)? = json["version"], json["summary"] != nil {
        return historyEntry(
          version: version, release: json["release"].map(value), changes: json["changes"].map(value),
          summary: json["summary"].map(value))
      }
      return json.render(indent: false)
    }
  }

  /// A history entry in one line: `1.1 (IR7; CR034, DIN-922): summary`.
  public static func historyEntry(version: String, release: String?, changes: String?, summary: String?)
    -> String
  {
    let cited = changes.flatMap { $0 == "(none)" || $0.isEmpty ? nil : $0 }
    let detail = [release, cited].compactMap { $0 }.joined(separator: "; ")
    return version + (detail.isEmpty ? "" : " (\(detail))") + (summary.map { ": \($0)" } ?? "")
  }

  /// `A, B` for a list of values.
  public static func list(_ values: [JSON]) -> String { values.map(value).joined(separator: ", ") }

  /// What happened to a field, in words: `removed ReactivePower; added Foo`, `011 → 012`,
  /// `added PT6S`, `removed (was 011)`.
  public static func describe(_ change: FieldChange) -> String {
    if change.isSet, change.old != nil, change.new != nil {
      var parts: [String] = []
      if !change.removed.isEmpty { parts.append("removed \(list(change.removed))") }
      if !change.added.isEmpty { parts.append("added \(list(change.added))") }
      return parts.joined(separator: "; ")
    }
    switch (change.old, change.new) {
    case (let o?, let n?): return "\(value(o)) → \(value(n))"
    case (nil, let n?): return "added \(value(n))"
    case (let o?, nil): return "removed (was \(value(o)))"
    case (nil, nil): return "unchanged"
    }
  }
}

extension JSON {
  fileprivate var memberCount: Int {
    if case .object(let m) = self { return m.count }
    return 0
  }
}
