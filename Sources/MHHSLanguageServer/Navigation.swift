import MHHSCatalogue
import MHHSLint

/// A request the server refuses, with the JSON-RPC error to answer.
struct RequestError: Error {
  var code: RPCErrorCode
  var message: String
}

/// Go to definition, find references and rename, over every id reference of the catalogue.
extension Workspace {
  /// `textDocument/definition`: the declaration of the id under the cursor.
  mutating func definition(_ params: JSONValue?) -> JSON {
    guard let at = id(params) else { return .null }
    return declaration(at.key) ?? .null
  }

  /// `textDocument/references`: every place naming the id under the cursor, with its
  /// declaration when the client asks for it.
  mutating func references(_ params: JSONValue?) -> JSON {
    guard let at = id(params) else { return .null }
    var locations: [JSON] = []
    if params?[value: "context"]?[value: "includeDeclaration"]?.boolValue != false,
      let declaration = declaration(at.key)
    {
      locations.append(declaration)
    }
    for site in index.references(to: at.key) {
      if let location = location(file: site.location.file, pointer: site.location.pointer, id: site.id) {
        locations.append(location)
      }
    }
    return .array(locations)
  }

  /// `textDocument/prepareRename`: the id's range and text, or `null` where nothing can be
  /// renamed.
  mutating func prepareRename(_ params: JSONValue?) -> JSON {
    guard let at = id(params), index.declarations[at.key] != nil else { return .null }
    return .object([("range", at.range), ("placeholder", .string(at.key.id))])
  }

  /// `textDocument/rename`: the declaration and every reference as one workspace edit, and the
  /// entity's file renamed when it is named after the id. `notice` says what the client could
  /// not be sent.
  mutating func rename(_ params: JSONValue?) throws(RequestError) -> (edit: JSON, notice: String?) {
    guard let at = id(params), let declaration = index.declarations[at.key] else {
      throw RequestError(code: .invalidParams, message: "there is no id to rename here")
    }
    guard let newID = params?[value: "newName"]?.stringValue else {
      throw RequestError(code: .invalidParams, message: "rename needs newName")
    }
    let kind = at.key.kind
    guard kind.idPattern.matches(newID) else {
      throw RequestError(
        code: .invalidParams,
        message: "'\(newID)' is not a \(kind.displayName) id (\(kind.idPattern.display))")
    }
    guard newID == at.key.id || !catalogue.contains(newID, kind: kind) else {
      throw RequestError(code: .invalidParams, message: "\(kind.displayName) \(newID) already exists")
    }
    var quoted = ""
    JSON.appendQuoted(newID, to: &quoted)
    var builder = WorkspaceEditBuilder()
    let places =
      [(declaration.file, declaration.idPointer)]
      + index.references(to: at.key).map { ($0.location.file, $0.location.pointer) }
    for (file, pointer) in places {
      let document = document(file)
      guard let value = document.value(at: pointer), value.stringValue == at.key.id else { continue }
      builder.replace(file, document.tokenRange(at: value.position, encoding), with: quoted)
    }
    var notice: String?
    if let folder = kind.folder, declaration.relativePath == "\(folder)/\(at.key.id).json" {
      let newPath = "\(directory)/\(folder)/\(newID).json"
      if FileSystem.type(of: newPath, followingLinks: false) != .missing {
        throw RequestError(code: .invalidParams, message: "\(folder)/\(newID).json already exists")
      }
      if client.renamesFiles {
        builder.rename(declaration.file, to: newPath)
      } else {
        notice =
          "mhhs: renamed \(at.key.id) to \(newID) in the files; this editor cannot rename files through "
          + "the language server, so rename \(folder)/\(at.key.id).json to \(folder)/\(newID).json yourself"
      }
    }
    let edit = builder.json(
      documentChanges: client.renamesFiles, versions: documents.compactMapValues(\.version))
    return (edit, notice)
  }
}
