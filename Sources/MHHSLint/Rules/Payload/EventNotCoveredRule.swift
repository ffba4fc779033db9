import MHHSCatalogue

public struct EventNotCoveredRule: BuiltinRule {
  public static let locality = RuleLocality.entity
  public static let description = RuleDescription(
    id: "payload/event-not-covered",
    summary:
      "Every event of an interface has a payload variant, and every variant names events of the interface",
    rationale: """
      The DIP publishes an interface's payload as one variant per group of event codes (IF-001's \
      InitialRegistration and ChangeOfSupplier carry different blocks). An event that no variant covers has no \
      defined payload, so a sender cannot build the message; a variant naming an event the interface does not \
      list describes a message nobody may send, usually a renamed or misspelt event.
      """,
    sources: ["DIP API 2.1.0 (Elexon, Interfaces-EventCodes)", "catalogue format, version 1: payloads"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "IF-001", "ChangeOfSupplier has no variant",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001",
            #", "events": ["InitialRegistration", "ChangeOfSupplier"]"#
              + PayloadExampleFile.payload(block: "B001", variants: [["InitialRegistration"]])),
          PayloadExampleFile.block("B001", items: []))),
      .triggers(
        "IF-001", "a variant for an event the interface does not list",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001",
            #", "events": ["InitialRegistration"]"#
              + PayloadExampleFile.payload(
                block: "B001", variants: [["InitialRegistration"], ["InitialRegistrat"]])),
          PayloadExampleFile.block("B001", items: []))),
      .passes(
        "one variant per event",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001",
            #", "events": ["InitialRegistration", "ChangeOfSupplier"]"#
              + PayloadExampleFile.payload(
                block: "B001", variants: [["InitialRegistration"], ["ChangeOfSupplier"]])),
          PayloadExampleFile.block("B001", items: []))),
      .passes(
        "a variant with no events covers them all",
        ExampleFile.files(
          ExampleFile.interface(
            "IF-001",
            #", "events": ["InitialRegistration", "ChangeOfSupplier"]"#
              + PayloadExampleFile.payload(block: "B001", variants: [nil])),
          PayloadExampleFile.block("B001", items: []))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for i in context.checked(catalogue.interfaces, in: catalogue) where context.isActive(i, in: catalogue) {
      guard let variants = i.payload?.value else { continue }
      let events = i.events?.value ?? []
      let listed = Set(events.map(\.value))
      var covered: Set<String> = []
      var coversAll = false
      for (v, variant) in variants.enumerated() {
        guard let named = variant.value.events?.value else {
          coversAll = true
          continue
        }
        for (n, event) in named.enumerated() {
          covered.insert(event.value)
          guard !listed.contains(event.value) else { continue }
          let hint = NearestName.suggest(event.value, from: listed).map { " (did you mean \($0)?)" } ?? ""
          findings.append(
            context.finding(
              "payload variant \(v + 1) of \(i.id.value) names event \(event.value), which \(i.id.value) does not list in `events`\(hint); add the event to `events` or remove it from the variant",
              i, at: event.position, "/payload/\(v)/events/\(n)"))
        }
      }
      guard !coversAll else { continue }
      for (n, event) in events.enumerated() where !covered.contains(event.value) {
        findings.append(
          context.finding(
            "event \(event.value) of \(i.id.value) is covered by no payload variant; add it to the `events` of the variant that carries it, or add a variant",
            i, at: event.position, "/events/\(n)"))
      }
    }
    return findings
  }
}
