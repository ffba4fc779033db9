import Foundation
import Testing

/// `mhhs lint --fix`: planted mistakes are fixed exactly, nothing else changes, a second run
/// finds nothing to fix, and what cannot be fixed safely stops the run with nothing written.
@Suite struct LintFixTests {
  /// IF-001 with a misspelt field, a role in lower case and a release id in lower case, laid out
  /// unusually (keys out of order, odd spacing) so that any reformatting would show.
  static let planted = """
    {"name" :  "Example", "id": "IF-001", "version": "1.0", "status": "active",
      "transport": "dip", "from": [ "sds" ], "to": ["SUP"],
          "respnseTimes": { "acknowledgement": { "within": "PT6S" }, "error": { "within": "PT6S" } },
      "timeBasis": "utc", "codeDraftingName": "Example data", "introducedIn":"m5"}
    """
  static let fixed = """
    {"name" :  "Example", "id": "IF-001", "version": "1.0", "status": "active",
      "transport": "dip", "from": [ "SDS" ], "to": ["SUP"],
          "responseTimes": { "acknowledgement": { "within": "PT6S" }, "error": { "within": "PT6S" } },
      "timeBasis": "utc", "codeDraftingName": "Example data", "introducedIn":"M5"}
    """
  static let files = [
    "interfaces/IF-001.json": planted,
    "interfaces/IF-009.json": CLIFixture.interface("IF-002"),
    "interfaces/IF-003.json": CLIFixture.interface("IF-003"),
  ]

