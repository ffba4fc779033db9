import MHHSCatalogue

/// Merges imported entities into the files of a catalogue directory and returns the plan; it
/// reads files but never writes.
///
/// An import owns only the fields it reads: it sets them, adds its `sources` line, and keeps
/// every other member where it is. New keys go to their place in the canonical order of the
/// catalogue format. A file whose owned fields already hold the imported values is left alone,
/// byte for byte.
public struct ImportMerger: Sendable {
  /// Reads a file of the target catalogue by relative path: its bytes, or `nil` when absent.
  public typealias Reader = @Sendable (String) -> Result<[UInt8], ImportError>?

  public var read: Reader

  public init(read: @escaping Reader) { self.read = read }

  /// A merger over the catalogue in `directory` on disk. A file or folder in `directory` that
  /// is a symbolic link is neither read nor (as the plan then leaves it out) written.
  public init(directory: String) {
    self.read = { relativePath in
      let path = directory + "/" + relativePath
      var prefix = directory
      for part in relativePath.split(separator: "/") {
        prefix += "/" + part
        if FileSystem.type(of: prefix) == .symlink {
          return .failure(
            ImportError(
              "\(prefix) is a symbolic link; import neither reads nor writes through links, "
                + "so nothing was written for \(relativePath)"))
        }
      }
      guard FileSystem.type(of: path, followingLinks: true) != .missing else { return nil }
      switch FileSystem.readFile(path, as: .catalogueFile) {
      case .success(let bytes): return .success(bytes)
      case .failure(let error): return .failure(ImportError("cannot read \(path): \(error)"))
      }
    }
  }

  /// The canonical key order of an entity of `kind` (catalogue format, version 1).
  public static func canonicalOrder(_ kind: EntityKind) -> [String] {
    switch kind {
    case .interface, .dataflow, .dataType, .dataItem, .block: CatalogueFormat.keyOrder(kind)
    default: ["id"]
    }
  }

  static let nestedOrder: [String: [String]] = [
    "mhhs": ["disposition", "replacedBy", "decision", "rationale", "effective"],
    "responseTimes": ["acknowledgement", "success", "error"],
  ]

  /// Plans the import of `entities`. `selection` limits it to those ids (`--only`); a selected id
  /// the source does not hold is an error. `problems` (from reading the source) are carried into
  /// the plan.
  public func plan(
    _ entities: [ImportedEntity], selection: [String]? = nil, problems: [ImportProblem] = [],
    ensureManifest: Bool = true
  ) -> ImportPlan {
    var plan = ImportPlan()
    let selected = selection.map(Set.init)
    plan.problems = problems.filter { problem in
      guard let selected, let id = problem.id else { return true }
      return selected.contains(id)
    }
    var seen: Set<String> = []
    for entity in entities {
      if let selected, !selected.contains(entity.id) { continue }
      guard entity.kind.folder != nil, entity.kind.idPattern.matches(entity.id) else {
        plan.problems.append(
          .init(
            .error,
            "\(Self.quoted(entity.id)) is not a valid \(entity.kind.displayName) id "
              + "(\(entity.kind.idPattern.display)); it was skipped and nothing was written for it",
            id: entity.id))
        continue
      }
      guard seen.insert(entity.id).inserted else {
        plan.problems.append(
          .init(
            .warning, "\(entity.id) appears more than once in the source; the first one was used",
            id: entity.id))
        continue
      }
      plan.importedIDs.append(entity.id)
      switch merge(entity) {
      case .failure(let problem): plan.problems.append(problem)
      case .success(nil): plan.upToDate += 1
      case .success(let change?): plan.changes.append(change)
      }
    }
    for id in selection ?? [] where !seen.contains(id) && !entities.contains(where: { $0.id == id }) {
      plan.problems.append(.init(.error, "\(Self.quoted(id)) was selected but is not in the source", id: id))
    }
    if ensureManifest, !plan.changes.isEmpty, read("catalogue.json") == nil {
      let manifest = JSON.object([
        ("format", .int(CatalogueLoader.supportedFormat)), ("name", .string("MHHS design catalogue")),
      ])
      plan.changes.insert(
        FileChange(
          relativePath: "catalogue.json", id: nil, old: nil, new: Array(manifest.render().utf8),
          fieldChanges: ["new catalogue manifest (format \(CatalogueLoader.supportedFormat))"]),
        at: 0)
    }
    return plan
  }

