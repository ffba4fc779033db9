import MHHSCatalogue
import MHHSLint

/// Everything a diff reporter needs: the tool, the two catalogues as the user named them, the
/// differences and the findings.
public struct DiffReport: Sendable {
  public var tool: Report.Tool
  /// The old and new catalogues as named on the command line (`git:IR7:catalogue`, `catalogue`).
  public var old: String
  public var new: String
  public var result: DiffResult
  /// The descriptions of the diff rules that ran, for the formats that list rules (SARIF, JUnit).
  public var rules: [RuleDescription]

  public init(tool: Report.Tool, old: String, new: String, result: DiffResult, rules: [RuleDescription] = [])
  {
    self.tool = tool
    self.old = old
    self.new = new
    self.result = result
    self.rules = rules
  }

  public var diff: CatalogueDiff { result.diff }

  /// Unsuppressed findings, in report order.
  public var activeFindings: [Finding] { result.findings.filter { !$0.isSuppressed } }
}

/// The `mhhs diff` formats, by the name used on the command line: the diff's own, and the lint
/// formats that CI platforms read, which report the diff rules' findings only.
public enum DiffFormat: String, Sendable, CaseIterable {
  case text
  case json
  case markdown
  case github
  case sarif
  case junit
  case codeclimate

  public var reporter: any Reporter<DiffReport> {
    switch self {
    case .text: DiffTextReporter()
    case .json: DiffJSONReporter()
    case .markdown: DiffMarkdownReporter()
    case .github: DiffFindingsReporter(.github)
    case .sarif: DiffFindingsReporter(.sarif)
    case .junit: DiffFindingsReporter(.junit)
    case .codeclimate: DiffFindingsReporter(.codeclimate)
    }
  }
}

extension Wording {
  /// "3 added, 1 removed, 4 changed", and how many changed only their `sources`
  /// ("…, 1 changed, 57 with new sources only"): those are not counted as changed.
  public static func changeSummary(_ diff: CatalogueDiff) -> String {
    let sourcesOnly = diff.changes.count(where: \.onlySourcesChanged)
    var parts = EntityChange.Change.allCases.map { change in
      "\(diff.count(change) - (change == .changed ? sourcesOnly : 0)) \(change.rawValue)"
    }
    if sourcesOnly > 0 { parts.append("\(sourcesOnly) with new sources only") }
    return parts.joined(separator: ", ")
  }

  /// "version 1.0 → 1.1", "version 1.0", or nothing.
  public static func versions(_ change: EntityChange) -> String? {
    switch (change.oldVersion, change.newVersion) {
    case (let o?, let n?) where o != n: "version \(o) → \(n)"
    case (_, let n?): "version \(n)"
    case (let o?, nil): "version \(o)"
    case (nil, nil): nil
    }
  }

  /// What happened to a field: "removed ReactivePower; added Foo", "011 → 012"; for an added
  /// entity just the value. Each value passes through `quote` (the Markdown report sets them
  /// in code spans), the words around them do not.
  /// Changed `sources` are counted, not quoted: they are provenance, and an import from a new
  /// edition of a document changes them everywhere (the JSON format has them in full).
  public static func fieldChange(
    _ field: FieldChange, in change: EntityChange, quote: (String) -> String = { $0 }
  ) -> String {
    if change.change == .added { return field.new.map { DiffText.value($0, quote: quote) } ?? "" }
    if field.field == "sources", field.isSet, field.old != nil, field.new != nil {
      var parts: [String] = []
      if !field.removed.isEmpty {
        parts.append("\(plural(field.removed.count, "source", "sources")) removed")
      }
      if !field.added.isEmpty { parts.append("\(plural(field.added.count, "source", "sources")) added") }
      return parts.joined(separator: ", ")
    }
    return DiffText.describe(field, quote: quote)
  }

  /// The field changes worth listing: added history entries are shown from
  /// ``EntityChange/newHistory`` instead, and an added entity's name, version and sources are
  /// left to its heading and its file.
  public static func listedFields(_ change: EntityChange) -> [FieldChange] {
    change.fields.filter { field in
      if field.field == "history" && field.old == nil && field.pointer != "/history" { return false }
      if change.change == .added && ["name", "title", "version", "sources", "history"].contains(field.field) {
        return false
      }
      return true
    }
  }
}
