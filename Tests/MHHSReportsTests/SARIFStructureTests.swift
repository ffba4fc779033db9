import MHHSCatalogue
import MHHSLint
import Testing

@testable import MHHSReports

/// The structure the OASIS SARIF 2.1.0 schema requires, and what GitHub code scanning needs,
/// checked on the fixture report and on a report that needs escaping.
@Suite struct SARIFStructureTests {
  static let levels: Set<String> = ["none", "note", "warning", "error"]

  func parse(_ report: Report) throws -> JSONValue {
    let text = SARIFReporter().render(report)
    return try JSONParser.parse(text).get()
  }

  @Test(arguments: [false, true])
  func fixtureReportHasTheRequiredStructure(hostile: Bool) throws {
    let report = hostile ? ReportFixture.hostileReport(suppressed: true) : try ReportFixture.report()
    let log = try parse(report)
    let top = Set(try #require(log.members).map(\.key))
    #expect(top.isSubset(of: ["$schema", "version", "runs", "inlineExternalProperties", "properties"]))
    #expect(log["version"]?.value.stringValue == "2.1.0")
    #expect(log["$schema"]?.value.stringValue?.hasPrefix("https://") == true)
    let runs = try #require(log["runs"]?.value.elements)
    #expect(runs.count == 1)
    let run = try #require(runs.first)
    #expect(run["columnKind"]?.value.stringValue == "unicodeCodePoints")
    let driver = try #require(run["tool"]?.value["driver"]?.value)
    #expect(driver["name"]?.value.stringValue == "mhhs")
    #expect(driver["version"]?.value.stringValue == "0.1.0")
    #expect(driver["informationUri"]?.value.stringValue?.hasPrefix("https://") == true)

    let rules = try #require(driver["rules"]?.value.elements)
    #expect(rules.count == report.describedRules.count)
    var ids: [String] = []
    for rule in rules {
      let id = try #require(rule["id"]?.value.stringValue)
      ids.append(id)
      #expect(rule["shortDescription"]?.value["text"]?.value.stringValue?.isEmpty == false, "\(id)")
      #expect(rule["fullDescription"]?.value["text"]?.value.stringValue?.isEmpty == false, "\(id)")
      #expect(rule["help"]?.value["text"]?.value.stringValue?.isEmpty == false, "\(id)")
      #expect(rule["help"]?.value["markdown"]?.value.stringValue?.isEmpty == false, "\(id)")
      let level = try #require(rule["defaultConfiguration"]?.value["level"]?.value.stringValue)
      #expect(Self.levels.contains(level))
    }
    #expect(Set(ids).count == ids.count, "rule ids are unique")

    let results = try #require(run["results"]?.value.elements)
    #expect(results.count == report.result.findings.count)
    for (result, finding) in zip(results, report.result.findings) {
      let ruleID = try #require(result["ruleId"]?.value.stringValue)
      #expect(ruleID == finding.ruleID)
      guard case .number(let indexText) = try #require(result["ruleIndex"]?.value.storage),
        let index = Int(indexText)
      else {
        Issue.record("ruleIndex is not an integer")
        continue
      }
      #expect(ids.indices.contains(index) && ids[index] == ruleID)
      #expect(Self.levels.contains(result["level"]?.value.stringValue ?? ""))
      #expect(result["message"]?.value["text"]?.value.stringValue == finding.message)
      let location = try #require(result["locations"]?.value.elements?.first)
      let physical = try #require(location["physicalLocation"]?.value)
      let uri = try #require(physical["artifactLocation"]?.value["uri"]?.value.stringValue)
      #expect(!uri.hasPrefix("/") && !uri.hasPrefix("./") && !uri.contains("\\") && !uri.contains(" "))
      let region = try #require(physical["region"]?.value)
      #expect(region["startLine"]?.value.plain == .int(finding.location.line))
      #expect(region["startColumn"]?.value.plain == .int(finding.location.column))
      if let entity = finding.entityID {
        let logical = try #require(location["logicalLocations"]?.value.elements?.first)
        #expect(logical["name"]?.value.stringValue == entity)
      }
      #expect(
        result["partialFingerprints"]?.value[SARIFReporter.fingerprintKey]?.value.stringValue
          == finding.fingerprint)
      let suppressions = result["suppressions"]?.value.elements ?? []
      switch finding.suppression?.kind {
      case nil: #expect(suppressions.isEmpty)
      case .exemption?:
        #expect(suppressions.first?["kind"]?.value.stringValue == "inSource")
        #expect(suppressions.first?["justification"]?.value.stringValue == finding.suppression?.reason)
      case .baseline?: #expect(suppressions.first?["kind"]?.value.stringValue == "external")
      }
    }
  }

  @Test func levelsMapHintToNote() {
    #expect(SARIFReporter.level(.error) == "error")
    #expect(SARIFReporter.level(.warning) == "warning")
    #expect(SARIFReporter.level(.info) == "note")
    #expect(SARIFReporter.level(.hint) == "note")
  }

  @Test func urisAreRepoRelativeAndEncoded() {
    #expect(
      SARIFReporter.artifactLocation("./catalogue/interfaces/IF-021.json")["uri"]
        == .string("catalogue/interfaces/IF-021.json"))
    #expect(SARIFReporter.artifactLocation("cat alogue/ä.json")["uri"] == .string("cat%20alogue/%C3%A4.json"))
    #expect(SARIFReporter.artifactLocation("/abs/x.json")["uri"] == .string("file:///abs/x.json"))
  }
}
