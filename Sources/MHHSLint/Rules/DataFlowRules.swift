import MHHSCatalogue

public struct MissingDispositionRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "dflow/missing-disposition",
    summary: "Every D-flow records its fate at MHHS go-live",
    rationale: """
      The D-Flow and Interface Mapping (DES196, baselined by DAG-DEC57 at DAG 26) states for each legacy DTC \
      flow whether it is retained, removed or amended at MHHS go-live. A flow with no disposition is a row of \
      that mapping still to be decided or recorded.
      """,
    sources: ["DES196", "DAG-DEC57", "DAG026 headline report, 12 Jul 2023"],
    defaultSeverity: .error,
    examples: [
      .triggers("D0010", "no `mhhs` block", ExampleFile.files(ExampleFile.dataflow("D0010"))),
      .passes(
        "retained by DAG-DEC57",
        ExampleFile.files(
          ExampleFile.dataflow("D0300", #", "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.dataflows.compactMap { f in
      guard f.mhhs?.value.disposition == nil else { return nil }
      return context.missing(
        "\(f.id.value) has no MHHS disposition; set mhhs.disposition to retained, removed, amended or new (DES196)",
        f,
        in: f.mhhs.map { ($0.position, "/mhhs") })
    }
  }
}

public struct RemovedWithoutReplacementRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "dflow/removed-without-replacement",
    summary: "A removed D-flow names the interfaces that take over its job, or says why none is needed",
    rationale: """
      DES196 maps each removed D-flow to the MHHS interfaces that replace it. A removed flow with neither a \
      replacement nor a rationale leaves its data with no route after go-live (DAG-DEC57 removed D0012).
      """,
    sources: ["DES196", "DAG-DEC57"],
    defaultSeverity: .error,
    examples: [
      .triggers(
        "D0012", "removed with nothing to replace it",
        ExampleFile.files(
          ExampleFile.dataflow("D0012", #", "mhhs": { "disposition": "removed", "decision": "DAG-DEC57" }"#))),
      .passes(
        "removed with a rationale",
        ExampleFile.files(
          ExampleFile.dataflow(
            "D0012",
            #", "mhhs": { "disposition": "removed", "decision": "DAG-DEC57", "rationale": "Reading schedules end with MHHS" }"#
          ))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.dataflows.compactMap { f in
      guard let fate = f.mhhs, let disposition = fate.value.disposition, disposition.value == .removed,
        fate.value.replacedBy?.value.isEmpty ?? true, fate.value.rationale == nil
      else { return nil }
      return context.finding(
        "\(f.id.value) is removed but names no replacement; add mhhs.replacedBy or mhhs.rationale", f,
        at: disposition.position, "/mhhs/disposition")
    }
  }
}

public struct RetainedWithoutRationaleRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "dflow/retained-without-rationale",
    summary: "A retained D-flow cites the decision or reason for keeping it",
    rationale: """
      Design principle 4 says MHHS adds no DTC flows; keeping an existing one should be a recorded decision \
      (DAG-DEC57 retained D0300, D0379 and D0275) so that the reason survives the people who took it.
      """,
    sources: ["DES196", "DAG-DEC57", "design principle 4 (DAG 14 pack)"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "D0275", "retained with no reason",
        ExampleFile.files(ExampleFile.dataflow("D0275", #", "mhhs": { "disposition": "retained" }"#))),
      .passes(
        "retained by DAG-DEC57",
        ExampleFile.files(
          ExampleFile.dataflow("D0275", #", "mhhs": { "disposition": "retained", "decision": "DAG-DEC57" }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.dataflows.compactMap { f in
      guard let fate = f.mhhs?.value, let disposition = fate.disposition, disposition.value == .retained,
        fate.decision == nil, fate.rationale == nil
      else { return nil }
      return context.finding(
        "\(f.id.value) is retained with no decision or rationale; add mhhs.decision (e.g. DAG-DEC57) or mhhs.rationale",
        f,
        at: disposition.position, "/mhhs/disposition")
    }
  }
}

public struct NewDTCFlowRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "dflow/new-dtc-flow",
    summary: "A new D-flow for MHHS cites the decision that allowed it",
    rationale: """
      Design principle 4 (DAG 14 pack): no new DTC flows for MHHS, and no facsimiles of DTC flows on the DIP. \
      A new flow is an exception to that principle and needs a DAG decision behind it.
      """,
    sources: ["design principle 4 (DAG 14 pack)"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "D0397", "a new flow with no decision",
        ExampleFile.files(ExampleFile.dataflow("D0397", #", "mhhs": { "disposition": "new" }"#))),
      .passes(
        "a new flow allowed by a decision",
        ExampleFile.files(
          ExampleFile.dataflow("D0397", #", "mhhs": { "disposition": "new", "decision": "DAG-DEC90" }"#))),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.dataflows.compactMap { f in
      guard let fate = f.mhhs?.value, let disposition = fate.disposition, disposition.value == .new,
        fate.decision == nil
      else { return nil }
      return context.finding(
        "\(f.id.value) is a new DTC flow with no decision; design principle 4 allows no new DTC flows for MHHS, so cite the DAG decision that did",
        f, at: disposition.position, "/mhhs/disposition")
    }
  }
}

public struct ReplacementNotDIPRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "dflow/replacement-not-dip",
    summary: "A removed D-flow is replaced by DIP interfaces",
    rationale: """
      MHHS moves settlement data off the DTN onto the Data Integration Platform; design principle 5 says \
      outliers should not stay on the DTN. Replacing a removed D-flow with another non-DIP interface keeps the \
      old transport alive.
      """,
    sources: ["design principle 5 (DAG 14 pack)", "DES196"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "D0001", "replaced by a DTN interface",
        ExampleFile.files(
          ExampleFile.interface("IF-001", transport: "dtn"),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
      .passes(
        "replaced by a DIP interface",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for f in catalogue.dataflows {
      guard let fate = f.mhhs?.value, fate.disposition?.value == .removed else { continue }
      for (n, id) in (fate.replacedBy?.value ?? []).enumerated() {
        guard let transport = catalogue.interface(id.value)?.transport?.value, transport != .dip else {
          continue
        }
        findings.append(
          context.finding(
            "\(f.id.value) is replaced by \(id.value), which uses \(transport.rawValue), not the DIP (design principle 5)",
            f, at: id.position, "/mhhs/replacedBy/\(n)"))
      }
    }
    return findings
  }
}

public struct MappingAsymmetricRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "dflow/mapping-asymmetric",
    summary: "Interface `replaces` and D-flow `replacedBy` agree",
    rationale: """
      DES196 is one mapping seen from two sides: the flow side (which interfaces replace this D-flow) and the \
      interface side (which D-flows this interface replaces). When one side lists a pair the other does not, \
      the mapping tables disagree depending on which way they are read.
      """,
    sources: ["DES196"],
    defaultSeverity: .warning,
    examples: [
      .triggers(
        "IF-001", "the interface lists the flow, the flow does not list the interface",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "rationale": "Replaced" }"#))),
      .passes(
        "both sides list the pair",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "replaces": ["D0001"]"#),
          ExampleFile.dataflow("D0001", #", "mhhs": { "disposition": "removed", "replacedBy": ["IF-001"] }"#))
      ),
    ])

  public init() {}

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for i in catalogue.interfaces {
      for (n, flowID) in (i.replaces?.value ?? []).enumerated() {
        guard let flow = catalogue.dataflow(flowID.value),
          !(flow.mhhs?.value.replacedBy?.value.contains { $0.value == i.id.value } ?? false)
        else { continue }
        findings.append(
          context.finding(
            "\(i.id.value) replaces \(flowID.value), but \(flowID.value) does not list \(i.id.value) in mhhs.replacedBy; add it there or remove it here",
            i, at: flowID.position, "/replaces/\(n)"))
      }
    }
    for f in catalogue.dataflows {
      for (n, id) in (f.mhhs?.value.replacedBy?.value ?? []).enumerated() {
        guard let i = catalogue.interface(id.value),
          !(i.replaces?.value.contains { $0.value == f.id.value } ?? false)
        else { continue }
        findings.append(
          context.finding(
            "\(f.id.value) is replaced by \(id.value), but \(id.value) does not list \(f.id.value) in `replaces`; add it there or remove it here",
            f, at: id.position, "/mhhs/replacedBy/\(n)"))
      }
    }
    return findings
  }
}