  func read(_ root: URL, _ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent("catalogue/" + path), encoding: .utf8)
  }

  @Test("planted mistakes are fixed exactly, nothing else changes, and a second run fixes nothing")
  func fixesExactly() throws {
    try CLIFixture.with(Self.files) { root in
      let roles = try read(root, "roles.json")
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix"], in: root)
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      #expect(try read(root, "interfaces/IF-001.json") == Self.fixed)
      #expect(try read(root, "interfaces/IF-002.json") == CLIFixture.interface("IF-002"))
      #expect(try read(root, "interfaces/IF-003.json") == CLIFixture.interface("IF-003"))
      #expect(try read(root, "roles.json") == roles)
      #expect(
        try CLIFixture.listing(root.appendingPathComponent("catalogue/interfaces"))
          == ["IF-001.json", "IF-002.json", "IF-003.json"])
      #expect(result.stderr.contains("rename field `respnseTimes` to `responseTimes`"))
      #expect(result.stdout.contains("0 errors"))
      let again = try MHHSBinary.run(["lint", "catalogue", "--fix", "--dry-run"], in: root)
      #expect(again.status == 0)
      #expect(again.stdout.isEmpty)
    }
  }

  @Test("--dry-run prints a unified diff and the renames, and writes nothing")
  func dryRun() throws {
    try CLIFixture.with(Self.files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix", "--dry-run"], in: root)
      #expect(result.status == 1)
      #expect(
        result.stdout.contains("--- catalogue/interfaces/IF-001.json\n+++ catalogue/interfaces/IF-001.json\n")
      )
      #expect(result.stdout.contains(#"-  "transport": "dip", "from": [ "sds" ], "to": ["SUP"],"#))
      #expect(result.stdout.contains(#"+  "transport": "dip", "from": [ "SDS" ], "to": ["SUP"],"#))
      #expect(
        result.stdout.contains(
          "rename from catalogue/interfaces/IF-009.json\nrename to catalogue/interfaces/IF-002.json\n"))
      #expect(try read(root, "interfaces/IF-001.json") == Self.planted)
      #expect(try read(root, "interfaces/IF-009.json") == CLIFixture.interface("IF-002"))
    }
  }

  @Test("an enum value with one nearest allowed value is replaced; one with two is left for a person")
  func enumValues() throws {
    let misspelt = CLIFixture.interface("IF-001").replacing(
      #""status": "active""#, with: #""status": "activ""#
    )
    .replacing(#""timeBasis": "utc""#, with: #""timeBasis": "UTC""#)
    let ambiguous = CLIFixture.interface("IF-002").replacing(
      #""transport": "dip""#, with: #""transport": "dtp""#)
    let files = ["interfaces/IF-001.json": misspelt, "interfaces/IF-002.json": ambiguous]
    try CLIFixture.with(files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix"], in: root)
      #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
      #expect(try read(root, "interfaces/IF-001.json") == CLIFixture.interface("IF-001"))
      #expect(try read(root, "interfaces/IF-002.json") == ambiguous)
      #expect(result.stderr.contains(#"replace `status` value "activ" with "active""#), "\(result.stderr)")
      #expect(result.stdout.contains(#"`transport` is "dtp""#), "\(result.stdout)")
      let again = try MHHSBinary.run(["lint", "catalogue", "--fix", "--dry-run"], in: root)
      #expect(again.stdout.isEmpty, "\(again.stdout)")
    }
  }

  @Test("an id with other digits is not respelt: it may name an entity the catalogue lacks")
  func otherDigitsNotFixed() throws {
    let files = [
      "interfaces/IF-021.json": CLIFixture.interface("IF-021"),
      "dataflows/D0001.json": #"""
      { "id": "D0001", "version": "001", "name": "Flow", "ownership": "MRA", "routes": [ { "from": "SDS", "to": "SUP" } ],
        "mhhs": { "disposition": "removed", "replacedBy": ["IF-012"] } }
      """#,
    ]
    try CLIFixture.with(files) { root in
      let before = try read(root, "dataflows/D0001.json")
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix", "--dry-run"], in: root)
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty)
      #expect(try read(root, "dataflows/D0001.json") == before)
    }
  }

  @Test("a file of invalid JSON is left alone; the others are fixed")
  func invalidJSON() throws {
    let broken = "{ \"id\": \"IF-004\", \"respnseTimes\": }\n"
    try CLIFixture.with(["interfaces/IF-001.json": Self.planted, "interfaces/IF-004.json": broken]) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix"], in: root)
      #expect(result.status == 1)
      #expect(result.stdout.contains("catalogue/invalid-json"))
      #expect(try read(root, "interfaces/IF-004.json") == broken)
      #expect(try read(root, "interfaces/IF-001.json") == Self.fixed)
    }
  }

  @Test("a read-only file stops the run with nothing written")
  func readOnly() throws {
    try CLIFixture.with(Self.files) { root in
      let path = root.appendingPathComponent("catalogue/interfaces/IF-001.json").path
      try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix"], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("catalogue/interfaces/IF-001.json is read-only"), "\(result.stderr)")
      #expect(result.stderr.contains("nothing was fixed"))
      #expect(try read(root, "interfaces/IF-001.json") == Self.planted)
      #expect(try read(root, "interfaces/IF-009.json") == CLIFixture.interface("IF-002"))
    }
  }

  @Test("a rename onto an existing file (here one lint could not read) is refused with nothing written")
  func renameTargetExists() throws {
    let files = [
      "interfaces/IF-001.json": Self.planted,
      "interfaces/IF-002.json": "not JSON",
      "interfaces/IF-009.json": CLIFixture.interface("IF-002"),
    ]
    try CLIFixture.with(files) { root in
      let result = try MHHSBinary.run(["lint", "catalogue", "--fix"], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("'catalogue/interfaces/IF-002.json' already exists"), "\(result.stderr)")
      #expect(try read(root, "interfaces/IF-001.json") == Self.planted)
      #expect(try read(root, "interfaces/IF-009.json") == CLIFixture.interface("IF-002"))
    }
  }

  @Test("--dry-run needs --fix, and --fix does not go with --write-baseline")
  func usage() throws {
    let dry = try MHHSBinary.run(["lint", "--dry-run"])
    #expect(dry.status == 2)
    #expect(dry.stderr.contains("--dry-run shows what --fix would change"))
    let both = try MHHSBinary.run(["lint", "--fix", "--write-baseline", "b.json"])
    #expect(both.status == 2)
  }
}
