import MHHSCatalogue

/// An option a command accepts.
struct OptionSpec: Sendable {
  /// The long name without dashes (`format`).
  var name: String
  /// A one-letter alias without the dash, if any.
  var short: Character?
  /// The value's placeholder in help (`FORMAT`); `nil` for a flag.
  var value: String?
  /// The values allowed, if the set is closed.
  var allowed: [String]?
  var help: String
  /// May be given more than once.
  var repeatable = false

  static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, value: nil, allowed: nil, help: help)
  }

  static func option(
    _ name: String, _ value: String, allowed: [String]? = nil, repeatable: Bool = false, help: String
  ) -> OptionSpec {
    OptionSpec(name: name, short: nil, value: value, allowed: allowed, help: help, repeatable: repeatable)
  }
}

/// A command line that could not be understood: exit code 2, with a message naming the offender.
struct UsageError: Error, Equatable {
  var message: String
  /// The command whose help the user should read.
  var command: String?
}

/// The parsed arguments of one command.
struct ParsedArguments {
  var positionals: [String] = []
  private(set) var values: [String: [String]] = [:]
  var helpRequested = false

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func flag(_ name: String) -> Bool { values[name] != nil }

  /// Parses `arguments` against `options`. Options may come before or after positionals;
  /// `--name=value` and `--name value` both work; `--` ends the options.
  static func parse(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    func fail(_ message: String) -> UsageError { UsageError(message: message, command: command) }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        parsed.positionals += arguments[index...]
        break
      }
      if argument == "-h" || argument == "--help" {
        parsed.helpRequested = true
        continue
      }
      guard argument.hasPrefix("-"), argument != "-" else {
        parsed.positionals.append(argument)
        continue
      }
      var name: String
      var inline: String?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let eq = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        }
      } else {
        guard argument.count == 2, let spec = options.first(where: { $0.short == argument.last }) else {
          throw fail("unknown option '\(argument)' for 'mhhs \(command)'")
        }
        name = spec.name
      }
      guard let spec = options.first(where: { $0.name == name }) else {
        let hint =
          NearestName.suggest(name, from: options.map(\.name)).map { "; did you mean '--\($0)'?" } ?? ""
        throw fail("unknown option '--\(name)' for 'mhhs \(command)'\(hint)")
      }
      var value: String
      if spec.value == nil {
        if inline != nil { throw fail("option '--\(name)' takes no value") }
        value = ""
      } else if let inline {
        value = inline
      } else {
        guard index < arguments.count else { throw fail("option '--\(name)' needs a value (\(spec.value!))") }
        value = arguments[index]
        index += 1
      }
      if let allowed = spec.allowed, !allowed.contains(value) {
        let hint = NearestName.suggest(value, from: allowed).map { "; did you mean '\($0)'?" } ?? ""
        throw fail(
          "'\(value)' is not a valid value for '--\(name)'\(hint); use one of: \(allowed.joined(separator: ", "))"
        )
      }
      if parsed.values[name] != nil, !spec.repeatable, spec.value != nil {
        throw fail("option '--\(name)' is given more than once")
      }
      parsed.values[name, default: []].append(value)
    }
    return parsed
  }
}
