import MHHSCatalogue

/// What `mhhs lint` takes on its command line, as the client gives it in
/// `initializationOptions` (or the `mhhs` section of `workspace/configuration`):
/// `{ "ruleset": "rules/team.json", "baseline": "baseline.json", "release": "IR7" }`. Relative
/// paths are taken from the workspace folder.
struct ServerSettings: Equatable {
  var ruleset: String?
  var baseline: String?
  var release: String?

  init(ruleset: String? = nil, baseline: String? = nil, release: String? = nil) {
    self.ruleset = ruleset
    self.baseline = baseline
    self.release = release
  }

  /// The settings in `value`; members of the wrong type are ignored.
  init(_ value: JSONValue?, relativeTo folder: String?) {
    func path(_ key: String) -> String? {
      guard let text = value?[value: key]?.stringValue, !text.isEmpty else { return nil }
      guard !text.hasPrefix("/"), let folder else { return text }
      return folder.hasPrefix("/") ? Self.normalized(folder + "/" + text) : folder + "/" + text
    }
    ruleset = path("ruleset")
    baseline = path("baseline")
    release = value?[value: "release"]?.stringValue
  }

  /// An absolute path without `.` and `..` segments (lexically), as URIs should name it.
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        _ = parts.popLast()
      } else {
        parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }
}
