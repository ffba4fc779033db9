import MHHSCatalogue

/// Interfaces or D-flows from rows exported from a spreadsheet (RFC 4180, see ``CSV``).
///
/// The header row names the fields, case-insensitively and ignoring spaces, `-` and `_`
/// (`schemaVersion`, `Schema version`, `Replaced by`); `Interface` and `Flow` name the id, so a
/// table written by `mhhs mapping` reads back. List fields (`from`, `to`, `events`, `replaces`,
/// `replacedBy`) are separated by `;`. An empty cell sets nothing (an import never clears a
/// field). An unknown header is an error that names it. Each row that sets a field adds a
/// `sources` line naming the file and the fields (see ``sourceLine(file:fields:)``).
public enum CSVImporter {
  public enum Kind: String, Sendable, CaseIterable {
    case interfaces, dataflows

    var entityKind: EntityKind { self == .interfaces ? .interface : .dataflow }

    /// The sheet `mhhs export` writes this kind to.
    public var sheetName: String { self == .interfaces ? "Interfaces" : "D-flows" }
  }

  struct Column {
    var path: [String]
    var isList: Bool
  }

  static func columns(_ kind: Kind) -> [String: Column] {
    func plain(_ name: String) -> Column { Column(path: [name], isList: false) }
    func list(_ name: String) -> Column { Column(path: [name], isList: true) }
    switch kind {
    case .interfaces:
      return [
        "id": plain("id"), "interface": plain("id"), "name": plain("name"), "version": plain("version"),
        "status": plain("status"), "transport": plain("transport"), "from": list("from"), "to": list("to"),
        "events": list("events"), "schemaversion": plain("schemaVersion"), "process": plain("process"),
        "codedraftingname": plain("codeDraftingName"), "timebasis": plain("timeBasis"),
        "replaces": list("replaces"), "introducedin": plain("introducedIn"),
        "withdrawnin": plain("withdrawnIn"),
      ]
    case .dataflows:
      return [
        "id": plain("id"), "flow": plain("id"), "version": plain("version"), "name": plain("name"),
        "ownership": plain("ownership"),
        "disposition": Column(path: ["mhhs", "disposition"], isList: false),
        "replacedby": Column(path: ["mhhs", "replacedBy"], isList: true),
        "decision": Column(path: ["mhhs", "decision"], isList: false),
        "rationale": Column(path: ["mhhs", "rationale"], isList: false),
        "effective": Column(path: ["mhhs", "effective"], isList: false),
      ]
    }
  }

