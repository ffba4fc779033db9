import MHHSCatalogue
import Testing

@testable import MHHSLint

/// Small catalogues for engine tests, over the base files every rule example uses (roles SDS,
/// ADS, SUP, LSS, MDS, REGS; releases M5 2022-10-31, IR7 2024-01-31, IR8 undated).
enum LintFixture {
  static func interface(
    _ id: String, _ extra: String = "", transport: String = "dip", status: String = "active"
  ) -> (String, String) {
    (
      "interfaces/\(id).json",
      #"{ "id": "\#(id)", "name": "Example", "version": "1.0", "status": "\#(status)", "transport": "\#(transport)", "from": ["SDS"], "to": ["SUP"]\#(extra) }"#
    )
  }

  static func changeRequest(_ id: String, status: String, _ extra: String = "") -> (String, String) {
    (
      "change-requests/\(id).json",
      #"{ "id": "\#(id)", "title": "Example", "status": "\#(status)"\#(extra) }"#
    )
  }

  static func catalogue(_ files: [(String, String)], directory: String = "catalogue") throws -> Catalogue {
    var all = RuleExample.baseFiles
    for (path, text) in files { all[path] = text }
    return try CatalogueLoader.load(
      files: all.map { CatalogueLoader.File($0.key, $0.value) }, directory: directory)
  }

  static func lint(
    _ files: [(String, String)], asOf: String? = "2024-06-01", release: String? = nil,
    configuration: RuleConfiguration = .init(), today: String = "2024-06-01", directory: String = "catalogue"
  ) throws -> LintResult {
    let catalogue = try catalogue(files, directory: directory)
    let options = LintOptions(
      asOf: asOf.flatMap(CalendarDate.init), release: release, configuration: configuration)
    return try Linter().lint(catalogue, options: options, today: CalendarDate(today)!)
  }
}

extension LintResult {
  func findings(_ rule: String, on entity: String? = nil) -> [Finding] {
    findings.filter { $0.ruleID == rule && (entity == nil || $0.entityID == entity) }
  }
}

// MARK: - Exemptions

@Suite struct ExemptionTests {
  static let errorRule = "nfr/missing-error-response-time"
  static let noErrorTime = #", "responseTimes": { "acknowledgement": { "within": "PT6S" } }"#

