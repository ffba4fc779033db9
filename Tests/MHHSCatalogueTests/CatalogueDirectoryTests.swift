import Foundation
import MHHSCatalogue
import Testing

/// `CatalogueLoader.load(directory:)` on real directories: the walk, links, and the errors that
/// stop a run.
@Suite struct CatalogueDirectoryTests {
  static func createLink(_ path: URL, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path.path, withDestinationPath: target)
  }

  @Test func walkIsSortedAndOtherFilesAreIgnored() throws {
    let files = [
      "interfaces/IF-003.json": CatalogueFixture.interface("IF-003"),
      "interfaces/IF-001.json": CatalogueFixture.interface("IF-001"),
      "interfaces/REP-002A.json": CatalogueFixture.interface("REP-002A"),
      "interfaces/IF-002.json": CatalogueFixture.interface("IF-002"),
      "interfaces/README.md": "not JSON at all {",
      "interfaces/IF-004.json.bak": "{ broken",
      "interfaces/.DS_Store": "\u{0}\u{1}",
      "dataflows/notes.txt": "ignored",
      "elsewhere/IF-009.json": CatalogueFixture.interface("IF-009"),
    ]
    try CatalogueFixture.withDirectory(files) { directory in
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.issues.isEmpty, "\(catalogue.issues.map(\.message))")
      #expect(catalogue.interfaces.map(\.id.value) == ["IF-001", "IF-002", "IF-003", "REP-002A"])
      #expect(catalogue.interface("IF-009") == nil)
      #expect(catalogue.interface("IF-001")?.origin.file == directory.path + "/interfaces/IF-001.json")
      #expect(catalogue.roles.map(\.id.value) == ["SDS", "SUP"])
    }
  }

  @Test func issuesComeInTheSameOrderOnEveryLoad() throws {
    var files: [String: String] = [:]
    for n in 1...40 {
      let id = "IF-" + String(repeating: "0", count: 3 - String(n).count) + String(n)
      files["interfaces/\(id).json"] = CatalogueFixture.interface(id, #", "colour\#(n)": 1"#)
    }
    try CatalogueFixture.withDirectory(files) { directory in
      let first = try CatalogueLoader.load(directory: directory.path).issues
      #expect(first.count == 40)
      #expect(first.map(\.location.file) == first.map(\.location.file).sorted())
      for _ in 0..<3 {
        #expect(try CatalogueLoader.load(directory: directory.path).issues == first)
      }
    }
  }

  @Test func displayPathsFollowTheDirectoryAsGiven() throws {
    try CatalogueFixture.withDirectory(["interfaces/IF-001.json": CatalogueFixture.interface("IF-001")]) {
      directory in
      let catalogue = try CatalogueLoader.load(directory: directory.path + "/")
      #expect(catalogue.interface("IF-001")?.origin.file == directory.path + "/interfaces/IF-001.json")
    }
    #expect(CatalogueLoader.displayPath(".", "interfaces/IF-001.json") == "interfaces/IF-001.json")
    #expect(CatalogueLoader.displayPath("catalogue//", "roles.json") == "catalogue/roles.json")
  }

  @Test func aDirectoryNamedLikeAJSONFileIsReported() throws {
    try CatalogueFixture.withDirectory([
      "interfaces/IF-001.json": CatalogueFixture.interface("IF-001"),
      "interfaces/X.json/inner.txt": "",
    ]) { directory in
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      let issue = try #require(catalogue.issues.first)
      #expect(catalogue.issues.count == 1)
      #expect(issue.kind == .invalidJSON)
      #expect(issue.message.contains("interfaces/X.json is a directory"))
      #expect(issue.location.file == directory.path + "/interfaces/X.json")
      #expect(catalogue.interface("IF-001") != nil)
    }
  }

  @Test func aLinkPointingOutsideTheCatalogueIsNotReadButReported() throws {
    let outside = try CatalogueFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: outside) }
    try CatalogueFixture.write(["IF-009.json": CatalogueFixture.interface("IF-009")], to: outside)
    try CatalogueFixture.withDirectory([:]) { directory in
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("interfaces"), withIntermediateDirectories: true)
      try Self.createLink(
        directory.appendingPathComponent("interfaces/IF-009.json"), to: outside.path + "/IF-009.json")
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.interface("IF-009") == nil)
      let issue = try #require(catalogue.issues.first)
      #expect(issue.kind == .invalidJSON)
      #expect(issue.message.contains("outside the catalogue"))
      #expect(issue.location.file == directory.path + "/interfaces/IF-009.json")
    }
  }

  @Test func aRelativeLinkThatClimbsOutIsNotRead() throws {
    try CatalogueFixture.withDirectory(["interfaces/IF-001.json": CatalogueFixture.interface("IF-001")]) {
      directory in
      // A sibling of the catalogue directory.
      let sibling = directory.deletingLastPathComponent().appendingPathComponent(
        directory.lastPathComponent + "-sibling")
      try FileManager.default.createDirectory(at: sibling, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: sibling) }
      try CatalogueFixture.write(["IF-008.json": CatalogueFixture.interface("IF-008")], to: sibling)
      try Self.createLink(
        directory.appendingPathComponent("interfaces/IF-008.json"),
        to: "../../\(sibling.lastPathComponent)/IF-008.json")
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.interface("IF-008") == nil)
      #expect(catalogue.issues.contains { $0.message.contains("outside the catalogue") })
    }
  }

  @Test func aLinkedFolderPointingOutsideIsNotRead() throws {
    let outside = try CatalogueFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: outside) }
    try CatalogueFixture.write(["IF-009.json": CatalogueFixture.interface("IF-009")], to: outside)
    try CatalogueFixture.withDirectory([:]) { directory in
      try Self.createLink(directory.appendingPathComponent("interfaces"), to: outside.path)
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.interface("IF-009") == nil)
      let issue = try #require(catalogue.issues.first)
      #expect(issue.message.contains("outside the catalogue"))
    }
  }

  @Test func aLinkInsideTheCatalogueIsFollowed() throws {
    try CatalogueFixture.withDirectory(["shared/IF-010.json": CatalogueFixture.interface("IF-010")]) {
      directory in
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("interfaces"), withIntermediateDirectories: true)
      try Self.createLink(
        directory.appendingPathComponent("interfaces/IF-010.json"), to: "../shared/IF-010.json")
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.issues.isEmpty, "\(catalogue.issues.map(\.message))")
      let i = try #require(catalogue.interface("IF-010"))
      #expect(i.origin.relativePath == "interfaces/IF-010.json")
    }
  }

  @Test func aLinkedFolderInsideTheCatalogueIsFollowed() throws {
    try CatalogueFixture.withDirectory(["store/IF-011.json": CatalogueFixture.interface("IF-011")]) {
      directory in
      try Self.createLink(directory.appendingPathComponent("interfaces"), to: "store")
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.issues.isEmpty, "\(catalogue.issues.map(\.message))")
      #expect(catalogue.interface("IF-011") != nil)
    }
  }

  @Test func aBrokenLinkIsReported() throws {
    try CatalogueFixture.withDirectory([:]) { directory in
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("nfrs"), withIntermediateDirectories: true)
      try Self.createLink(directory.appendingPathComponent("nfrs/E2E1009.json"), to: "nowhere.json")
      let catalogue = try CatalogueLoader.load(directory: directory.path)
      #expect(catalogue.issues.map(\.message) == ["nfrs/E2E1009.json is a broken symbolic link"])
    }
  }

  @Test func theCatalogueDirectoryMayItselfBeALink() throws {
    try CatalogueFixture.withDirectory(["interfaces/IF-001.json": CatalogueFixture.interface("IF-001")]) {
      directory in
      let link = directory.deletingLastPathComponent().appendingPathComponent(
        directory.lastPathComponent + "-link")
      try Self.createLink(link, to: directory.path)
      defer { try? FileManager.default.removeItem(at: link) }
      let catalogue = try CatalogueLoader.load(directory: link.path)
      #expect(catalogue.issues.isEmpty)
      #expect(catalogue.interface("IF-001")?.origin.file == link.path + "/interfaces/IF-001.json")
    }
  }

  @Test func aMissingDirectoryThrows() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-missing-\(UUID().uuidString)"
    )
    .path
    #expect(throws: CatalogueLoadError.missingDirectory(path)) { try CatalogueLoader.load(directory: path) }
  }

  @Test func aFileInsteadOfADirectoryThrows() throws {
    try CatalogueFixture.withDirectory([:]) { directory in
      let file = directory.appendingPathComponent("catalogue.json").path
      #expect(throws: CatalogueLoadError.notADirectory(file)) { try CatalogueLoader.load(directory: file) }
    }
  }

  @Test func aHigherFormatOnDiskThrows() throws {
    try CatalogueFixture.withDirectory(["catalogue.json": #"{ "format": 2, "name": "Future" }"#]) {
      directory in
      #expect(
        throws: CatalogueLoadError.unsupportedFormat(
          file: directory.path + "/catalogue.json", found: 2, supported: 1)
      ) { try CatalogueLoader.load(directory: directory.path) }
    }
  }
}
