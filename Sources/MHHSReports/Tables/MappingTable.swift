import MHHSCatalogue
import MHHSLint

/// The DES196-style mapping tables, built from the same catalogue the rules check: D-flow to
/// interfaces (`--by flow`), interface to D-flows (`--by interface`), and the payload tables:
/// data item to the interfaces carrying it (`--by item`) and each interface's payload flattened
/// to wire paths (`--by payload`).
public struct MappingTable: Sendable, Equatable {
  public enum Grouping: String, Sendable, CaseIterable {
    case flow, interface, item, payload
  }

  public enum Format: String, Sendable, CaseIterable {
    case csv, markdown, html, json
  }

  /// One cell: a text, a list (written joined by "; " in text formats), or nothing.
  public enum Cell: Sendable, Equatable {
    case text(String)
    case list([String])
    case empty

    /// The cell as text; lists joined by "; " (which `mhhs import csv` splits again).
    public var text: String {
      switch self {
      case .text(let s): s
      case .list(let items): items.joined(separator: "; ")
      case .empty: ""
      }
    }

    var json: JSON {
      switch self {
      case .text(let s): .string(s)
      case .list(let items): .array(items.map(JSON.string))
      case .empty: .null
      }
    }
  }

  public struct Column: Sendable, Equatable {
    /// The heading (`Replaced by`).
    public var title: String
    /// The key in the JSON form (`replacedBy`).
    public var key: String
  }

  public enum BuildError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownRelease(String, known: [String])

