// The typed definitions of options. Each holds its ``OptionSpec`` (name, value name, help,
// allowed values: what help, the parser and completions read) and reads its value back from
// ``ParsedArguments`` as the type the command uses.

/// `--NAME VALUE` read as text: a path, an id, a date.
struct TextOption: Sendable {
  let spec: OptionSpec

  init(_ name: String, _ valueName: String, help: String) {
    spec = .option(name, valueName, help: help)
  }

  /// The value given, or `nil` when the option is absent.
  func value(in parsed: ParsedArguments) -> String? { parsed.value(spec.name) }
}

/// `--NAME VALUE` where VALUE is one of a ``OptionChoice``'s cases. `Value` is the choice itself
/// when the option has a default, and an optional choice when it has none.
struct ChoiceOption<Value: Sendable>: Sendable {
  let spec: OptionSpec
  private let read: @Sendable (String?) -> Value

  /// The value given, else the default.
  func value(in parsed: ParsedArguments) -> Value { read(parsed.value(spec.name)) }
}

extension ChoiceOption where Value: OptionChoice {
  /// An option that is `defaultValue` when absent; help ends with `(default: …)`.
  init(_ name: String, _ valueName: String, help: String, default defaultValue: Value) {
    spec = .option(
      name, valueName, allowed: Value.arguments, help: "\(help) (default: \(defaultValue.argument))")
    read = { $0.flatMap(Value.init(argument:)) ?? defaultValue }
  }
}

extension ChoiceOption {

  /// An option that is `nil` when absent.
  init<Choice: OptionChoice>(_ name: String, _ valueName: String, help: String) where Value == Choice? {
    spec = .option(name, valueName, allowed: Choice.arguments, help: help)
    read = { $0.flatMap(Choice.init(argument:)) }
  }
}

/// `--NAME`, a switch without a value.
struct FlagOption: Sendable {
  let spec: OptionSpec

  init(_ name: String, short: Character? = nil, help: String) {
    spec = .flag(name, short: short, help: help)
  }

  func isSet(in parsed: ParsedArguments) -> Bool { parsed.flag(spec.name) }
}
