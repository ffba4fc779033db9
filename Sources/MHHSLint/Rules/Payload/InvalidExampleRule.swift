import MHHSCatalogue

public struct InvalidExampleRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "payload/invalid-example",
    summary: "Every example of a data type or data item is a valid value of its own definition",
    rationale: """
      Participants build test messages from the published examples. An example that breaks its own definition \
      (a number given for a string, a value missing from the enum, text the pattern rejects, a length or range \
      outside the bounds, null where the value is not nullable) teaches the wrong thing and fails validation at \
      the DIP. The published DIP 2.1.0 has such examples: numbers for the decimal string types such as DT-022, \
      and DI-596 Charge Type with the example Fixed where the enum says FIXED. An item typed by a data type is \
      judged against that type. Patterns are ECMA-262; one mhhs cannot run is reported by payload/invalid-pattern \
      and not judged here.
      """,
    sources: [
      "DIP API 2.1.0 (Elexon, DataTypes, DataCatalogue)", "OpenAPI 3.0: example", "JSON Schema validation",
    ],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "DT-022", "a number given for a decimal string type",
        ExampleFile.files(
          PayloadExampleFile.dataType(
            "DT-022", #", "type": "string", "pattern": "^-?\\d{1,9}\\.\\d{6}$", "example": -987654321.123456"#
          ))),
      .triggers(
        "DI-596", "an example not among the enum values",
        ExampleFile.files(
          PayloadExampleFile.dataItem(
            "DI-596", #", "type": "string", "maxLength": 5, "enum": ["FIXED", "CAPAC"], "example": "Fixed""#))
      ),
      .triggers(
        "DI-001", "an item's example that breaks the pattern of its data type",
        ExampleFile.files(
          PayloadExampleFile.dataItem("DI-001", #", "dataType": "DT-002", "example": "200005653597""#),
          PayloadExampleFile.dataType("DT-002", #", "type": "string", "pattern": "^\\d{13}$""#))),
      .triggers(
        "DT-010", "an integer out of range",
        ExampleFile.files(
          PayloadExampleFile.dataType(
            "DT-010", #", "type": "integer", "minimum": 0, "maximum": 99, "example": 100"#))
      ),
      .passes(
        "an example that fits",
        ExampleFile.files(
          PayloadExampleFile.dataType(
            "DT-022",
            #", "type": "string", "pattern": "^-?\\d{1,9}\\.\\d{6}$", "example": "-987654321.123456""#))),
      .passes(
        "null for a nullable type",
        ExampleFile.files(
          PayloadExampleFile.dataType(
            "DT-001N", #", "type": "string", "maxLength": 40, "nullable": true, "example": null"#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    let patterns = PayloadPatterns(catalogue)
    var findings: [Finding] = []
    for type in context.checked(catalogue.dataTypes, in: catalogue) {
      guard let example = type.example else { continue }
      let found = type.violations(of: example.value, patterns: patterns)
      guard !found.isEmpty else { continue }
      findings.append(
        context.finding(
          message("data type \(type.id.value)", example.value, found) { _ in nil }, type,
          at: example.position,
          "/example"))
    }
    for item in context.checked(catalogue.dataItems, in: catalogue) {
      guard let example = item.example else { continue }
      let dataType = item.dataType.flatMap { catalogue.dataType($0.value) }
      let found = ItemDefinition(item, over: dataType).violations(of: example.value, patterns: patterns)
      guard !found.isEmpty else { continue }
      findings.append(
        context.finding(
          message("data item \(item.id.value)", example.value, found) { keyword in
            item.defines(keyword) ? nil : dataType?.id.value
          }, item, at: example.position, "/example"))
    }
    return findings
  }

  /// `inherited` names the data type a broken constraint comes from, when it is not the
  /// entity's own.
  private func message(
    _ what: String, _ example: JSON, _ violations: [ExampleViolation], inherited: (String) -> String?
  ) -> String {
    let quoted = violations.contains(.type(expected: .string, given: "a number"))
    let parts = violations.map { v in
      let from = inherited(v.keyword).map { " of its data type \($0)" } ?? ""
      let even = quoted && v.keyword != "type" ? "even in quotes, " : ""
      return even + Self.describe(v, example, from)
    }
    return
      "the example \(Self.shown(example)) of \(what) breaks its definition: \(parts.joined(separator: "; "))"
  }

  private static func describe(_ v: ExampleViolation, _ example: JSON, _ from: String) -> String {
    switch v {
    case .null:
      return "it is null, but the definition\(from) is not nullable; give a value, or set \"nullable\": true"
    case .type(.string, "a number"):
      return
        "it is a number where a string is expected\(from); write it in quotes: \(shown(.string(text(example))))"
    case .type(let expected, let given):
      if case .string(let s) = example, expected != .boolean, jsonNumber?.matches(s) == true {
        return "it is a string where \(article(expected)) is expected\(from); write it without quotes: \(s)"
      }
      return "it is \(given) where \(article(expected)) is expected\(from); write \(article(expected))"
    case .notWhole:
      return "it has a fraction where an integer is expected\(from); write a whole number"
    case .notInEnum(let allowed):
      let listed = allowed.prefix(6).map(shown).joined(separator: ", ") + (allowed.count > 6 ? ", …" : "")
      let strings = allowed.compactMap { value -> String? in
        if case .string(let s) = value { s } else { nil }
      }
      let nearest =
        NearestName.suggest(text(example), from: strings).map { " (nearest: \(shown(.string($0))))" } ?? ""
      return "it is not one of the enum values\(from); write one of \(listed)\(nearest)"
    case .minLength(let length, let min):
      return "it is \(length) characters long, fewer than the minLength \(min)\(from); write at least \(min)"
    case .maxLength(let length, let max):
      return "it is \(length) characters long, more than the maxLength \(max)\(from); write at most \(max)"
    case .pattern(let source):
      return "it does not match the pattern \(source)\(from); write a value that matches it"
    case .minimum(let bound):
      return "it is below the minimum \(bound.text)\(from); write at least \(bound.text)"
    case .maximum(let bound):
      return "it is above the maximum \(bound.text)\(from); write at most \(bound.text)"
    case .multipleOf(let step):
      return "it is not a multiple of \(step.text)\(from); write a multiple of it"
    }
  }

  /// The JSON number grammar (RFC 8259), to tell a quoted number that may simply be unquoted.
  private static let jsonNumber = try? Pattern(compiling: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$")

  private static func article(_ type: PayloadType) -> String {
    type == .integer ? "an integer" : "a \(type.rawValue)"
  }

  /// The example's own text: a string's content, else its JSON.
  private static func text(_ example: JSON) -> String {
    if case .string(let s) = example { return s }
    return example.render(indent: false)
  }

  /// The example as JSON, shortened when long.
  private static func shown(_ example: JSON) -> String {
    let json = example.render(indent: false)
    return json.count > 80 ? json.prefix(77) + "…" : json
  }
}
