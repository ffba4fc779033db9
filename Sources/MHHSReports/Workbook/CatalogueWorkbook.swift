import MHHSCatalogue
import MHHSLint

/// The whole catalogue as one workbook (`mhhs export --format xlsx`): a sheet per entity kind,
/// the mapping tables, and the lint findings. Every cell that names another entity (alone)
/// links to that entity's row.
///
/// The interface and D-flow sheets have exactly the columns `mhhs import csv` and `import xlsx`
/// read (``importColumns``), so an edited workbook imports back; the other kinds show every
/// field their files hold, lists of names joined by "; " and nested records as JSON.
public enum CatalogueWorkbook {
  /// A column of an entity sheet: its heading and the field it shows (a path into the entity).
  public struct Column: Sendable, Equatable {
    public var title: String
    public var path: [String]
  }

  /// The sheet of each kind, in workbook order.
  public static func sheetName(_ kind: EntityKind) -> String {
    switch kind {
    case .interface: "Interfaces"
    case .dataflow: "D-flows"
    case .nfr: "NFRs"
    case .changeRequest: "Change requests"
    case .role: "Roles"
    case .release: "Releases"
    case .dataType: "Data types"
    case .dataItem: "Data items"
    case .block: "Blocks"
    }
  }

  static let kindOrder: [EntityKind] = [
    .interface, .dataflow, .nfr, .changeRequest, .role, .release, .dataType, .dataItem, .block,
  ]

  /// The columns of the kinds `import csv` reads, with headings it accepts.
  public static func importColumns(_ kind: EntityKind) -> [Column]? {
    func column(_ title: String, _ path: String...) -> Column { Column(title: title, path: path) }
    switch kind {
    case .interface:
      return [
        column("ID", "id"), column("Name", "name"), column("Version", "version"), column("Status", "status"),
        column("Transport", "transport"), column("From", "from"), column("To", "to"),
        column("Events", "events"),
        column("Schema version", "schemaVersion"), column("Process", "process"),
        column("Code drafting name", "codeDraftingName"), column("Time basis", "timeBasis"),
        column("Replaces", "replaces"), column("Introduced in", "introducedIn"),
        column("Withdrawn in", "withdrawnIn"),
      ]
    case .dataflow:
      return [
        column("ID", "id"), column("Version", "version"), column("Name", "name"),
        column("Ownership", "ownership"),
        column("Disposition", "mhhs", "disposition"), column("Replaced by", "mhhs", "replacedBy"),
        column("Decision", "mhhs", "decision"), column("Rationale", "mhhs", "rationale"),
        column("Effective", "mhhs", "effective"),
      ]
    default: return nil
    }
  }

  /// The workbook of `catalogue`; with `release`, the interface sheet and the mapping tables
  /// hold only what is in scope at that release.
  public static func build(_ catalogue: Catalogue, release: String?, findings: [Finding]) throws(MappingTable
    .BuildError) -> Workbook
  {
    var scope = ReleaseScope.wholeCatalogue
    if let release {
      guard let releaseScope = ReleaseScope(release, in: catalogue) else {
        throw .unknownRelease(release, known: catalogue.releases.map(\.id.value))
      }
      scope = releaseScope
    }
    let link: (String) -> Workbook.Link? = { text in
      catalogue.kind(of: text).map { Workbook.Link(sheet: sheetName($0), key: text) }
    }
    var sheets: [Workbook.Sheet] = []
    for kind in kindOrder {
      let trees = entities(of: kind, in: catalogue, scope: scope)
        .sorted { Array($0.id.value.utf8).lexicographicallyPrecedes(Array($1.id.value.utf8)) }
        .map(FieldTree.of)
      let columns = importColumns(kind) ?? fieldColumns(trees)
      let rows = trees.map { tree in
        columns.enumerated().map { index, column in
          let node = column.path.reduce(Optional(tree)) { $0?[$1] }
          let text = node.map(cellText) ?? ""
          return Workbook.Cell(text, link: index == 0 ? nil : linkTarget(node).flatMap(link))
        }
      }
      sheets.append(Workbook.Sheet(name: sheetName(kind), columns: columns.map(\.title), rows: rows))
    }
    // The D-flow mapping tables, not the payload ones: a row per wire field (or carried data
    // item) of every interface runs to millions of rows for a large catalogue, past what a
    // sheet holds; `mhhs mapping --by payload|item --format xlsx` writes them.
    for grouping in [MappingTable.Grouping.flow, .interface] {
      let table = try MappingTable.build(catalogue, by: grouping, release: release)
      sheets.append(table.sheet(link: link))
    }
    sheets.append(findingsSheet(findings, link: link))
    return Workbook(sheets: sheets)
  }

