import MHHSCatalogue

/// Short forms of changed values for messages and reports.
public enum DiffText {
  /// A value as people read it: a string as it is, a route as `SDS→SUP`, a list as
  /// `A, B`, a block of a payload as `B044 (custom, required)`, anything else as compact JSON.
  /// `quote` is applied to each value (each element of a list): messages pass ``code(_:)``, the
  /// Markdown report its own code span, the text report nothing.
  public static func value(_ json: JSON, quote: (String) -> String = { $0 }) -> String {
    switch json {
    case .string(let s): return quote(s)
    case .number(let n): return quote(n)
    case .bool(let b): return quote(b ? "true" : "false")
    case .null: return quote("null")
    case .array(let elements):
      return elements.isEmpty ? "(none)" : elements.map { value($0, quote: quote) }.joined(separator: ", ")
    case .object:
      if case .string(let from)? = json["from"], case .string(let to)? = json["to"], json.memberCount == 2 {
        return quote("\(from)→\(to)")
      }
      if case .string(let version)? = json["version"], json["summary"] != nil {
        return quote(
          historyEntry(
            version: version, release: json["release"].map { value($0) },
            changes: json["changes"].map { value($0) }, summary: json["summary"].map { value($0) }))
      }
      if let record = payloadRecord(json) { return quote(record) }
      return quote(json.render(indent: false))
    }
  }

  /// A block of a payload variant (`B044 (custom, required)`, `B035 as B035List (…)`) or a
  /// field of a block that refers to an item, data type or block (`registers: B067 (optional,
  /// list)`); `nil` for any other object, such as a field defined in place.
  static func payloadRecord(_ json: JSON) -> String? {
    guard case .object(let members) = json,
      members.allSatisfy({
        ["block", "name", "section", "required", "list", "item", "dataType"].contains($0.0)
      })
    else { return nil }
    func text(_ key: String) -> String? {
      guard case .string(let s)? = json[key] else { return nil }
      return s
    }
    var notes: [String] = []
    if let section = text("section") { notes.append(section) }
    if let required = text("required") { notes.append(required == "true" ? "required" : "optional") }
    if json["list"] != nil { notes.append("list") }
    let detail = notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"
    let name = text("name")
    if let block = text("block"), text("section") != nil || name == nil {
      return block + (name.map { " as \($0)" } ?? "") + detail
    }
    guard let name, let target = text("item") ?? text("dataType") ?? text("block") else { return nil }
    return "\(name): \(target)\(detail)"
  }

  /// A history entry in one line: `1.1 (IR7; CR034, DIN-922): summary`.
  public static func historyEntry(version: String, release: String?, changes: String?, summary: String?)
    -> String
  {
    let cited = changes.flatMap { $0 == "(none)" || $0.isEmpty ? nil : $0 }
    let detail = [release, cited].compactMap { $0 }.joined(separator: "; ")
    return version + (detail.isEmpty ? "" : " (\(detail))") + (summary.map { ": \($0)" } ?? "")
  }

  /// `A, B` for a list of values, each passed through `quote`.
  public static func list(_ values: [JSON], quote: (String) -> String = { $0 }) -> String {
    values.map { value($0, quote: quote) }.joined(separator: ", ")
  }

  /// `text` as a code span in a message, as Markdown reads one: fenced by one backtick more
  /// than the longest run of backticks inside it, and padded with a space on each side when it
  /// starts or ends with a backtick or with a space on both sides (the one space on each side
  /// that CommonMark strips). Line breaks are left to the reporters' escaping.
  public static func code(_ text: String) -> String {
    var run = 0
    var longestRun = 0
    for scalar in text.unicodeScalars {
      run = scalar == "`" ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    let fence = String(repeating: "`", count: longestRun + 1)
    let first = text.unicodeScalars.first
    let last = text.unicodeScalars.last
    let spaced = first == " " && last == " " && text.unicodeScalars.contains { $0 != " " }
    let pad = first == "`" || last == "`" || spaced ? " " : ""
    return fence + pad + text + pad + fence
  }

  /// What happened to a field, in words: `removed ReactivePower; added Foo`, `011 → 012`,
  /// `added PT6S`, `removed (was 011)`.
  /// Values pass through `quote` as in ``value(_:quote:)``.
  public static func describe(_ change: FieldChange, quote: (String) -> String = { $0 }) -> String {
    if change.isSet, change.old != nil, change.new != nil {
      var parts: [String] = []
      if !change.removed.isEmpty { parts.append("removed \(list(change.removed, quote: quote))") }
      if !change.added.isEmpty { parts.append("added \(list(change.added, quote: quote))") }
      return parts.joined(separator: "; ")
    }
    switch (change.old, change.new) {
    case (let o?, let n?): return "\(value(o, quote: quote)) → \(value(n, quote: quote))"
    case (nil, let n?): return "added \(value(n, quote: quote))"
    case (let o?, nil): return "removed (was \(value(o, quote: quote)))"
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
