import MHHSCatalogue
import MHHSLint

/// The catalogue as last checked, with the editor's buffers: what the requests about positions
/// (definition, references, rename, symbols, hover, completion, code actions) answer from.
struct Workspace {
  /// The catalogue directory, absolute, without a trailing slash.
  let directory: String
  let outcome: CatalogueCheck.Outcome
  let index: NavigationIndex
  let documents: [String: TextDocument]
  let encoding: PositionEncoding
  let settings: ServerSettings
  let client: ClientCapabilities
  /// The files read for this request, parsed.
  private var cache: [String: JSONDocument] = [:]

  init(
    directory: String, outcome: CatalogueCheck.Outcome, index: NavigationIndex,
    documents: [String: TextDocument], encoding: PositionEncoding, settings: ServerSettings,
    client: ClientCapabilities
  ) {
    self.directory = directory
    self.outcome = outcome
    self.index = index
    self.documents = documents
    self.encoding = encoding
    self.settings = settings
    self.client = client
  }

  var catalogue: Catalogue { outcome.catalogue }

  /// The file at `path` as the editor has it (its buffer, else the file on disk).
  mutating func document(_ path: String) -> JSONDocument {
    if let document = cache[path] { return document }
    let text: String
    if let buffer = documents[path] {
      text = buffer.text
    } else if case .success(let bytes) = FileSystem.readFile(path, as: .catalogueFile) {
      text = String(decoding: bytes, as: UTF8.self)
    } else {
      text = ""
    }
    let document = JSONDocument(text)
    cache[path] = document
    return document
  }

  /// The path of a document of the catalogue; `nil` for a URI outside it.
  func path(_ textDocument: JSONValue?) -> String? {
    guard let path = textDocument?[value: "uri"]?.stringValue.flatMap(FileURI.path),
      path.hasPrefix(directory + "/")
    else { return nil }
    return path
  }

  /// The catalogue path inside the catalogue directory.
  func relativePath(_ path: String) -> String { String(path.dropFirst(directory.count + 1)) }

  /// The document and catalogue position a request's `textDocument` and `position` name.
  mutating func cursor(_ params: JSONValue?) -> (path: String, document: JSONDocument, position: Position)? {
    guard let path = path(params?[value: "textDocument"]),
      let line = params?[value: "position"]?[value: "line"]?.intValue,
      let character = params?[value: "position"]?[value: "character"]?.intValue
    else { return nil }
    let document = document(path)
    guard let position = document.position(LSPPosition(line: line, character: character), encoding) else {
      return nil
    }
    return (path, document, position)
  }

  /// The id under the cursor: the entity it names, the reference it is (if not the
  /// declaration), and the string token.
  struct IDAt {
    var key: EntityKey
    var site: ReferenceSite?
    var path: String
    var string: JSONDocument.StringAt
    var range: JSON
  }

  mutating func id(_ params: JSONValue?) -> IDAt? {
    guard let (path, document, position) = cursor(params), let string = document.string(at: position),
      !string.isKey, let (key, site) = index.entity(file: path, pointer: string.pointer),
      key.id == string.value
    else { return nil }
    return IDAt(
      key: key, site: site, path: path, string: string,
      range: document.tokenRange(at: string.position, encoding))
  }

  /// The LSP location of the id string at `pointer` of `file`, checking it still reads `id`.
  mutating func location(file: String, pointer: String, id: String) -> JSON? {
    let document = document(file)
    guard let value = document.value(at: pointer), value.stringValue == id else { return nil }
    return .object([
      ("uri", .string(FileURI.uri(file))), ("range", document.tokenRange(at: value.position, encoding)),
    ])
  }

  /// The location of an entity's declaration (its `id` string).
  mutating func declaration(_ key: EntityKey) -> JSON? {
    guard let declaration = index.declarations[key] else { return nil }
    return location(file: declaration.file, pointer: declaration.idPointer, id: key.id)
  }
}

/// What the client said it can do, at `initialize`.
struct ClientCapabilities {
  /// Workspace edits may hold `documentChanges` with a `rename` resource operation.
  var renamesFiles = false

  init(_ capabilities: JSONValue? = nil) {
    let edit = capabilities?[value: "workspace"]?[value: "workspaceEdit"]
    let documentChanges = edit?[value: "documentChanges"]?.boolValue
    let operations = edit?[value: "resourceOperations"]?.elements?.compactMap(\.stringValue) ?? []
    renamesFiles = documentChanges == true && operations.contains("rename")
  }
}

extension JSONValue {
  /// The value as an `Int`, if it is a whole number.
  var intValue: Int? {
    if case .number(let text) = storage { return Int(text) }
    return nil
  }

  var boolValue: Bool? {
    if case .bool(let value) = storage { return value }
    return nil
  }
}
