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
      return folder + "/" + text
    }
    ruleset = path("ruleset")
    baseline = path("baseline")
    release = value?[value: "release"]?.stringValue
  }
}
