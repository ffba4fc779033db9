import MHHSCatalogue

/// What the client offers to do for the server, at `initialize`: watch files and report their
/// changes (`workspace/didChangeWatchedFiles` by dynamic registration), and answer
/// `workspace/configuration`.
struct ClientServices {
  var watchesFiles = false
  /// Watchers may use relative patterns (a base URI and a glob).
  var takesRelativePatterns = false
  var answersConfiguration = false

  init(_ capabilities: JSONValue? = nil) {
    let workspace = capabilities?[value: "workspace"]
    let watching = workspace?[value: "didChangeWatchedFiles"]
    watchesFiles = watching?[value: "dynamicRegistration"]?.boolValue == true
    takesRelativePatterns = watching?[value: "relativePatternSupport"]?.boolValue == true
    answersConfiguration = workspace?[value: "configuration"]?.boolValue == true
  }
}
