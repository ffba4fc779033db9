import MHHSCatalogue

/// A `WorkspaceEdit` being put together: text edits by file, then file renames. With
/// `documentChanges`, edits of a file come before its rename, as the protocol applies them in
/// order; without, renames cannot be sent and are left out.
struct WorkspaceEditBuilder {
  private var edits: [(path: String, edits: [JSON])] = []
  private(set) var renames: [(from: String, to: String)] = []

  var isEmpty: Bool { edits.isEmpty && renames.isEmpty }

  /// Replaces `range` of the file at `path` with `text`.
  mutating func replace(_ path: String, _ range: JSON, with text: String) {
    let edit = JSON.object([("range", range), ("newText", .string(text))])
    if let i = edits.firstIndex(where: { $0.path == path }) {
      if !edits[i].edits.contains(edit) { edits[i].edits.append(edit) }
    } else {
      edits.append((path, [edit]))
    }
  }

  mutating func rename(_ path: String, to newPath: String) { renames.append((path, newPath)) }

  /// The edit; `versions` are the open documents' versions (closed files get `null`).
  func json(documentChanges: Bool, versions: [String: Int]) -> JSON {
    guard documentChanges else {
      return .object([
        ("changes", .object(edits.map { (FileURI.uri($0.path), .array($0.edits)) }))
      ])
    }
    var changes: [JSON] = edits.map { file in
      .object([
        (
          "textDocument",
          .object([
            ("uri", .string(FileURI.uri(file.path))), ("version", versions[file.path].map(JSON.int) ?? .null),
          ])
        ),
        ("edits", .array(file.edits)),
      ])
    }
    for rename in renames {
      changes.append(
        .object([
          ("kind", .string("rename")), ("oldUri", .string(FileURI.uri(rename.from))),
          ("newUri", .string(FileURI.uri(rename.to))),
        ]))
    }
    return .object([("documentChanges", .array(changes))])
  }
}
