import MHHSCatalogue

/// A loaded ruleset: the severities and overrides to apply, and the rules it defines.
public struct Ruleset: Sendable {
  public var configuration: RuleConfiguration
  /// The `local/…` rules defined along the `extends` chain, in the order they were read.
  public var definedRules: [DefinedRule]
  /// The ruleset files read, as shown to people, in the order they were read.
  public var files: [String]

  public init(
    configuration: RuleConfiguration = .init(), definedRules: [DefinedRule] = [], files: [String] = []
  ) {
    self.configuration = configuration
    self.definedRules = definedRules
    self.files = files
  }

  /// The built-in rules at their default severities (what `"extends": ["recommended"]` gives).
  public static let recommended = Ruleset()

  /// The rules to give the ``Linter``: the built-in ones, then the defined ones.
  public func rules(builtin: [any Rule] = BuiltinRules.all) -> [any Rule] {
    builtin + definedRules.map { $0 as any Rule }
  }
}

/// Why a ruleset cannot be used: `file:line:column: what is wrong; what to write instead`.
public struct RulesetError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  /// `nil` when the file itself cannot be read.
  public var position: Position?
  public var message: String

  public init(file: String, position: Position?, message: String) {
    self.file = file
    self.position = position
    self.message = message
  }

  public var description: String {
    guard let position else { return "\(file): \(message)" }
    return "\(file):\(position.line):\(position.column): \(message)"
  }
}
