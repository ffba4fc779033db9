/// How a published `example` breaks the definition it illustrates: one case per JSON Schema
/// keyword it fails, judged as JSON Schema (and OpenAPI 3.0's `nullable`) would.
public enum ExampleViolation: Sendable, Equatable {
  /// `null`, where the definition is not `nullable`.
  case null
  /// A value of another JSON type: `given` is what it is ("a number").
  case type(expected: PayloadType, given: String)
  /// A number with a fraction where an `integer` is expected.
  case notWhole
  /// Not one of the `enum` values, which it carries.
  case notInEnum([JSON])
  /// Lengths count Unicode code points, as JSON Schema does.
  case minLength(length: Int, minLength: Int)
  case maxLength(length: Int, maxLength: Int)
  case pattern(String)
  case minimum(JSONNumber)
  case maximum(JSONNumber)
  case multipleOf(JSONNumber)

  /// The keyword of the definition the example breaks.
  public var keyword: String {
    switch self {
    case .null: "nullable"
    case .type, .notWhole: "type"
    case .notInEnum: "enum"
    case .minLength: "minLength"
    case .maxLength: "maxLength"
    case .pattern: "pattern"
    case .minimum: "minimum"
    case .maximum: "maximum"
    case .multipleOf: "multipleOf"
    }
  }
}

extension PayloadConstraints {
  /// Whether this definition has the constraint `keyword` (as named by
  /// ``ExampleViolation/keyword``).
  public func defines(_ keyword: String) -> Bool {
    switch keyword {
    case "nullable": nullable != nil
    case "type": type != nil
    case "enum": enumValues != nil
    case "minLength": minLength != nil
    case "maxLength": maxLength != nil
    case "pattern": pattern != nil
    case "minimum": minimum != nil
    case "maximum": maximum != nil
    case "multipleOf": multipleOf != nil
    default: false
    }
  }

  /// What `example` breaks of this definition; empty when it is a valid instance. A pattern that
  /// `patterns` cannot compile is not judged (the pattern is reported on its own). A number
  /// given for a `string` is also judged as the string of its digits, so that the advice to
  /// quote it says whether quoting is enough.
  public func violations(of example: JSON, patterns: PayloadPatterns) -> [ExampleViolation] {
    if case .null = example { return nullable?.value == true ? [] : [.null] }
    var found: [ExampleViolation] = []
    var text: String?
    var number: JSONNumber?
    switch example {
    case .string(let s): text = s
    case .number(let n): number = JSONNumber(n)
    default: break
    }
    if let expected = type?.value {
      switch (expected, example) {
      case (.string, .string), (.number, .number), (.boolean, .bool): break
      case (.integer, .number(let n)):
        if !Self.isWhole(JSONNumber(n)) { found.append(.notWhole) }
      case (.string, .number(let n)):
        found.append(.type(expected: expected, given: Self.describe(example)))
        text = n
        number = nil
      default: found.append(.type(expected: expected, given: Self.describe(example)))
      }
    }
    if let allowed = enumValues?.values() {
      let candidate = text.map(JSON.string) ?? example
      if !allowed.contains(where: { Self.same($0, candidate) }) { found.append(.notInEnum(allowed)) }
    }
    if let text {
      let length = text.unicodeScalars.count
      if let min = minLength?.value, length < min { found.append(.minLength(length: length, minLength: min)) }
      if let max = maxLength?.value, length > max { found.append(.maxLength(length: length, maxLength: max)) }
      if let source = pattern?.value, case .success(let compiled) = patterns.pattern(source),
        !compiled.matches(text)
      {
        found.append(.pattern(source))
      }
    }
    if let value = number?.doubleValue, value.isFinite {
      if let min = minimum?.value, let bound = min.doubleValue, value < bound { found.append(.minimum(min)) }
      if let max = maximum?.value, let bound = max.doubleValue, value > bound { found.append(.maximum(max)) }
      if let step = multipleOf?.value, let divisor = step.doubleValue, divisor > 0 {
        let quotient = value / divisor
        if quotient.isFinite, abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) {
          found.append(.multipleOf(step))
        }
      }
    }
    return found
  }

  /// Whether the number has no fraction; one too large for a `Double` is taken as whole.
  private static func isWhole(_ n: JSONNumber) -> Bool {
    guard let value = n.doubleValue, value.isFinite else { return true }
    return value.rounded() == value
  }

  /// Equality as JSON Schema's `enum` sees it: numbers by value (`1` is `1.0`).
  private static func same(_ a: JSON, _ b: JSON) -> Bool {
    if case .number(let x) = a, case .number(let y) = b, let u = Double(x), let v = Double(y) {
      return u == v
    }
    return a == b
  }

  private static func describe(_ value: JSON) -> String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// A data item's definition as an example is judged against it: its own constraints, and for
/// each one it leaves out, that of the data type it names.
public struct ItemDefinition: PayloadConstraints {
  public var type: Located<PayloadType>?
  public var minLength: Located<Int>?
  public var maxLength: Located<Int>?
  public var pattern: Located<String>?
  public var format: Located<String>?
  public var minimum: Located<JSONNumber>?
  public var maximum: Located<JSONNumber>?
  public var multipleOf: Located<JSONNumber>?
  public var enumValues: LocatedList<JSON>?
  public var nullable: Located<Bool>?
  public var example: Located<JSON>?

  public init(_ item: DataItem, over dataType: DataType?) {
    type = item.type ?? dataType?.type
    minLength = item.minLength ?? dataType?.minLength
    maxLength = item.maxLength ?? dataType?.maxLength
    pattern = item.pattern ?? dataType?.pattern
    format = item.format ?? dataType?.format
    minimum = item.minimum ?? dataType?.minimum
    maximum = item.maximum ?? dataType?.maximum
    multipleOf = item.multipleOf ?? dataType?.multipleOf
    enumValues = item.enumValues ?? dataType?.enumValues
    nullable = item.nullable ?? dataType?.nullable
    example = item.example ?? dataType?.example
  }
}
