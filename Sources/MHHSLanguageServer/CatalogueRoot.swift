import MHHSCatalogue

/// Finds the catalogue an editor opened, whichever way it was opened.
enum CatalogueRoot {
  /// The catalogue directory for a workspace folder: the folder itself when it holds
  /// `catalogue.json`, else its `catalogue/` when that does (a repository opened whole).
  static func forFolder(_ folder: String) -> String? {
    let folder = trimmed(folder)
    if isFile(folder + "/catalogue.json") { return folder }
    if isFile(folder + "/catalogue/catalogue.json") { return folder + "/catalogue" }
    return nil
  }

  /// The catalogue directory holding the file at `path`: the nearest folder above it with a
  /// `catalogue.json`.
  static func forFile(_ path: String) -> String? {
    var folder = trimmed(path)
    while let slash = folder.lastIndex(of: "/") {
      folder = String(folder[..<slash])
      if isFile((folder.isEmpty ? "" : folder) + "/catalogue.json") { return folder.isEmpty ? "/" : folder }
    }
    return nil
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }

  private static func isFile(_ path: String) -> Bool {
    FileSystem.type(of: path, followingLinks: true) == .file
  }
}
