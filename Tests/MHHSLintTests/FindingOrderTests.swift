import MHHSCatalogue
import Testing

@testable import MHHSLint

/// The pipeline's fast paths for ordering and fingerprinting findings agree with their plain
/// definitions.
@Suite struct FindingOrderTests {
  static func finding(_ file: String, _ line: Int, _ column: Int, rule: String = "r", message: String = "m")
    -> Finding
  {
    Finding(
      ruleID: rule, severity: .error, message: message, entityID: "\(file):\(line)",
      location: SourceLocation(file: file, position: Position(line: line, column: column), pointer: ""))
  }

  @Test func sortingAgreesWithReportOrder() {
    // Paths that share a long prefix, differ only past 24 more bytes, are prefixes of each
    // other, hold bytes above 0x7F, or share nothing.
    let files = [
      "cat/interfaces/IF-001.json", "cat/interfaces/IF-0010.json", "cat/interfaces/IF-001.json.bak",
      "cat/interfaces/IF-000000000000000000000001.json", "cat/interfaces/IF-000000000000000000000002.json",
      "cat/interfaces/IF-00000000000000000000000.json", "cat/interfaces/É.json", "cat/interfaces/E.json",
      "cat/roles.json", "cat", "cat/", "other/roles.json", "",
    ]
    var findings: [Finding] = []
    for (n, file) in files.enumerated().reversed() {
      findings.append(Self.finding(file, 3, 1, rule: "b"))
      findings.append(Self.finding(file, 1, 5))
      findings.append(Self.finding(file, 1, 5, rule: "a", message: "z"))
      findings.append(Self.finding(file, 1, 5, rule: "a", message: "y"))
      findings.append(Self.finding(file, 12, n))
    }
    findings.append(contentsOf: findings.prefix(7))
    var sorted = findings
    Finding.sortInReportOrder(&sorted)
    #expect(sorted == findings.sorted(by: Finding.reportOrder))
    #expect(sorted.first?.location.file == "")
    #expect(sorted.last?.location.file == "other/roles.json")
  }

  @Test func fingerprintsKeepTheirValues() {
    // FNV-1a values worked out independently; the second starts with a zero digit.
    #expect(
      Fingerprint.make(rule: "r", entity: "IF-001", relativePath: "interfaces/IF-001.json", pointer: "/a")
        == "c11816f622feadc2")
    #expect(Fingerprint.make(rule: "r", entity: "0", relativePath: "x", pointer: "") == "0bc3f24afe0ebdd3")
  }

  @Test func theCataloguePrefixIsLeftOutOfFingerprintsWhenPresent() {
    #expect(
      Fingerprint.make(
        rule: "r", entity: "IF-001", file: "some/dir/interfaces/IF-001.json", prefix: "some/dir/",
        pointer: "/a")
        == "c11816f622feadc2")
    #expect(
      Fingerprint.make(rule: "r", entity: nil, file: "elsewhere/roles.json", prefix: "some/dir/", pointer: "")
        == Fingerprint.make(rule: "r", entity: nil, relativePath: "elsewhere/roles.json", pointer: ""))
  }

  @Test func theFingerprintStageTakesEachFileInsideTheCatalogueThatHoldsIt() {
    // `mhhs diff old old/new`: the new catalogue lies inside the old one's directory.
    var findings = [
      Self.finding("old/new/interfaces/IF-001.json", 1, 1), Self.finding("old/interfaces/IF-001.json", 1, 1),
      Self.finding("baseline.json", 1, 1),
    ]
    Fingerprint.assign(&findings, prefixes: ["old/", "old/new/"])
    let expected = ["interfaces/IF-001.json", "interfaces/IF-001.json", "baseline.json"].enumerated().map {
      Fingerprint.make(rule: "r", entity: findings[$0.offset].entityID, relativePath: $0.element, pointer: "")
    }
    #expect(findings.map(\.fingerprint) == expected)
  }
}
