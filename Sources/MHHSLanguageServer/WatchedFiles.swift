import MHHSCatalogue
import MHHSLint

/// The files a check reads besides the editor's buffers: the catalogue's `.json` files, the
/// ruleset (the one named, else the catalogue's default) with the files it extends, and the
/// baseline. A change to any of them calls for a new check.
struct WatchedFiles: Equatable {
  /// The catalogue directory, absolute.
  let catalogue: String
  /// The ruleset files and the baseline, as the settings name them.
  let others: [String]

  init(catalogue: String, settings: ServerSettings) {
    self.catalogue = catalogue
    let ruleset = settings.ruleset ?? RulesetLoader.defaultPath(forCatalogue: catalogue)
    var others = [ruleset]
    // The files it extends, as far as it reads: an invalid ruleset is watched until fixed.
    for file in (try? RulesetLoader().load(ruleset))?.files ?? [] where !others.contains(file) {
      others.append(file)
    }
    if let baseline = settings.baseline, !others.contains(baseline) { others.append(baseline) }
    self.others = others
  }

  /// The params of `client/registerCapability` asking the client to watch these files
  /// (created, changed and deleted) under the registration `id`: relative patterns when the
  /// client takes them, else absolute glob patterns.
  func registration(_ id: String, relativePatterns: Bool) -> JSON {
    func pattern(folder: String, _ glob: String) -> JSON {
      guard relativePatterns else { return .string((folder == "/" ? "" : folder) + "/" + glob) }
      return .object([("baseUri", .string(FileURI.uri(folder))), ("pattern", .string(glob))])
    }
    var watchers = [pattern(folder: Self.trimmed(catalogue), "**/*.json")]
    for path in others {
      // A relative path (no workspace folder) is the server's, from its working directory.
      let absolute = ServerSettings.normalized(
        path.hasPrefix("/") ? path : (FileSystem.realPath(".") ?? "") + "/" + path)
      let slash = absolute.lastIndex(of: "/")!
      let folder = slash == absolute.startIndex ? "/" : String(absolute[..<slash])
      watchers.append(pattern(folder: folder, String(absolute[absolute.index(after: slash)...])))
    }
    let options: JSON = .object([("watchers", .array(watchers.map { .object([("globPattern", $0)]) }))])
    return .object([
      (
        "registrations",
        .array([
          .object([
            ("id", .string(id)), ("method", .string("workspace/didChangeWatchedFiles")),
            ("registerOptions", options),
          ])
        ])
      )
    ])
  }

  /// The params of `client/unregisterCapability` ending the registration `id`.
  static func unregistration(_ id: String) -> JSON {
    let registration: JSON = .object([
      ("id", .string(id)), ("method", .string("workspace/didChangeWatchedFiles")),
    ])
    // The protocol spells the member `unregisterations`.
    return .object([("unregisterations", .array([registration]))])
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