  /// The header as a lookup key: lower case, without spaces, `-` and `_`.
  static func normalise(_ header: String) -> String {
    String(header.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" && $0 != "\t" })
  }

  public static func read(_ path: String, kind: Kind) throws(ImportError) -> ImportResult {
    guard try ImportSource.shape(of: path) == .file else {
      throw ImportError("'\(path)' is a folder; pass a CSV file")
    }
    return try entities(csv: try ImportSource.read(path), kind: kind, file: ImportSource.baseName(path))
  }

  /// The entities of a CSV text (pure). Throws when the text is not CSV or the header is unusable.
  public static func entities(csv bytes: [UInt8], kind: Kind, file: String) throws(ImportError)
    -> ImportResult
  {
    let rows: [[String]]
    switch CSV.parse(bytes) {
    case .success(let r): rows = r
    case .failure(let e): throw ImportError("\(file) is not valid CSV: \(e)")
    }
    return try entities(
      rows: rows.enumerated().map { Row(number: $0.offset + 1, fields: $0.element) }, kind: kind, file: file,
      origin: "CSV file")
  }

  /// One row of a table, numbered as its source numbers it.
  public struct Row: Sendable, Equatable {
    public var number: Int
    public var fields: [String]

    public init(number: Int, fields: [String]) {
      self.number = number
      self.fields = fields
    }
  }

  /// The entities of a table whose first row is the header (pure): the rows of a CSV file or of
  /// a workbook's sheet. The `sources` line reads `<origin> '<file>'<place>: fields`
  /// (`Workbook 'map.xlsx' sheet 'D-flows': name`); messages name the table as `file` and
  /// `place`.
  public static func entities(
    rows: [Row], kind: Kind, file source: String, origin: String, place: String = ""
  )
    throws(ImportError) -> ImportResult
  {
    let file = source + place
    guard let header = rows.first?.fields, !(header.count == 1 && header[0].isEmpty), !header.isEmpty else {
      throw ImportError("\(file) is empty; the first row must name the fields")
    }
    let known = columns(kind)
    var mapped: [Column?] = []
    var unknown: [String] = []
    var seen: [String: String] = [:]
    for name in header {
      let key = normalise(name)
      if key.isEmpty {
        mapped.append(nil)
        continue
      }
      guard let column = known[key] else {
        unknown.append(name)
        mapped.append(nil)
        continue
      }
      let field = column.path.joined(separator: ".")
      if let other = seen[field] {
        throw ImportError("\(file): the columns \"\(other)\" and \"\(name)\" both name the field \(field)")
      }
      seen[field] = name
      mapped.append(column)
    }
    if !unknown.isEmpty {
      let fields = Set(known.values.map { $0.path.last! }).sorted()
      throw ImportError(
        "\(file): unknown column\(unknown.count == 1 ? "" : "s") "
          + unknown.map { "\"\($0)\"" + NearestName.hint($0, from: fields) }.joined(separator: ", ")
          + "; the \(kind.rawValue) columns are: \(fields.joined(separator: ", "))")
    }
    guard let idColumn = mapped.firstIndex(where: { $0?.path == ["id"] }) else {
      throw ImportError("\(file) has no id column (id, \(kind == .interfaces ? "Interface" : "Flow"))")
    }

    var problems: [ImportProblem] = []
    var entities: [ImportedEntity] = []
    for numbered in rows.dropFirst() {
      let row = numbered.fields
      let rowNumber = numbered.number
      if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
      guard row.count == header.count else {
        problems.append(
          .init(
            .error,
            "\(file) row \(rowNumber) has \(row.count) fields but the header has \(header.count); it was skipped"
          ))
        continue
      }
      let id = row[idColumn].trimmed
      guard !id.isEmpty else {
        problems.append(.init(.error, "\(file) row \(rowNumber) has no id; it was skipped"))
        continue
      }
      var entity = ImportedEntity(kind: kind.entityKind, id: id)
      for (index, column) in mapped.enumerated() {
        guard let column, column.path != ["id"] else { continue }
        let cell = row[index].trimmed
        if cell.isEmpty { continue }
        if column.isList {
          let items = cell.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
          entity.fields.append(ImportedField(column.path, .array(items.map(JSON.string))))
        } else {
          entity.fields.append(ImportedField(column.path, .string(cell)))
        }
      }
      if let line = sourceLine(file: source, fields: entity.fields, origin: origin, place: place) {
        entity.sourceLines = [line]
      }
      entities.append(entity)
    }
    return ImportResult(entities: entities, problems: problems)
  }
}

extension CSVImporter {
  /// The `sources` line of a row: the file and the fields the row sets (`CSV file 'roles.csv':
  /// from, to`; `origin` is the first words), so a reader sees which facts rest on it; nil for a
  /// row that sets nothing. A line another file of the same origin wrote for the same fields is
  /// replaced, since those fields now come from this file.
  static func sourceLine(
    file: String, fields: [ImportedField], origin: String = "CSV file", place: String = ""
  )
    -> SourceLine?
  {
    guard !fields.isEmpty else { return nil }
    let prefix = origin + " '"
    let suffix = "'" + place + ": " + fields.map(\.name).joined(separator: ", ")
    return SourceLine(text: prefix + file + suffix, prefix: prefix, suffix: suffix)
  }
}

extension String {
  /// Without spaces, tabs and line breaks at either end.
  fileprivate var trimmed: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(self[first...last])
  }
}
