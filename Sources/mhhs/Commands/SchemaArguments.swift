import MHHSCatalogue

/// The command line of `mhhs schema [KIND] [--output DIR]`.
struct SchemaArguments: CommandArguments, Equatable {
  /// The one kind asked for, or `nil` for every kind.
  var kind: CatalogueSchema?
  /// The folder to write the schemas into, or `nil` for standard output.
  var directory: String?

  static let outputOption = TextOption(
    "output", "DIR", help: "Write each schema to DIR/KIND.schema.json instead of standard output")

  static let options = [outputOption.spec]

  init(_ parsed: ParsedArguments) throws(UsageError) {
    let kinds = CatalogueSchema.allCases.map(\.rawValue).joined(separator: ", ")
    guard parsed.positionals.count <= 1 else {
      throw UsageError(
        message:
          "schema takes at most one kind (\(kinds)), got: \(parsed.positionals.joined(separator: " "))",
        command: SchemaCommand.name)
    }
    directory = Self.outputOption.value(in: parsed)
    if let name = parsed.positionals.first {
      guard let kind = CatalogueSchema(rawValue: name) else {
        let hint =
          NearestName.suggest(name, from: CatalogueSchema.allCases.map(\.rawValue)).map {
            "; did you mean '\($0)'?"
          }
          ?? ""
        throw UsageError(
          message: "unknown kind '\(name)'\(hint) Kinds: \(kinds)", command: SchemaCommand.name)
      }
      self.kind = kind
    } else if directory == nil {
      throw UsageError(
        message: "schema prints one kind's schema (\(kinds)); write them all with --output DIR",
        command: SchemaCommand.name)
    }
  }
}