  /// The change for one entity, `nil` when it is up to date.
  func merge(_ entity: ImportedEntity) -> Result<FileChange?, ImportProblem> {
    let relativePath = entity.kind.folder! + "/" + entity.id + ".json"
    let order = Self.canonicalOrder(entity.kind)
    var members: [(String, JSON)]
    var changes: [String] = []
    var old: [UInt8]?
    switch read(relativePath) {
    case .failure(let error)?:
      return .failure(.init(.error, error.message, id: entity.id))
    case .success(let bytes)?:
      old = bytes
      let value: JSONValue
      switch JSONParser.parse(bytes) {
      case .success(let v): value = v
      case .failure(let e):
        return .failure(
          .init(
            .error,
            "\(relativePath):\(e.position.line):\(e.position.column): \(e.message); fix the file before importing into it",
            id: entity.id))
      }
      guard case .object(let existing) = value.plain else {
        return .failure(
          .init(.error, "\(relativePath) does not hold a JSON object; fix it before importing", id: entity.id)
        )
      }
      if let id = existing.first(where: { $0.0 == "id" })?.1, id != .string(entity.id) {
        return .failure(
          .init(
            .error,
            "\(relativePath) declares id \(id.render(indent: false)), not \(entity.id); fix it before importing",
            id: entity.id))
      }
      members = existing
    case nil:
      members = [("id", .string(entity.id))]
      changes.append("new \(entity.kind.displayName)")
      for field in entity.defaults where field.path.count == 1 {
        Self.set(field, in: &members, order: order)
      }
    }
    for field in entity.fields {
      let before = Self.value(at: field.path, in: members)
      if before != field.value {
        Self.set(field, in: &members, order: order)
        if old != nil {
          changes.append(
            "\(field.name): \(before.map(Self.describe) ?? "(absent)") → \(Self.describe(field.value))")
        } else {
          changes.append("\(field.name): \(Self.describe(field.value))")
        }
      }
    }
    for key in entity.removedFields {
      guard let index = members.firstIndex(where: { $0.0 == key }) else { continue }
      changes.append("\(key): \(Self.describe(members[index].1)) → (absent)")
      members.remove(at: index)
    }
    // Provenance goes only where this import changed something, so an unchanged source
    // changes no byte.
    if !entity.sourceLines.isEmpty && !changes.isEmpty {
      var sources: [String] = []
      var others: [JSON] = []
      if case .array(let existing)? = Self.value(at: ["sources"], in: members) {
        for element in existing {
          if case .string(let s) = element { sources.append(s) } else { others.append(element) }
        }
      }
      var updated = sources
      for line in entity.sourceLines {
        updated.removeAll { line.isSuperseded($0) }
        if !updated.contains(where: line.isRecorded) { updated.append(line.text) }
      }
      if updated != sources {
        let added = updated.filter { !sources.contains($0) }
        let removed = sources.filter { !updated.contains($0) }
        Self.set(
          ImportedField("sources", .array(updated.map(JSON.string) + others)), in: &members, order: order)
        var change = "sources: "
        if !removed.isEmpty { change += "- " + removed.map(Self.describe(_:)).joined(separator: ", ") + "; " }
        changes.append(change + "+ " + added.map(Self.describe(_:)).joined(separator: ", "))
      }
    }
    if old != nil && changes.isEmpty { return .success(nil) }
    let new = Array(JSON.object(members).render().utf8)
    if new == old { return .success(nil) }
    return .success(
      FileChange(relativePath: relativePath, id: entity.id, old: old, new: new, fieldChanges: changes))
  }

  // MARK: Object editing

  static func value(at path: [String], in members: [(String, JSON)]) -> JSON? {
    guard let first = path.first, let value = members.first(where: { $0.0 == first })?.1 else { return nil }
    if path.count == 1 { return value }
    guard case .object(let inner) = value else { return nil }
    return Self.value(at: Array(path.dropFirst()), in: inner)
  }

  /// Sets the field, keeping an existing key where it is and putting a new key before the first
  /// key that comes after it in `order` (keys unknown to `order`, such as `x`, come last).
  static func set(_ field: ImportedField, in members: inout [(String, JSON)], order: [String]) {
    let key = field.path[0]
    var value = field.value
    if field.path.count > 1 {
      var inner: [(String, JSON)] = []
      if case .object(let existing)? = members.first(where: { $0.0 == key })?.1 { inner = existing }
      set(
        ImportedField(Array(field.path.dropFirst()), field.value), in: &inner,
        order: nestedOrder[key] ?? [])
      value = .object(inner)
    }
    if let index = members.firstIndex(where: { $0.0 == key }) {
      members[index].1 = value
      return
    }
    let rank = order.firstIndex(of: key) ?? order.count
    let index =
      members.firstIndex { (existingKey, _) in (order.firstIndex(of: existingKey) ?? order.count + 1) > rank }
      ?? members.count
    members.insert((key, value), at: index)
  }

  static func describe(_ value: JSON) -> String {
    let text = value.render(indent: false)
    return text.count > 160 ? String(text.prefix(157)) + "…" : text
  }

  static func describe(_ text: String) -> String { describe(JSON.string(text)) }

  /// `text` as a JSON string literal, so that control characters and path tricks show plainly.
  static func quoted(_ text: String) -> String { JSON.string(text).render(indent: false) }
}