    public var description: String {
      switch self {
      case .unknownRelease(let id, let known):
        "unknown release '\(id)'\(NearestName.hint(id, from: known)); the catalogue's releases are "
          + (known.isEmpty ? "none" : known.joined(separator: ", "))
      }
    }
  }

  public var grouping: Grouping
  public var release: String?
  public var columns: [Column]
  public var rows: [[Cell]]

  public static func columns(_ grouping: Grouping) -> [Column] {
    switch grouping {
    case .flow:
      [
        Column(title: "Flow", key: "flow"), Column(title: "Version", key: "version"),
        Column(title: "Name", key: "name"), Column(title: "Ownership", key: "ownership"),
        Column(title: "Disposition", key: "disposition"), Column(title: "Replaced by", key: "replacedBy"),
        Column(title: "Decision", key: "decision"), Column(title: "Rationale", key: "rationale"),
      ]
    case .interface:
      [
        Column(title: "Interface", key: "interface"), Column(title: "Name", key: "name"),
        Column(title: "Transport", key: "transport"), Column(title: "From", key: "from"),
        Column(title: "To", key: "to"), Column(title: "Replaces", key: "replaces"),
      ]
    case .item: itemColumns
    case .payload: payloadColumns
    }
  }

  /// The table for `catalogue`. With `release`, only the interfaces in scope at that release
  /// (introduced no later, not yet withdrawn) appear: as rows of the interface and payload
  /// tables, in the "Replaced by" column of the flow table, and as carriers in the item table.
  public static func build(_ catalogue: Catalogue, by grouping: Grouping, release: String? = nil)
    throws(BuildError) -> MappingTable
  {
    var scope = ReleaseScope.wholeCatalogue
    if let release {
      guard let releaseScope = ReleaseScope(release, in: catalogue) else {
        throw .unknownRelease(release, known: catalogue.releases.map(\.id.value))
      }
      scope = releaseScope
    }
    func inScope(_ id: String) -> Bool {
      guard let interface = catalogue.interface(id) else { return true }
      return scope.contains(interface, in: catalogue)
    }
    func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
    func list(_ values: [String]?) -> Cell { values.map(Cell.list) ?? .empty }
    func byID<E: Entity>(_ a: E, _ b: E) -> Bool {
      Array(a.id.value.utf8).lexicographicallyPrecedes(Array(b.id.value.utf8))
    }

    var rows: [[Cell]] = []
    switch grouping {
    case .flow:
      for flow in catalogue.dataflows.sorted(by: byID) {
        let fate = flow.mhhs?.value
        rows.append([
          .text(flow.id.value), text(flow.version?.value), text(flow.name?.value),
          text(flow.ownership?.value.rawValue), text(fate?.disposition?.value.rawValue),
          list(fate?.replacedBy.map { $0.values().filter(inScope) }), text(fate?.decision?.value),
          text(fate?.rationale?.value),
        ])
      }
    case .interface:
      for interface in catalogue.interfaces.sorted(by: byID) where inScope(interface.id.value) {
        rows.append([
          .text(interface.id.value), text(interface.name?.value), text(interface.transport?.value.rawValue),
          list(interface.from?.values()), list(interface.to?.values()), list(interface.replaces?.values()),
        ])
      }
    case .item:
      rows = itemRows(
        catalogue, interfaces: catalogue.interfaces.sorted(by: byID).filter { inScope($0.id.value) })
    case .payload:
      rows = payloadRows(
        catalogue, interfaces: catalogue.interfaces.sorted(by: byID).filter { inScope($0.id.value) })
    }
    return MappingTable(grouping: grouping, release: release, columns: columns(grouping), rows: rows)
  }

  // MARK: Rendering

  public func render(_ format: Format) -> String {
    switch format {
    case .csv: csv()
    case .markdown: markdown()
    case .html: html()
    case .json: json()
    }
  }

  /// RFC 4180 with CRLF line ends, preceded by a UTF-8 byte order mark so that spreadsheet
  /// programs (Excel) read the text as UTF-8 rather than a legacy code page.
  public func csv() -> String {
    CSV.render([columns.map(\.title)] + rows.map { $0.map(\.text) }, byteOrderMark: true)
  }

  public var title: String {
    let base =
      switch grouping {
      case .flow: "D-flow to interface mapping"
      case .interface: "Interface to D-flow mapping"
      case .item: "Data item to interface mapping"
      case .payload: "Interface payload fields"
      }
    return release.map { "\(base) (release \($0))" } ?? base
  }

  /// A GitHub-flavoured Markdown table, escaped as the Markdown report escapes (Markdown
  /// punctuation, `<`, `>`, `&`; line breaks inside a cell become spaces).
  public func markdown() -> String {
    let escape = MarkdownEscaping.inline
    var lines = ["# \(escape(title))", ""]
    lines.append("| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |")
    lines.append("|" + columns.map { _ in " --- |" }.joined())
    for row in rows {
      lines.append("| " + row.map { escape($0.text) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One self-contained HTML file: inline CSS, no scripts, no external references.
  public func html() -> String {
    let e = XMLEscaping.attribute
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(e(title))</title>
      <style>
      body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
      table { border-collapse: collapse; font-size: 0.9rem; }
      th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
      th { background: #eef1f5; position: sticky; top: 0; }
      tbody tr:nth-child(even) { background: #f8f9fb; }
      td.empty { color: #999; }
      @media print { th { position: static; } body { margin: 0; } }
      </style>
      </head>
      <body>
      <h1>\(e(title))</h1>
      <p>\(rows.count) \(rowNoun)\(rows.count == 1 ? "" : "s").</p>
      <table>
      <thead><tr>
      """
    out += columns.map { "<th scope=\"col\">\(e($0.title))</th>" }.joined()
    out += "</tr></thead>\n<tbody>\n"
    for row in rows {
      out += "<tr>"
      for (index, cell) in row.enumerated() {
        let tag = index == 0 ? "th scope=\"row\"" : "td"
        let close = index == 0 ? "th" : "td"
        switch cell {
        case .empty: out += "<\(tag == "td" ? "td class=\"empty\"" : tag)>–</\(close)>"
        case .text(let s): out += "<\(tag)>\(XMLEscaping.htmlLines(s))</\(close)>"
        case .list(let items): out += "<\(tag)>\(items.map(e).joined(separator: "<br>"))</\(close)>"
        }
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n</body>\n</html>\n"
    return out
  }

  /// What one row is, for the count above the HTML table.
  private var rowNoun: String {
    switch grouping {
    case .flow: "D-flow"
    case .interface: "interface"
    case .item: "row"
    case .payload: "field"
    }
  }

  /// `{ "by", "release", "columns", "rows": [ { key: value } ] }`; lists are arrays, absent
  /// values `null`.
  public func json() -> String {
    JSON.object([
      ("by", .string(grouping.rawValue)),
      ("release", .optional(release)),
      ("columns", .array(columns.map { .object([("key", .string($0.key)), ("title", .string($0.title))]) })),
      ("rows", .array(rows.map { row in .object(zip(columns, row).map { ($0.key, $1.json) }) })),
    ]).render()
  }
}
