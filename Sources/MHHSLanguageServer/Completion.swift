import MHHSCatalogue

/// Completion of field names, enumeration values and ids by kind, from the members the
/// decoders read (the same ``ObjectSchema`` the JSON Schemas come from). Items are plain text
/// edits that replace the string being typed, quotes included.
extension Workspace {
  /// `textDocument/completion`.
  mutating func completion(_ params: JSONValue?) -> JSON {
    guard let (path, document, position) = cursor(params),
      let file = CatalogueSchema.forFile(relativePath(path))
    else { return .null }
    let cursor = document.offset(position)
    guard let context = CompletionContext(document.scalars, cursor: cursor) else { return .array([]) }
    let range = document.range(context.replacing.lowerBound, context.replacing.upperBound, encoding)
    var items: [JSON] = []
    func item(
      _ label: String, kind: Int, detail: String?, documentation: String? = nil, quoted: Bool = true,
      suffix: String = ""
    ) {
      var text = ""
      if quoted { JSON.appendQuoted(label, to: &text) } else { text = label }
      var members: [(String, JSON)] = [("label", .string(label)), ("kind", .int(kind))]
      if let detail { members.append(("detail", .string(detail))) }
      if let documentation {
        members.append(
          ("documentation", .object([("kind", .string("markdown")), ("value", .string(documentation))])))
      }
      members += [
        ("filterText", .string(text)),
        ("textEdit", .object([("range", range), ("newText", .string(text + suffix))])),
      ]
      items.append(.object(members))
    }
    let schema = Self.schema(at: context.path, in: .object(file.object))
    switch context.place {
    case .key(let present):
      guard case .object(let object)? = schema else { break }
      var after = context.replacing.upperBound
      while after < document.scalars.count && " \t".unicodeScalars.contains(document.scalars[after]) {
        after += 1
      }
      let needsColon = after >= document.scalars.count || document.scalars[after] != ":"
      for member in object.members where !present.contains(member.key) {
        item(
          member.key, kind: 10, detail: member.required ? "required" : nil, documentation: member.description,
          suffix: needsColon ? ": " : "")
      }
    case .value:
      let field = context.path.last { Int($0) == nil } ?? ""
      let kinds: [EntityKind]
      switch (field, schema) {
      case ("affects", _): kinds = EntityKind.allCases
      case ("changes", _): kinds = [.changeRequest]
      case (_, .reference(let pattern)?): kinds = EntityKind.allCases.filter { $0.idPattern == pattern }
      case (_, .choice(let values)?):
        for value in values { item(value, kind: 20, detail: nil) }
        kinds = []
      case (_, .boolean?):
        for value in ["true", "false"] { item(value, kind: 12, detail: nil, quoted: false) }
        kinds = []
      case ("rule", _) where context.path.contains("exemptions"):
        for rule in outcome.rules.values.sorted(by: { $0.id < $1.id }) {
          item(rule.id, kind: 12, detail: rule.summary)
        }
        kinds = []
      default: kinds = []
      }
      for kind in kinds {
        for id in catalogue.ids(of: kind).keys.sorted() {
          let name = index.declarations[EntityKey(kind: kind, id: id)]?.name
          item(id, kind: 18, detail: kind.displayName + (name.map { ": " + $0 } ?? ""))
        }
      }
    }
    return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
  }

  /// The schema of the value at `path` below `value`.
  static func schema(at path: [String], in value: ValueSchema) -> ValueSchema? {
    var current = value
    for token in path {
      switch current {
      case .object(let object):
        guard let member = object.members.first(where: { $0.key == token }) else { return nil }
        current = member.value
      case .array(let element, _):
        guard Int(token) != nil else { return nil }
        current = element
      default: return nil
      }
    }
    return current
  }
}
