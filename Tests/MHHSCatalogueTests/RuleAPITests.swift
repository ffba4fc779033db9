import Testing

@testable import MHHSCatalogue

/// The catalogue APIs the lint rules are written against: each fast implementation gives the
/// same answers as the plain definition, and the walkers hand out the pointers the format
/// defines.
struct RuleAPITests {
  /// Version parsing over bytes agrees with a definition over the UTF-8 view and `Int(_:)`.
  @Test func versionParsingMatchesThePlainDefinition() {
    func plain(_ text: String, _ form: Version.Form) -> (Int, Int)? {
      func number(_ digits: Substring.UTF8View) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ (48...57).contains($0) }) else {
          return nil
        }
        return Int(Substring(digits))
      }
      switch form {
      case .threeDigits:
        return text.utf8.count == 3 ? number(text[...].utf8).map { ($0, 0) } : nil
      case .majorMinor:
        let parts = text.utf8.split(
          separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let major = number(parts[0]), let minor = number(parts[1]) else { return nil }
        return (major, minor)
      }
    }
    let texts = [
      "1.0", "1.1", "10.20", "0.0", "1", "1.", ".1", "1.0.0", "1..0", "a.b", "1.a", "001", "011", "999", "01",
      "0001", "1.0 ", " 1.0", "", ".", "123456789.1", "1234567890.1", "1.1234567890", "١.٠", "1.0\u{301}",
      "00a", "-01", "+1.0",
    ]
    for text in texts {
      for form in [Version.Form.majorMinor, .threeDigits] {
        let version = Version(parsing: text, form: form)
        let expected = plain(text, form)
        #expect(version.map { [$0.major, $0.minor] } == expected.map { [$0.0, $0.1] }, "\(text) as \(form)")
      }
    }
  }

  @Test func versionsOrderAndStepAsTheFormatSays() throws {
    let v = { (text: String) in Version(parsing: text, form: .majorMinor)! }
    #expect(v("1.9") < v("1.10"))
    #expect(v("1.10") < v("2.0"))
    #expect(!(v("1.0") < v("1.0")))
    #expect(v("1.0").next(major: false).description == "1.1")
    #expect(v("1.9").next(major: true).description == "2.0")
    let d = try #require(Version(parsing: "009", form: .threeDigits))
    #expect(d.next(major: false).description == "010")
    #expect(Version(parsing: "999", form: .threeDigits)?.next(major: true).description == "1000")
    #expect(Version.Form(of: .dataflow) == .threeDigits)
    #expect(Version.Form(of: .interface) == .majorMinor)
  }

  /// The byte comparison of file name and id agrees with comparing the strings.
  @Test func fileNamesMatchTheStringComparison() {
    let paths = [
      "interfaces/IF-001.json", "IF-001.json", "interfaces/IF-0011.json", "interfaces/XIF-001.json",
      "interfaces/IF-001.JSON", "interfaces/IF-001.json.json", "interfaces/caf\u{E9}.json",
      "interfaces/cafe\u{301}.json", "a/b/IF-001.json", "interfaces/.json", "", "IF-001", "x/IF-001.jsonx",
    ]
    let ids = ["IF-001", "IF-0011", "caf\u{E9}", "cafe\u{301}", "", "b/IF-001", "IF-001.json", "XIF-001"]
    for path in paths {
      let origin = Origin(directoryPrefix: "catalogue/", relativePath: path, position: .start, pointer: "")
      for id in ids {
        let name = origin.fileName
        let plain = name.utf8.count == id.utf8.count + 5 && name == id + ".json"
        #expect(origin.isNamed(after: id) == plain, "\(path) after \(id)")
      }
    }
    let origin = Origin(
      directoryPrefix: "c/", relativePath: "interfaces/IF-001.json", position: .start, pointer: "")
    #expect(origin.fileName == "IF-001.json")
    #expect(origin.isNamed(after: "IF-001"))
    #expect(!origin.isNamed(after: "IF-002"))
  }

  /// The id index agrees with the catalogue's own lookup, under each kind and under none.
  @Test func idIndexMatchesTheCatalogue() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": CatalogueFixture.interface("IF-001"),
      "interfaces/REP-002A.json": CatalogueFixture.interface("REP-002A"),
      "change-requests/CR001.json": #"{ "id": "CR001", "title": "A change", "status": "approved" }"#,
      // Composed É in the file; the lookups below also use E and a combining accent.
      "change-requests/CR\u{C9}.json": #"{ "id": "CR\#u{C9}", "title": "A change", "status": "approved" }"#,
    ])
    let index = IDIndex(catalogue)
    let ids = [
      "IF-001", "REP-002A", "CR001", "CR\u{C9}", "CRE\u{301}", "SDS", "SUP", "M5", "IR7", "IR8", "IF-002", "",
      "IF-0011", "IF-00", "CR0010", "sds",
    ]
    for id in ids {
      for kind in EntityKind.allCases {
        #expect(index.contains(id, kind: kind) == catalogue.contains(id, kind: kind), "\(id) as \(kind)")
      }
      #expect(index.contains(id, kind: nil) == (catalogue.kind(of: id) != nil), "\(id) as any kind")
    }
    #expect(index.contains("CRE\u{301}", kind: .changeRequest))
    #expect(index.contains("SDS", kind: .role) && !index.contains("SDS", kind: .release))
  }

  @Test func walkersHandOutEveryElementWithItsPointer() throws {
    let catalogue = try CatalogueFixture.load([
      "interfaces/IF-001.json": CatalogueFixture.interface(
        "IF-001",
        #", "history": [ { "version": "1.0", "release": "M5", "changes": [], "summary": "a" }, "#
          + #"{ "version": "1.1", "release": "IR7", "changes": ["CR001", "DIN-002"], "summary": "b" } ], "#
          + #""exemptions": [ { "rule": "x/a", "reason": "r" }, { "rule": "x/b", "reason": "r" } ]"#),
      "nfrs/E2E1009.json":
        #"{ "id": "E2E1009", "title": "T", "exemptions": [ { "party": "P", "scope": "S", "decision": "DAG-DEC83" } ] }"#,
    ])
    let interface = try #require(catalogue.interface("IF-001"))
    var exemptions: [String] = []
    interface.eachExemption { e, at in
      exemptions.append("\(e.value.rule.value) \(at.text) \(at.member("rule"))")
    }
    #expect(exemptions == ["x/a /exemptions/0 /exemptions/0/rule", "x/b /exemptions/1 /exemptions/1/rule"])
    var entries: [String] = []
    interface.eachHistoryEntry { entry, at in
      entries.append("\(entry.value.version.value) \(at.member("version"))")
    }
    #expect(entries == ["1.0 /history/0/version", "1.1 /history/1/version"])
    var changes: [String] = []
    interface.eachHistoryChange { change, entry, at in
      changes.append("\(change.value) \(entry.version.value) \(at.text) \(at.index)")
    }
    #expect(changes == ["CR001 1.1 /history/1/changes/0 0", "DIN-002 1.1 /history/1/changes/1 1"])
    var parties: [String] = []
    try #require(catalogue.nfr("E2E1009")).eachExemption { e, at in
      parties.append("\(e.value.party?.value ?? "") \(at.member("decision"))")
    }
    #expect(parties == ["P /exemptions/0/decision"])
  }

  /// FNV-1a against the published test vectors.
  @Test func fnv1aMatchesTheReferenceValues() {
    func hash(_ text: String) -> UInt64 {
      var fnv = FNV1a()
      var text = text
      text.withUTF8 { fnv.add($0) }
      return fnv.value
    }
    #expect(hash("") == 0xcbf2_9ce4_8422_2325)
    #expect(hash("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(hash("foobar") == 0x8594_4171_f739_67e8)
    var split = FNV1a()
    split.add(UInt8(ascii: "f"))
    "oobar".utf8.forEach { split.add($0) }
    #expect(split.value == hash("foobar"))
    #expect(split.hex == "85944171f73967e8")
  }
}
