import MHHSCatalogue
import Testing

@testable import MHHSLint

/// Builds catalogues from the rule examples' base files plus `files`.
private func catalogue(_ files: [String: String], _ directory: String) throws -> Catalogue {
  let merged = RuleExample.baseFiles.merging(files) { _, own in own }
  return try CatalogueLoader.load(
    files: merged.map { CatalogueLoader.File($0.key, $0.value) }, directory: directory)
}

private func interface(
  id: String = "IF-001", version: String = "1.0", to: String = #"["SUP"]"#, _ extra: String = ""
) -> (String, String) {
  (
    "interfaces/\(id).json",
    #"{ "id": "\#(id)", "name": "Example interface", "version": "\#(version)", "status": "active", "transport": "dip", "from": ["SDS"], "to": \#(to)\#(extra) }"#
  )
}

private func files(_ f: (String, String)...) -> [String: String] {
  Dictionary(f, uniquingKeysWith: { _, last in last })
}

private func check(_ old: [String: String], _ new: [String: String]) throws -> DiffResult {
  DiffChecker().check(
    old: try catalogue(old, "old"), new: try catalogue(new, "new"),
    asOf: CalendarDate(year: 2024, month: 6, day: 1))
}

private let history11 =
  #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" }, { "version": "1.1", "release": "IR7", "changes": ["CR036", "DIN-922"], "summary": "Receiver added" } ]"#
private let history10 =
  #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "Baselined" } ]"#
private let cr036 = (
  "change-requests/CR036.json",
  #"{ "id": "CR036", "title": "Use of Clock Midnight for Appointments and Reads", "status": "approved", "release": "IR7" }"#
)

struct CatalogueDiffTests {
  struct KindCase: CustomTestStringConvertible, Sendable {
    var kind: EntityKind
    var id: String
    var old: [String: String]
    var new: [String: String]
    var pointer: String
    var testDescription: String { "\(kind.rawValue) \(pointer)" }
  }

