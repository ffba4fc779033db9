import MHHSCatalogue

public struct InvalidPatternRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "payload/invalid-pattern",
    summary: "Every pattern of a data type, data item or block field is an ECMA-262 expression mhhs can run",
    rationale: """
      The DIP publishes `pattern`s in ECMA-262 syntax, as OpenAPI and JSON Schema define them. mhhs runs them \
      with a matcher whose time is linear in the text, so that no pattern can hang a check; it refuses what needs \
      backtracking (backreferences, lookaround) and what is not ECMA-262 at all. A pattern it refuses cannot be \
      checked against its examples, and a pattern that is not valid ECMA-262 is read differently by each \
      participant's validator.
      """,
    sources: ["ECMA-262 (RegExp, u flag)", "OpenAPI 3.0: pattern", "DIP API 2.1.0 (Elexon, DataTypes)"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "DT-002", "an unclosed class",
        ExampleFile.files(
          PayloadExampleFile.dataType("DT-002", #", "type": "string", "pattern": "^[0-9{13}$""#))),
      .triggers(
        "DI-001", "a backreference, which needs backtracking",
        ExampleFile.files(
          PayloadExampleFile.dataItem("DI-001", #", "type": "string", "pattern": "^(a+)\\1$""#))),
      .passes(
        "a pattern of the published DIP",
        ExampleFile.files(
          PayloadExampleFile.dataType("DT-002", #", "type": "string", "pattern": "^\\d{13}?$""#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    let patterns = PayloadPatterns(catalogue)
    var findings: [Finding] = []
    func check(_ pattern: Located<String>?, of what: String, _ entity: some Entity, _ pointer: String) {
      guard let pattern, case .failure(let error) = patterns.pattern(pattern.value) else { return }
      findings.append(
        context.finding(
          "\(what)'s pattern \(pattern.value) cannot be run: \(error.message)", entity, at: pattern.position,
          pointer))
    }
    for type in context.checked(catalogue.dataTypes, in: catalogue) {
      check(type.pattern, of: "data type \(type.id.value)", type, "/pattern")
    }
    for item in context.checked(catalogue.dataItems, in: catalogue) {
      check(item.pattern, of: "data item \(item.id.value)", item, "/pattern")
    }
    for block in context.checked(catalogue.blocks, in: catalogue) {
      for (n, field) in (block.fields?.value ?? []).enumerated() {
        check(
          field.value.pattern, of: "field \(field.value.name.value) of block \(block.id.value)", block,
          "/fields/\(n)/pattern")
      }
    }
    return findings
  }
}
