import MHHSReports

/// The command line of `mhhs graph [DIR]`.
struct GraphArguments: CommandArguments, Equatable {
  /// Which picture: one of the views of ``Graph``.
  enum View: Equatable {
    case interface(String)
    case role(String)
    case flows
    case payload(String)
  }

  /// The catalogue directory.
  var directory: String
  var view: View
  var output: OutputOptions<GraphFormat>
  /// Only the interfaces in scope at this release.
  var release: String?

  static let outputOptions = OutputOptions.Definition(
    formatHelp: "Diagram language", default: GraphFormat.svg, writing: "diagram")
  static let interfaceOption = TextOption(
    "interface", "ID", help: "One interface: its senders and receivers")
  static let roleOption = TextOption("role", "ID", help: "One role: the interfaces it receives and sends")
  static let flowsOption = FlagOption("flows", help: "The D-flow to interface migration (DES196)")
  static let payloadOption = TextOption(
    "payload", "ID", help: "One interface's payload: variants, blocks, fields")
  static let releaseOption = TextOption(
    "release", "ID", help: "Only interfaces in scope at this release (introducedIn/withdrawnIn)")

  static let options = [
    interfaceOption.spec, roleOption.spec, flowsOption.spec, payloadOption.spec, releaseOption.spec,
    outputOptions.format.spec, outputOptions.output.spec,
  ]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message: "graph takes one catalogue directory, got \(parsed.positionals.count)",
        command: GraphCommand.name)
    }
    directory = parsed.positionals.first ?? "catalogue"
    var views: [View] = []
    if let id = Self.interfaceOption.value(in: parsed) { views.append(.interface(id)) }
    if let id = Self.roleOption.value(in: parsed) { views.append(.role(id)) }
    if Self.flowsOption.isSet(in: parsed) { views.append(.flows) }
    if let id = Self.payloadOption.value(in: parsed) { views.append(.payload(id)) }
    guard views.count == 1 else {
      throw UsageError(
        message: views.isEmpty
          ? "graph needs a view: --interface ID, --role ID, --flows or --payload ID"
          : "graph draws one view at a time; give one of --interface, --role, --flows and --payload",
        command: GraphCommand.name)
    }
    view = views[0]
    output = OutputOptions(parsed, Self.outputOptions)
    release = Self.releaseOption.value(in: parsed)
  }
}