  static let kindCases: [KindCase] = [
    KindCase(
      kind: .interface, id: "IF-001", old: files(interface()),
      new: files(interface(#", "schemaVersion": "011""#)),
      pointer: "/schemaVersion"),
    KindCase(
      kind: .dataflow, id: "D0010", old: files(ExampleFile.dataflow("D0010")),
      new: files(ExampleFile.dataflow("D0010", #", "mhhs": { "disposition": "retained" }"#)),
      pointer: "/mhhs/disposition"),
    KindCase(
      kind: .nfr, id: "E2E1009", old: files(ExampleFile.nfr("E2E1009")),
      new: files(("nfrs/E2E1009.json", ExampleFile.nfr("E2E1009").1.replacing("PT6S", with: "PT12S"))),
      pointer: "/responseTime"),
    KindCase(
      kind: .changeRequest, id: "CR001", old: files(ExampleFile.changeRequest("CR001", status: "raised")),
      new: files(ExampleFile.changeRequest("CR001", status: "approved", #", "release": "IR7""#)),
      pointer: "/status"),
    KindCase(
      kind: .release, id: "IR8", old: [:],
      new: [
        "releases.json": RuleExample.baseFiles["releases.json"]!.replacing(
          #"{ "id": "IR8", "name": "Interim Release 8" }"#,
          with: #"{ "id": "IR8", "name": "Interim Release 8", "date": "2024-06-28" }"#)
      ], pointer: "/date"),
    KindCase(
      kind: .role, id: "SUP", old: [:],
      new: [
        "roles.json": RuleExample.baseFiles["roles.json"]!.replacing(
          #"{ "id": "SUP", "name": "Supplier" }"#,
          with: #"{ "id": "SUP", "name": "Supplier", "aliases": ["Supplier"] }"#)
      ], pointer: "/aliases"),
  ]

  @Test("a changed field of every kind", arguments: kindCases)
  func changedField(_ c: KindCase) throws {
    let result = try check(c.old, c.new)
    let changes = result.diff.changes
    #expect(changes.count == 1, "\(changes.map { "\($0.kind) \($0.id)" })")
    let change = try #require(changes.first)
    #expect(change.kind == c.kind)
    #expect(change.id == c.id)
    #expect(change.change == .changed)
    #expect(change.fields.map(\.pointer).contains(c.pointer), "\(change.fields.map(\.pointer))")
    let field = try #require(change.field(c.pointer))
    #expect(field.new != nil)
    #expect(field.newLocation?.file.hasPrefix("new/") == true)
    #expect(field.newLocation.map { $0.line >= 1 } == true)
  }

  @Test func addedAndRemovedEntities() throws {
    let result = try check(
      files(interface(), interface(id: "IF-002"), ExampleFile.changeRequest("CR001", status: "raised")),
      files(interface(), interface(id: "IF-003"), ExampleFile.nfr("E2E1009")))
    let summary = result.diff.changes.map { "\($0.change.rawValue) \($0.kind.rawValue) \($0.id)" }
    #expect(
      summary == [
        "removed interface IF-002", "added interface IF-003", "added nfr E2E1009",
        "removed changeRequest CR001",
      ])
    #expect(result.diff.count(.added) == 2)
    #expect(result.diff.count(.removed) == 2)
    #expect(result.diff.count(.changed) == 0)
    let removed = try #require(result.diff.changes.first { $0.id == "IF-002" })
    #expect(removed.oldOrigin?.file == "old/interfaces/IF-002.json")
    #expect(removed.newOrigin == nil)
    #expect(removed.name == "Example interface")
    #expect(removed.oldVersion == "1.0")
  }

  @Test func oldAndNewValuesAndLocations() throws {
    let old = files(interface(#", "responseTimes": { "error": { "within": "PT6S" } }"#))
    let new = files(
      (
        "interfaces/IF-001.json",
        "{\n  \"id\": \"IF-001\", \"name\": \"Example interface\", \"version\": \"1.0\", \"status\": \"active\", \"transport\": \"dip\", \"from\": [\"SDS\"], \"to\": [\"SUP\"],\n  \"responseTimes\": {\n    \"error\": { \"within\": \"PT10S\" } } }"
      ))
    let change = try #require(try check(old, new).diff.changes.first)
    let field = try #require(change.field("/responseTimes/error/within"))
    #expect(field.old == .string("PT6S"))
    #expect(field.new == .string("PT10S"))
    #expect(field.oldLocation?.line == 1)
    #expect(field.newLocation?.line == 4)
    #expect(field.newLocation?.pointer == "/responseTimes/error/within")
    #expect(field.displayName == "responseTimes.error.within")
  }

  @Test func listsOfIDsCompareAsSets() throws {
    let old = files(
      interface(to: #"["SUP", "LSS"]"#, #", "events": ["A", "B"], "replaces": ["D0010", "D0275"]"#),
      (
        "dataflows/D0010.json",
        #"{ "id": "D0010", "version": "001", "name": "Example flow", "ownership": "BSC", "routes": [ { "from": "SDS", "to": "SUP" }, { "from": "SUP", "to": "SDS" } ] }"#
      ))
    let reordered = files(
      interface(to: #"["LSS", "SUP"]"#, #", "events": ["B", "A"], "replaces": ["D0275", "D0010"]"#),
      (
        "dataflows/D0010.json",
        #"{ "id": "D0010", "version": "001", "name": "Example flow", "ownership": "BSC", "routes": [ { "from": "SUP", "to": "SDS" }, { "from": "SDS", "to": "SUP" } ] }"#
      ))
    #expect(try check(old, reordered).diff.isEmpty)

    let changed = files(
      interface(to: #"["LSS", "MDS"]"#, #", "events": ["A", "C"], "replaces": ["D0275", "D0010"]"#),
      (
        "dataflows/D0010.json",
        #"{ "id": "D0010", "version": "001", "name": "Example flow", "ownership": "BSC", "routes": [ { "from": "SDS", "to": "SUP" } ] }"#
      ))
    let diff = try check(old, changed).diff
    let to = try #require(diff.changes.first { $0.id == "IF-001" }?.field("/to"))
    #expect(to.isSet)
    #expect(to.added == [.string("MDS")])
    #expect(to.removed == [.string("SUP")])
    #expect(DiffText.describe(to) == "removed SUP; added MDS")
    let routes = try #require(diff.changes.first { $0.id == "D0010" }?.field("/routes"))
    #expect(DiffText.describe(routes) == "removed SUP→SDS")
  }

  @Test func theXFieldIsIgnored() throws {
    let diff = try check(files(interface(#", "x": { "a": 1 }"#)), files(interface(#", "x": { "a": 2 }"#)))
      .diff
    #expect(diff.isEmpty)
  }

  @Test func newHistoryEntriesAndTheirCitations() throws {
    let diff = try check(
      files(interface(history10), cr036),
      files(interface(version: "1.1", to: #"["SUP", "LSS"]"#, history11), cr036)
    ).diff
    let change = try #require(diff.changes.first)
    #expect(change.newHistory.map(\.version) == ["1.1"])
    #expect(change.newHistory.first?.changes == ["CR036", "DIN-922"])
    #expect(change.newHistory.first?.location.pointer == "/history/1")
    #expect(diff.changeRequestTitles == ["CR036": "Use of Clock Midnight for Appointments and Reads"])
  }
}

/// The pairs the issue names, at library level (the CLI tests run them end to end).
struct DiffRuleScenarioTests {
  private func fired(_ result: DiffResult, _ rule: String) -> [Finding] {
    result.findings.filter { $0.ruleID == rule && !$0.isSuppressed }
  }

  @Test func contentChangedWithoutABump() throws {
    let result = try check(files(interface(history10)), files(interface(to: #"["SUP", "LSS"]"#, history10)))
    let findings = fired(result, "diff/version-not-bumped")
    #expect(findings.count == 1)
    #expect(
      findings.first?.message
        == "IF-001 changed `to` but its version is still 1.0; bump it to 2.0 (the change is breaking) and add a history entry citing the CR or DIN"
    )
    #expect(findings.first?.location.pointer == "/version")
    #expect(findings.first?.severity == .error)
    #expect(result.fails(at: .severity(.error)))
  }

  @Test func aNonBreakingChangeAsksForTheNextMinorVersion() throws {
    let result = try check(files(interface()), files(interface(#", "codeDraftingName": "Consumption""#)))
    #expect(
      fired(result, "diff/version-not-bumped").first?.message
        == "IF-001 changed `codeDraftingName` but its version is still 1.0; bump it to 1.1 and add a history entry citing the CR or DIN"
    )
    #expect(fired(result, "diff/breaking-change").isEmpty)
  }

  @Test func aSourcesOnlyChangeIsListedButNeedsNoBump() throws {
    let result = try check(
      files(interface(#", "sources": ["A"]"#)), files(interface(#", "sources": ["A", "B"]"#)))
    #expect(result.diff.changes.first?.fields.map(\.pointer) == ["/sources"])
    #expect(fired(result, "diff/version-not-bumped").isEmpty)
  }

  @Test func aBumpWithoutHistory() throws {
    let result = try check(
      files(interface(history10)), files(interface(version: "1.1", to: #"["SUP", "LSS"]"#, history10)))
    let findings = fired(result, "diff/missing-history")
    #expect(findings.count == 1)
    #expect(
      findings.first?.message.hasPrefix(
        "IF-001 is now version 1.1 (was 1.0) but no history entry records 1.1") == true)
    #expect(fired(result, "diff/version-not-bumped").isEmpty)
  }

  @Test func aProperBumpWithHistoryPasses() throws {
    let result = try check(
      files(interface(history10), cr036),
      files(interface(version: "1.1", to: #"["SUP", "LSS"]"#, history11), cr036))
    #expect(!result.fails(at: .severity(.error)), "\(result.findings.map(\.message))")
    #expect(
      result.findings.filter { $0.ruleID != "diff/breaking-change" }.isEmpty,
      "\(result.findings.map(\.message))")
  }

  @Test func aRemovedInterface() throws {
    let result = try check(files(interface(), interface(id: "IF-002")), files(interface()))
    let findings = fired(result, "diff/breaking-change")
    #expect(findings.count == 1)
    #expect(findings.first?.entityID == "IF-002")
    #expect(findings.first?.location.file == "old/interfaces/IF-002.json")
    #expect(findings.first?.message.contains("withdraw it instead") == true)
    #expect(findings.first?.severity == .warning)
    #expect(!result.fails(at: .severity(.error)))
    #expect(result.fails(at: .severity(.warning)))
  }

  @Test func aSlowerResponseTime() throws {
    let result = try check(
      files(
        interface(#", "responseTimes": { "error": { "within": "PT6S" }, "success": { "within": "PT24H" } }"#)),
      files(
        interface(#", "responseTimes": { "error": { "within": "PT1M" }, "success": { "within": "PT1H" } }"#)))
    let findings = fired(result, "diff/breaking-change")
    #expect(findings.count == 1, "\(findings.map(\.message))")
    #expect(findings.first?.message.hasPrefix("IF-001's error response time got longer: PT6S → PT1M") == true)
    #expect(findings.first?.location.pointer == "/responseTimes/error/within")
  }

  @Test func aDroppedResponseTimeAndASlowerNFR() throws {
    let approving = ExampleFile.changeRequest(
      "CR034", status: "approved", #", "release": "IR7", "affects": ["E2E1009"]"#)
    let result = try check(
      files(
        interface(#", "responseTimes": { "error": { "within": "PT6S" } }"#), ExampleFile.nfr("E2E1009"),
        approving),
      files(
        interface(#", "responseTimes": {}"#),
        ("nfrs/E2E1009.json", ExampleFile.nfr("E2E1009").1.replacing("PT6S", with: "PT12S")), approving))
    let messages = fired(result, "diff/breaking-change").map(\.message)
    #expect(messages.contains { $0.hasPrefix("IF-001 no longer sets its error response time (was PT6S)") })
    #expect(
      messages.contains {
        $0.hasPrefix("E2E1009's response time got longer: PT6S → PT12S; approved under CR034")
      })
  }

  @Test func aVersionThatWentDown() throws {
    let result = try check(
      files(interface(version: "1.1", history11), cr036), files(interface(version: "1.0", history10), cr036))
    let findings = fired(result, "diff/version-decreased")
    #expect(findings.count == 1)
    #expect(
      findings.first?.message
        == "IF-001's version went down from 1.1 to 1.0; versions only go up: use 1.2 (after 1.1) and record it in the history"
    )
    #expect(fired(result, "diff/missing-history").isEmpty)
  }

  @Test func aDataflowVersionThatWentDownAndOneThatWasNotBumped() throws {
    let old = files(
      ("dataflows/D0010.json", ExampleFile.dataflow("D0010").1.replacing(#""001""#, with: #""002""#)))
    let down = try check(old, files(ExampleFile.dataflow("D0010")))
    #expect(fired(down, "diff/version-decreased").first?.message.contains("from 002 to 001") == true)
    let renamed = try check(
      old,
      files(("dataflows/D0010.json", old["dataflows/D0010.json"]!.replacing("Example flow", with: "Other"))))
    #expect(fired(renamed, "diff/version-not-bumped").first?.message.contains("bump it to 003") == true)
  }

  @Test func problemsMetWhileReadingAreFindings() throws {
    let result = try check(files(interface()), files(("interfaces/IF-001.json", "{ not json")))
    #expect(result.findings.contains { $0.ruleID == "catalogue/invalid-json" && $0.severity == .error })
    #expect(result.fails(at: .severity(.error)))
    let schema = try check(
      files(interface()),
      files(
        (
          "interfaces/IF-001.json",
          interface().1.replacing(#""status": "active""#, with: #""status": "retired""#)
        )))
    #expect(
      !schema.findings.contains { $0.ruleID == "catalogue/schema" }, "schema problems are lint's to report")
    let broken = try check(files(("interfaces/IF-001.json", "{ not json")), files(interface()))
    #expect(
      broken.findings.contains {
        $0.ruleID == "catalogue/invalid-json" && $0.severity == .warning
          && $0.message.hasPrefix("in the old catalogue: ")
      })
  }

  @Test func findingsHaveStableFingerprints() throws {
    let a = try check(files(interface()), files(interface(to: #"["LSS"]"#)))
    let b = try check(files(interface()), files(interface(to: #"["LSS"]"#)))
    #expect(a.findings.map(\.fingerprint) == b.findings.map(\.fingerprint))
    #expect(Set(a.findings.map(\.fingerprint)).count == a.findings.count)
  }
}

struct DiffExemptionTests {
  @Test func anExemptionOnTheEntitySuppressesABreakingChangeAndLintAcceptsIt() throws {
    let exemption =
      #", "exemptions": [ { "rule": "diff/breaking-change", "reason": "Receiver change approved", "changeRequest": "CR036" } ]"#
    let old = files(interface(), cr036)
    let new = files(interface(to: #"["LSS"]"#, exemption), cr036)
    let result = try check(old, new)
    let breaking = result.findings.filter { $0.ruleID == "diff/breaking-change" }
    #expect(breaking.count == 1)
    #expect(breaking.first?.suppression?.kind == .exemption)
    #expect(breaking.first?.suppression?.decision == "CR036")
    #expect(result.count(.warning) == 0)
    #expect(result.suppressedCount == 1)

    let lint = try Linter().lint(
      try catalogue(new, "new"), options: LintOptions(asOf: CalendarDate(year: 2024, month: 6, day: 1)),
      today: CalendarDate(year: 2024, month: 6, day: 1))
    #expect(
      !lint.findings.contains { $0.ruleID == "nfr/unused-exemption" },
      "\(lint.findings.filter { $0.ruleID == "nfr/unused-exemption" }.map(\.message))")
  }
}

/// `mhhs diff` goes through the same pipeline as lint: the ruleset's severities, exemptions and
/// a baseline apply to its findings.
struct DiffPipelineTests {
  static let asOf = CalendarDate(year: 2024, month: 6, day: 1)

  @Test func theRulesetSetsDiffRuleSeveritiesAndTurnsThemOff() throws {
    let old = try catalogue(files(interface()), "old")
    let new = try catalogue(files(interface(to: #"["LSS"]"#)), "new")
    let plain = DiffChecker().check(old: old, new: new, asOf: Self.asOf)
    #expect(plain.findings.contains { $0.ruleID == "diff/breaking-change" && $0.severity == .warning })
    #expect(plain.findings.contains { $0.ruleID == "diff/version-not-bumped" && $0.severity == .error })

    let configured = DiffChecker().check(
      old: old, new: new, asOf: Self.asOf,
      configuration: RuleConfiguration(rules: [
        "diff/breaking-change": .severity(.error), "diff/version-not-bumped": .off,
      ]))
    #expect(configured.findings.contains { $0.ruleID == "diff/breaking-change" && $0.severity == .error })
    #expect(!configured.findings.contains { $0.ruleID == "diff/version-not-bumped" })
    #expect(
      configured.findings.filter { $0.ruleID != "diff/version-not-bumped" }.map(\.fingerprint)
        == plain.findings.filter { $0.ruleID != "diff/version-not-bumped" }.map(\.fingerprint))
  }

  @Test func aBaselineSuppressesRecordedDiffFindingsAndReportsStaleEntries() throws {
    let old = try catalogue(files(interface()), "old")
    let new = try catalogue(files(interface(to: #"["LSS"]"#)), "new")
    let plain = DiffChecker().check(old: old, new: new, asOf: Self.asOf)
    var baseline = Baseline(recording: plain)
    #expect(!baseline.entries.isEmpty)
    baseline.entries.append(
      .init(rule: "diff/missing-history", entity: "IF-009", pointer: "", fingerprint: "ffffffffffffffff"))
    let applied = DiffChecker().check(
      old: old, new: new, asOf: Self.asOf, baseline: BaselineFile(baseline, path: "diff-baseline.json"))
    let others = applied.findings.filter { $0.ruleID != Baseline.staleEntryRule.id }
    #expect(others.count == plain.findings.count)
    #expect(others.allSatisfy { $0.suppression?.kind == .baseline })
    #expect(!applied.fails(at: .severity(.warning)))
    let stale = applied.findings.filter { $0.ruleID == Baseline.staleEntryRule.id }
    #expect(stale.map(\.entityID) == ["IF-009"])
    #expect(stale.first?.location.file == "diff-baseline.json")
  }

  @Test func diffExemptionsAreTheNewCatalogueOnesAndTheOldOnesForRemovedEntities() throws {
    let exemption =
      #", "exemptions": [ { "rule": "diff/breaking-change", "reason": "r", "changeRequest": "CR036" }, { "rule": "catalogue/duplicate-id", "reason": "r", "changeRequest": "CR036" } ]"#
    let old = try catalogue(files(interface(exemption), interface(id: "IF-002", exemption), cr036), "old")
    let new = try catalogue(files(interface(), cr036), "new")
    let index = ExemptionIndex(
      old: old, new: new, removed: ["IF-002"], rules: ["diff/breaking-change"], asOf: Self.asOf)
    // The definition: the old catalogue's exemptions for a removed entity, else the new one's,
    // for the diff rules only.
    let oldIndex = ExemptionIndex(old, asOf: Self.asOf)
    let newIndex = ExemptionIndex(new, asOf: Self.asOf)
    for rule in ["diff/breaking-change", "catalogue/duplicate-id"] {
      for entity in ["IF-001", "IF-002"] {
        let expected =
          rule != "diff/breaking-change"
          ? nil
          : (entity == "IF-002" ? oldIndex : newIndex).suppression(rule: rule, entity: entity)
        #expect(index.suppression(rule: rule, entity: entity) == expected, "\(rule) \(entity)")
      }
    }
    #expect(index.suppression(rule: "diff/breaking-change", entity: "IF-002") != nil)
    #expect(index.suppression(rule: "diff/breaking-change", entity: "IF-001") == nil)
  }
}
