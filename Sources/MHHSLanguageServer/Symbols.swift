import MHHSCatalogue

/// Document symbols from a file's JSON structure, and workspace symbols for every id.
extension Workspace {
  /// `textDocument/documentSymbol`: one symbol per member and element, nested as the JSON is;
  /// elements are named by their id (or rule, block, name, version) when they have one.
  mutating func documentSymbols(_ params: JSONValue?) -> JSON {
    guard let path = path(params?[value: "textDocument"]) else { return .null }
    let document = document(path)
    guard let root = document.root else { return .array([]) }
    return .array(Self.children(of: root, in: document, encoding))
  }

  private static func children(of value: JSONValue, in document: JSONDocument, _ encoding: PositionEncoding)
    -> [JSON]
  {
    if let members = value.members {
      return members.map { member in
        let start = document.offset(member.keyPosition)
        let end = document.end(ofValueAt: document.offset(member.value.position))
        return symbol(
          name: member.key.isEmpty ? "\"\"" : member.key, value: member.value,
          range: document.range(start, end, encoding),
          selection: document.tokenRange(at: member.keyPosition, encoding), document, encoding)
      }
    }
    return (value.elements ?? []).enumerated().map { n, element in
      let start = document.offset(element.position)
      let end = document.end(ofValueAt: start)
      let label = ["id", "rule", "block", "name", "version"].lazy.compactMap {
        element[value: $0]?.stringValue
      }
      .first
      let name = label ?? element.stringValue.map { String($0.prefix(80)) } ?? "[\(n)]"
      return symbol(
        name: name.isEmpty ? "[\(n)]" : name, value: element, range: document.range(start, end, encoding),
        selection: document.tokenRange(at: element.position, encoding), document, encoding)
    }
  }

  private static func symbol(
    name: String, value: JSONValue, range: JSON, selection: JSON, _ document: JSONDocument,
    _ encoding: PositionEncoding
  ) -> JSON {
    var members: [(String, JSON)] = [("name", .string(name))]
    if let detail = value[value: "name"]?.stringValue ?? value[value: "title"]?.stringValue {
      members.append(("detail", .string(detail)))
    }
    members += [("kind", .int(kind(value))), ("range", range), ("selectionRange", selection)]
    let children = children(of: value, in: document, encoding)
    if !children.isEmpty { members.append(("children", .array(children))) }
    return .object(members)
  }

  /// The LSP symbol kind of a JSON value.
  private static func kind(_ value: JSONValue) -> Int {
    switch value.storage {
    case .object: 19
    case .array: 18
    case .string: 15
    case .number: 16
    case .bool: 17
    case .null: 21
    }
  }

  /// `workspace/symbol`: every entity whose id or name holds the query (ignoring case), as
  /// `id — name`. Locations point at the line of the entity's `id`.
  func workspaceSymbols(_ params: JSONValue?) -> JSON {
    let query = (params?[value: "query"]?.stringValue ?? "").lowercased()
    let matches = index.declarations.values.filter { declaration in
      query.isEmpty || declaration.key.id.lowercased().contains(query)
        || declaration.name?.lowercased().contains(query) == true
    }
    .sorted { ($0.key.kind.rawValue, $0.key.id) < ($1.key.kind.rawValue, $1.key.id) }
    return .array(
      matches.map { declaration in
        let line = JSON.object([("line", .int(declaration.position.line - 1)), ("character", .int(0))])
        return .object([
          ("name", .string(declaration.key.id + (declaration.name.map { " — " + $0 } ?? ""))),
          ("kind", .int(Self.symbolKind(declaration.key.kind))),
          (
            "location",
            .object([
              ("uri", .string(FileURI.uri(declaration.file))),
              ("range", .object([("start", line), ("end", line)])),
            ])
          ),
          ("containerName", .string(declaration.key.kind.displayName)),
        ])
      })
  }

  private static func symbolKind(_ kind: EntityKind) -> Int {
    switch kind {
    case .interface: 11
    case .dataflow: 24
    case .nfr: 14
    case .changeRequest: 19
    case .release: 4
    case .role: 5
    case .dataType: 26
    case .dataItem: 8
    case .block: 23
    }
  }
}
