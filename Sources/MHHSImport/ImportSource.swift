import MHHSCatalogue

/// Reading the files of an import source (a folder or one file), for the importers.
enum ImportSource {
  enum Shape { case directory, file }

  static func shape(of path: String) throws(ImportError) -> Shape {
    switch FileSystem.type(of: path, followingLinks: true) {
    case .missing: throw ImportError("'\(path)' does not exist")
    case .directory: return .directory
    case .file: return .file
    default:
      let what = FileSystem.nonRegularDescription(of: path) ?? "neither a file nor a folder"
      throw ImportError("'\(path)' is \(what); name a file or a folder")
    }
  }

  static func names(in directory: String) throws(ImportError) -> [String] {
    guard let names = FileSystem.entries(of: directory) else {
      throw ImportError("cannot read the folder '\(directory)'; check its permissions")
    }
    return names
  }

  static func read(_ path: String) throws(ImportError) -> [UInt8] {
    switch FileSystem.readFile(path, as: .importSource) {
    case .success(let bytes): return bytes
    case .failure(let error): throw ImportError("cannot read '\(path)': \(error)")
    }
  }

  static func parseJSON(_ path: String) throws(ImportError) -> JSONValue {
    var bytes = try read(path)
    if bytes.starts(with: CSV.byteOrderMark) { bytes.removeFirst(3) }
    switch JSONParser.parse(bytes) {
    case .success(let value): return value
    case .failure(let e):
      throw ImportError(
        "'\(path)' is not valid JSON (line \(e.position.line), column \(e.position.column): \(e.message))")
    }
  }

  /// The last path component.
  static func baseName(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    return p.split(separator: "/").last.map(String.init) ?? String(p)
  }

  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
