extension Origin {
  /// The name of the entity's file, without its folder (`IF-021.json`).
  public var fileName: Substring {
    let path = relativePath
    return path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
  }

  /// Whether the entity's file is named after `id`: `<id>.json`.
  public func isNamed(after id: String) -> Bool {
    if Self.endsInFileName(relativePath, of: id) { return true }
    let name = fileName
    return name.utf8.count == id.utf8.count + 5 && name == id + ".json"
  }

  /// Whether the last component of `path` is `<id>.json` byte for byte. Names equal only as
  /// strings (in another Unicode normalisation form) are left to ``isNamed(after:)``.
  private static func endsInFileName(_ path: String, of id: String) -> Bool {
    var path = path
    var id = id
    return path.withUTF8 { path in
      id.withUTF8 { id in
        let slash = UInt8(ascii: "/")
        let start = path.count - id.count - 5
        guard start >= 0, start == 0 || path[start - 1] == slash, !id.contains(slash) else { return false }
        return path[start..<(start + id.count)].elementsEqual(id)
          && path[(start + id.count)...].elementsEqual(".json".utf8)
      }
    }
  }
}