  static func entities(of kind: EntityKind, in catalogue: Catalogue, scope: ReleaseScope) -> [any Entity
    & FieldObject]
  {
    switch kind {
    case .interface: catalogue.interfaces.filter { scope.contains($0, in: catalogue) }
    case .dataflow: catalogue.dataflows
    case .nfr: catalogue.nfrs
    case .changeRequest: catalogue.changeRequests
    case .role: catalogue.roles
    case .release: catalogue.releases
    case .dataType: catalogue.dataTypes
    case .dataItem: catalogue.dataItems
    case .block: catalogue.blocks
    }
  }

  /// Every top-level field the entities hold, `id` first, then in the order first met.
  static func fieldColumns(_ trees: [FieldNode]) -> [Column] {
    var keys = ["id"]
    var seen: Set<String> = ["id"]
    for tree in trees {
      guard case .object(let members) = tree.value else { continue }
      for (key, _) in members where !seen.contains(key) {
        seen.insert(key)
        keys.append(key)
      }
    }
    return keys.map { Column(title: $0, path: [$0]) }
  }

  /// A field as a cell: a text as it is, a list of texts joined by "; ", anything else as JSON.
  static func cellText(_ node: FieldNode) -> String {
    switch node.value {
    case .text(let text): return text
    case .list(let elements):
      let texts = elements.compactMap { if case .text(let t) = $0.value { t } else { nil } }
      if texts.count == elements.count { return texts.joined(separator: "; ") }
      return json(node).render(indent: false)
    case .object: return json(node).render(indent: false)
    }
  }

  /// The text a cell links by: a text, or a list of one text.
  static func linkTarget(_ node: FieldNode?) -> String? {
    switch node?.value {
    case .text(let text): text
    case .list(let elements) where elements.count == 1:
      if case .text(let text) = elements[0].value { text } else { nil }
    default: nil
    }
  }

  static func json(_ node: FieldNode) -> JSON {
    switch node.value {
    case .text(let text): .string(text)
    case .list(let elements): .array(elements.map(json))
    case .object(let members): .object(members.map { ($0.key, json($0.node)) })
    }
  }

  static func findingsSheet(_ findings: [Finding], link: (String) -> Workbook.Link?) -> Workbook.Sheet {
    let columns = [
      "Rule", "Severity", "Entity", "File", "Line", "Column", "Pointer", "Message", "Suppressed",
    ]
    let rows = findings.map { finding -> [Workbook.Cell] in
      [
        Workbook.Cell(finding.ruleID), Workbook.Cell(finding.severity.rawValue),
        Workbook.Cell(finding.entityID ?? "", link: finding.entityID.flatMap(link)),
        Workbook.Cell(finding.location.file), Workbook.Cell(String(finding.location.line)),
        Workbook.Cell(String(finding.location.column)), Workbook.Cell(finding.location.pointer),
        Workbook.Cell(finding.message), Workbook.Cell(finding.suppression?.kind.rawValue ?? ""),
      ]
    }
    return Workbook.Sheet(name: "Findings", columns: columns, rows: rows)
  }
}
