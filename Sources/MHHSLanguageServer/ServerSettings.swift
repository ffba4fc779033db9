import MHHSCatalogue

/// What `mhhs lint` takes on its command line, as the client gives it in
/// `initializationOptions` (or the `mhhs` section of `workspace/configuration`):
/// `{ "ruleset": "rules/team.json", "baseline": "baseline.json", "release": "IR7" }`. Relative
/// paths are taken from the workspace folder. The `mhhs` section of the client's configuration,
/// pulled or pushed, applies over `initializationOptions` (``overridden(by:relativeTo:)``).
struct ServerSettings: Equatable {
  var ruleset: String?
  var baseline: String?
  var release: String?

  init(ruleset: String? = nil, baseline: String? = nil, release: String? = nil) {
    self.ruleset = ruleset
    self.baseline = baseline
    self.release = release
  }

  /// The settings in `value`; members of the wrong type, and empty strings, are ignored.
  init(_ value: JSONValue?, relativeTo folder: String?) {
    func path(_ key: String) -> String? {
      guard let text = value?[value: key]?.stringValue, !text.isEmpty else { return nil }
      guard !text.hasPrefix("/"), let folder else { return text }
      return folder.hasPrefix("/") ? Self.normalized(folder + "/" + text) : folder + "/" + text
    }
    ruleset = path("ruleset")
    baseline = path("baseline")
    release = value?[value: "release"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// These settings with the strings `section` gives in their place (an empty string clears a
  /// setting); a member that is absent, `null` or not a string keeps this value.
  func overridden(by section: JSONValue?, relativeTo folder: String?) -> ServerSettings {
    let given = ServerSettings(section, relativeTo: folder)
    func has(_ key: String) -> Bool { section?[value: key]?.stringValue != nil }
    var result = self
    if has("ruleset") { result.ruleset = given.ruleset }
    if has("baseline") { result.baseline = given.baseline }
    if has("release") { result.release = given.release }
    return result
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