  static func exempted(_ exemption: String) -> (String, String) {
    LintFixture.interface("IF-021", noErrorTime + #", "exemptions": [ \#(exemption) ]"#)
  }

  @Test func aDecidedExemptionSuppresses() throws {
    let result = try LintFixture.lint([
      Self.exempted(
        #"{ "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03" }"#)
    ])
    let finding = try #require(result.findings(Self.errorRule, on: "IF-021").first)
    #expect(finding.suppression == Suppression(kind: .exemption, reason: "volumes", decision: "DAG31-03"))
    #expect(finding.isSuppressed)
    #expect(result.suppressedCount == 1)
    #expect(result.count(.error) == 0)
    #expect(!result.fails(at: .severity(.error)))
    #expect(result.findings("nfr/exemption-expired").isEmpty)
    #expect(result.findings("nfr/exemption-without-decision").isEmpty)
    #expect(result.findings("nfr/unused-exemption").isEmpty)
  }

  @Test func anExemptionSilencesOnlyItsRuleOnItsEntity() throws {
    let result = try LintFixture.lint([
      Self.exempted(
        #"{ "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03" }"#),
      LintFixture.interface("IF-022", Self.noErrorTime),
    ])
    #expect(result.findings(Self.errorRule, on: "IF-022").map(\.isSuppressed) == [false])
    #expect(result.findings("time/missing-time-basis", on: "IF-021").map(\.isSuppressed) == [false])
  }

  @Test func anExpiredExemptionDoesNotSuppressAndIsReported() throws {
    let files = [
      Self.exempted(
        #"{ "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03", "expires": "2024-01-10" }"#
      )
    ]
    let result = try LintFixture.lint(files, asOf: "2024-02-01")
    let finding = try #require(result.findings(Self.errorRule, on: "IF-021").first)
    #expect(!finding.isSuppressed)
    let expired = try #require(result.findings("nfr/exemption-expired", on: "IF-021").first)
    #expect(expired.location.pointer == "/exemptions/0/expires")
    #expect(expired.severity == .warning)
    #expect(result.fails(at: .severity(.error)))

    // The day it expires it still holds.
    let onTheDay = try LintFixture.lint(files, asOf: "2024-01-10")
    #expect(onTheDay.findings(Self.errorRule, on: "IF-021").first?.isSuppressed == true)
    #expect(onTheDay.findings("nfr/exemption-expired").isEmpty)
  }

  @Test func anUndecidedExemptionDoesNotSuppressAndIsReported() throws {
    let result = try LintFixture.lint([
      Self.exempted(#"{ "rule": "nfr/missing-error-response-time", "reason": "volumes" }"#)
    ])
    #expect(result.findings(Self.errorRule, on: "IF-021").map(\.isSuppressed) == [false])
    let undecided = try #require(result.findings("nfr/exemption-without-decision", on: "IF-021").first)
    #expect(undecided.location.pointer == "/exemptions/0")
    #expect(undecided.severity == .error)
  }

  struct CRCase: CustomTestStringConvertible, Sendable {
    var status: String
    var suppresses: Bool
    var testDescription: String { "CR \(status)" }
  }

  static let crCases = [
    CRCase(status: "approved", suppresses: true), CRCase(status: "implemented", suppresses: true),
    CRCase(status: "raised", suppresses: false), CRCase(status: "impact-assessment", suppresses: false),
    CRCase(status: "rejected", suppresses: false), CRCase(status: "withdrawn", suppresses: false),
    CRCase(status: "deferred", suppresses: false),
  ]

  @Test("an exemption citing a change request", arguments: crCases)
  func exemptionCitingAChangeRequest(_ c: CRCase) throws {
    let result = try LintFixture.lint([
      Self.exempted(
        #"{ "rule": "nfr/missing-error-response-time", "reason": "volumes", "changeRequest": "CR034" }"#),
      LintFixture.changeRequest("CR034", status: c.status, #", "release": "IR7", "decision": "DAG-DEC83""#),
    ])
    let finding = try #require(result.findings(Self.errorRule, on: "IF-021").first)
    #expect(finding.isSuppressed == c.suppresses)
    if c.suppresses {
      #expect(finding.suppression?.decision == "CR034")
      #expect(result.findings("nfr/exemption-without-decision").isEmpty)
    } else {
      let undecided = try #require(result.findings("nfr/exemption-without-decision", on: "IF-021").first)
      #expect(undecided.message.contains(c.status))
      #expect(undecided.location.pointer == "/exemptions/0/changeRequest")
    }
  }

  @Test func anExemptionCitingAnUnknownChangeRequestDoesNotSuppress() throws {
    let result = try LintFixture.lint([
      Self.exempted(
        #"{ "rule": "nfr/missing-error-response-time", "reason": "volumes", "changeRequest": "CR099" }"#)
    ])
    #expect(result.findings(Self.errorRule, on: "IF-021").map(\.isSuppressed) == [false])
    #expect(!result.findings("catalogue/unknown-reference", on: "IF-021").isEmpty)
  }

  @Test func anExemptionOnADataFlowSuppresses() throws {
    let result = try LintFixture.lint([
      (
        "dataflows/D0012.json",
        #"{ "id": "D0012", "version": "001", "name": "F", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ], "exemptions": [ { "rule": "dflow/missing-disposition", "reason": "not yet assessed", "decision": "DAG-DEC57" } ] }"#
      )
    ])
    let finding = try #require(result.findings("dflow/missing-disposition", on: "D0012").first)
    #expect(finding.suppression?.kind == .exemption)
    #expect(finding.suppression?.reason == "not yet assessed")
  }
}

// MARK: - Release scoping and as-of

@Suite struct ReleaseScopeTests {
  @Test func interfacesOutsideTheReleaseYieldNothingAndAreNotCounted() throws {
    let files = [
      LintFixture.interface("IF-001"),
      LintFixture.interface("IF-002", #", "introducedIn": "M5""#),
      LintFixture.interface("IF-003", #", "introducedIn": "IR7""#),
      LintFixture.interface("IF-004", #", "introducedIn": "IR8""#),
      LintFixture.interface("IF-005", #", "withdrawnIn": "IR7""#),
      LintFixture.interface("IF-006", #", "withdrawnIn": "M5""#),
      LintFixture.interface("IF-007", #", "withdrawnIn": "IR8""#),
      // Out of scope even with data errors: schema findings on it are not reported.
      LintFixture.interface("IF-008", #", "introducedIn": "IR8", "colour": 1"#),
    ]
    let result = try LintFixture.lint(files, asOf: nil, release: "IR7")
    let entities = Set(result.findings.compactMap(\.entityID).filter { $0.hasPrefix("IF-") })
    #expect(entities == ["IF-001", "IF-002", "IF-003", "IF-007"])
    #expect(result.entityCounts[.interface] == 4)
    #expect(result.release == "IR7")

    let all = try LintFixture.lint(files)
    #expect(Set(all.findings.compactMap(\.entityID).filter { $0.hasPrefix("IF-") }).count == 8)
    #expect(all.entityCounts[.interface] == 8)
    #expect(all.release == nil)
  }

  @Test func atAnEarlierRelease() throws {
    let files = [
      LintFixture.interface("IF-003", #", "introducedIn": "IR7""#),
      LintFixture.interface("IF-006", #", "withdrawnIn": "IR7""#),
    ]
    let result = try LintFixture.lint(files, asOf: nil, release: "M5")
    #expect(Set(result.findings.compactMap(\.entityID).filter { $0.hasPrefix("IF-") }) == ["IF-006"])
  }

  @Test func anUnknownReleaseThrows() throws {
    #expect(throws: LintError.unknownRelease("IR9", known: ["M5", "IR7", "IR8"])) {
      try LintFixture.lint([], release: "IR9")
    }
    let message = LintError.unknownRelease("IR77", known: ["M5", "IR7", "IR8"]).description
    #expect(message.contains("'IR77'"))
    #expect(message.contains("M5, IR7, IR8"))
  }

  @Test func asOfDefaultsToTheReleaseDate() throws {
    // Expires between IR7 (2024-01-31) and "today".
    let files = [
      LintFixture.interface(
        "IF-021",
        #", "responseTimes": { "success": { "within": "PT24H" } }, "exemptions": [ { "rule": "nfr/missing-error-response-time", "reason": "volumes", "decision": "DAG31-03", "expires": "2024-03-01" } ]"#
      )
    ]
    let atRelease = try LintFixture.lint(files, asOf: nil, release: "IR7", today: "2025-01-01")
    #expect(atRelease.asOf == CalendarDate("2024-01-31"))
    #expect(atRelease.findings("nfr/missing-error-response-time", on: "IF-021").first?.isSuppressed == true)
    #expect(atRelease.findings("nfr/exemption-expired").isEmpty)

    let today = try LintFixture.lint(files, asOf: nil, today: "2025-01-01")
    #expect(today.asOf == CalendarDate("2025-01-01"))
    #expect(today.findings("nfr/missing-error-response-time", on: "IF-021").first?.isSuppressed == false)
    #expect(today.findings("nfr/exemption-expired").count == 1)

    // An explicit --as-of wins over the release date.
    let explicit = try LintFixture.lint(files, asOf: "2024-06-01", release: "IR7", today: "2025-01-01")
    #expect(explicit.asOf == CalendarDate("2024-06-01"))
    #expect(explicit.findings("nfr/exemption-expired").count == 1)
  }

  @Test func anUndatedReleaseNeedsAnAsOfDate() throws {
    #expect(throws: LintError.undatedRelease("IR8")) { try LintFixture.lint([], asOf: nil, release: "IR8") }
    let result = try LintFixture.lint([], asOf: "2024-06-01", release: "IR8")
    #expect(result.release == "IR8")
  }
}

// MARK: - Configuration and thresholds

@Suite struct ConfigurationTests {
  static let files = [
    LintFixture.interface("IF-021"), LintFixture.interface("IF-031"),
  ]

  @Test func severitiesCanBeChangedAndRulesTurnedOff() throws {
    let configuration = RuleConfiguration(rules: [
      "nfr/missing-response-times": .severity(.error),
      "nfr/missing-error-response-time": .off,
      "term/missing-code-drafting-name": .severity(.hint),
    ])
    let result = try LintFixture.lint(Self.files, configuration: configuration)
    #expect(result.findings("nfr/missing-error-response-time").isEmpty)
    #expect(result.findings("nfr/missing-response-times").map(\.severity) == [.error, .error])
    #expect(result.findings("term/missing-code-drafting-name").map(\.severity) == [.hint, .hint])
    #expect(result.count(.hint) == 2)

    let defaults = try LintFixture.lint(Self.files)
    #expect(defaults.findings("nfr/missing-error-response-time").map(\.severity) == [.error, .error])
    #expect(defaults.findings("nfr/missing-response-times").map(\.severity) == [.warning, .warning])
  }

  @Test func overridesApplyToMatchingEntitiesAndLaterOnesWin() throws {
    let configuration = RuleConfiguration(
      rules: ["time/missing-time-basis": .off],
      overrides: [
        .init(entities: ["IF-0*"], rules: ["time/missing-time-basis": .severity(.info)]),
        .init(entities: ["IF-02?"], rules: ["time/missing-time-basis": .off]),
      ])
    let result = try LintFixture.lint(Self.files, configuration: configuration)
    let findings = result.findings("time/missing-time-basis")
    #expect(findings.map(\.entityID) == ["IF-031"])
    #expect(findings.map(\.severity) == [.info])
  }

  @Test func failThresholds() throws {
    let warningsOnly = try LintFixture.lint(
      Self.files,
      configuration: RuleConfiguration(rules: ["nfr/missing-error-response-time": .off]))
    #expect(warningsOnly.count(.error) == 0)
    #expect(warningsOnly.count(.warning) > 0)
    #expect(!warningsOnly.fails(at: .severity(.error)))
    #expect(warningsOnly.fails(at: .severity(.warning)))
    #expect(warningsOnly.fails(at: .severity(.hint)))
    #expect(!warningsOnly.fails(at: .never))

    let errors = try LintFixture.lint(Self.files)
    #expect(errors.fails(at: .severity(.error)))
    #expect(!errors.fails(at: .never))

    #expect(FailThreshold("never") == .never)
    #expect(FailThreshold("warning") == .severity(.warning))
    #expect(FailThreshold("fatal") == nil)
    #expect(FailThreshold.severity(.info).isReached(by: .warning))
    #expect(!FailThreshold.severity(.info).isReached(by: .hint))
    #expect(RuleSetting("off") == .off)
    #expect(RuleSetting("never") == nil)
  }

  @Test func globs() {
    #expect(Glob.matches("IF-0*", "IF-021"))
    #expect(Glob.matches("*", ""))
    #expect(Glob.matches("IF-02?", "IF-021"))
    #expect(!Glob.matches("IF-02?", "IF-0210"))
    #expect(Glob.matches("*-0*1", "REP-001"))
    #expect(!Glob.matches("D*", "IF-021"))
  }
}

// MARK: - Fingerprints and order

@Suite struct FingerprintTests {
  static let compact = LintFixture.interface(
    "IF-021", #", "responseTimes": { "success": { "within": "PT24H" } }"#)
  static let reformatted = (
    "interfaces/IF-021.json",
    """


    {
        "id":     "IF-021",
        "name": "Example",
        "version": "1.0",
        "status": "active",
        "transport": "dip",
        "from": [
            "SDS"
        ],
        "to": ["SUP"],
        "responseTimes": {
            "success": {
                "within": "PT24H"
            }
        }
    }
    """
  )

  static func fingerprints(_ result: LintResult) -> [String: String] {
    Dictionary(
      result.findings.map { ("\($0.ruleID) \($0.entityID ?? "") \($0.location.pointer)", $0.fingerprint) },
      uniquingKeysWith: { a, _ in a })
  }

  @Test func reformattingKeepsFingerprints() throws {
    let before = try LintFixture.lint([Self.compact])
    let after = try LintFixture.lint([Self.reformatted])
    #expect(!before.findings.isEmpty)
    #expect(before.findings.count == after.findings.count)
    #expect(Self.fingerprints(before) == Self.fingerprints(after))
    // The lines did move.
    let b = try #require(before.findings("nfr/missing-error-response-time").first)
    let a = try #require(after.findings("nfr/missing-error-response-time").first)
    #expect(b.location.line == 1)
    #expect(a.location.line == 13)
    #expect(a.fingerprint == b.fingerprint)
  }

  @Test func fingerprintsDoNotDependOnWhereTheCatalogueIs() throws {
    let here = try LintFixture.lint([Self.compact], directory: "catalogue")
    let there = try LintFixture.lint([Self.compact], directory: "/srv/checkouts/design/catalogue/")
    #expect(here.findings.map(\.fingerprint) == there.findings.map(\.fingerprint))
    #expect(there.findings.first?.location.file.hasPrefix("/srv/checkouts/design/catalogue/") == true)
  }

  @Test func fingerprintsDifferForDifferentPointersRulesAndEntities() throws {
    let result = try LintFixture.lint([Self.compact, LintFixture.interface("IF-022")])
    let prints = result.findings.map(\.fingerprint)
    #expect(Set(prints).count == prints.count, "\(result.findings.map { ($0.ruleID, $0.fingerprint) })")
    #expect(prints.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })

    let base = Fingerprint.make(
      rule: "r", entity: "IF-001", relativePath: "interfaces/IF-001.json", pointer: "/a")
    #expect(
      base
        == Fingerprint.make(
          rule: "r", entity: "IF-001", relativePath: "interfaces/IF-001.json", pointer: "/a"))
    #expect(
      base
        != Fingerprint.make(
          rule: "r", entity: "IF-001", relativePath: "interfaces/IF-001.json", pointer: "/b"))
    #expect(
      base
        != Fingerprint.make(
          rule: "s", entity: "IF-001", relativePath: "interfaces/IF-001.json", pointer: "/a"))
    #expect(
      base
        != Fingerprint.make(
          rule: "r", entity: "IF-002", relativePath: "interfaces/IF-001.json", pointer: "/a"))
    // Parts are separated, so moving a character between parts changes the fingerprint.
    #expect(
      Fingerprint.make(rule: "ab", entity: nil, relativePath: "c", pointer: "")
        != Fingerprint.make(rule: "a", entity: nil, relativePath: "bc", pointer: ""))
  }

  @Test func findingsAreSortedByFileLineColumnRule() throws {
    let result = try LintFixture.lint([
      LintFixture.interface("IF-031"), LintFixture.interface("IF-021"),
      ("interfaces/IF-010.json", "{\n" + String(LintFixture.interface("IF-010").1.dropFirst())),
      LintFixture.changeRequest("CR001", status: "approved"),
      (
        "dataflows/D0001.json",
        #"{ "id": "D0001", "version": "1", "name": "F", "ownership": "BSC", "routes": [ { "from": "SDS", "to": "SUP" } ] }"#
      ),
    ])
    #expect(result.findings.count > 10)
    let keys = result.findings.map { ($0.location.file, $0.location.line, $0.location.column, $0.ruleID) }
    for (a, b) in zip(keys, keys.dropFirst()) {
      let ordered =
        a.0 != b.0
        ? Array(a.0.utf8).lexicographicallyPrecedes(Array(b.0.utf8)) : (a.1, a.2, a.3) <= (b.1, b.2, b.3)
      #expect(ordered, "\(a) before \(b)")
    }
    let files = result.findings.map(\.location.file)
    #expect(files.first == "catalogue/change-requests/CR001.json")
    #expect(files.last == "catalogue/interfaces/IF-031.json")
    // Several rules at the start of IF-021 are ordered by rule id.
    let atStart = result.findings.filter {
      $0.location.file.hasSuffix("IF-021.json") && $0.location.line == 1 && $0.location.column == 1
    }
    #expect(atStart.count > 1)
    #expect(atStart.map(\.ruleID) == atStart.map(\.ruleID).sorted())
  }

  @Test func theSameInputGivesTheSameFindings() throws {
    let files = [
      Self.compact, LintFixture.interface("IF-022"), LintFixture.changeRequest("CR001", status: "approved"),
    ]
    let first = try LintFixture.lint(files)
    for _ in 0..<3 { #expect(try LintFixture.lint(files).findings == first.findings) }
  }
}

// MARK: - Loader issues as findings

@Suite struct LoaderFindingTests {
  @Test func aFileNamedAfterAnotherIdIsAFinding() throws {
    let result = try LintFixture.lint([("interfaces/IF-001.json", LintFixture.interface("IF-002").1)])
    let finding = try #require(result.findings("catalogue/file-name").first)
    #expect(finding.entityID == "IF-002")
    #expect(finding.location.file == "catalogue/interfaces/IF-001.json")
    #expect(finding.location.pointer == "/id")
    #expect(finding.message.contains("IF-002.json"))
  }

  @Test func duplicateIdsAreFindingsAtBothFiles() throws {
    let result = try LintFixture.lint([
      LintFixture.interface("IF-001"), ("interfaces/IF-001-copy.json", LintFixture.interface("IF-001").1),
    ])
    let files = result.findings("catalogue/duplicate-id").map(\.location.file)
    #expect(files == ["catalogue/interfaces/IF-001-copy.json", "catalogue/interfaces/IF-001.json"])
  }

  @Test func schemaAndJSONProblemsAreErrorFindingsWithLocations() throws {
    let result = try LintFixture.lint([
      LintFixture.interface("IF-001", #", "responeTimes": {}"#),
      ("interfaces/IF-002.json", "{ \"id\": \"IF-002\", }"),
    ])
    let schema = try #require(result.findings("catalogue/schema", on: "IF-001").first)
    #expect(schema.message.contains("did you mean `responseTimes`?"))
    #expect(schema.severity == .error)
    #expect(schema.location.pointer == "/responeTimes")
    let json = try #require(result.findings("catalogue/invalid-json").first)
    #expect(json.entityID == nil)
    #expect(json.location.file == "catalogue/interfaces/IF-002.json")
    #expect((json.location.line, json.location.column) == (1, 19))
  }
}
