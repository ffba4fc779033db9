import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import mhhs

/// `mhhs init`: the scaffold, refusing to overwrite, bad targets, and a lint of the result.
@Suite struct InitCommandTests {
  /// A fresh scratch folder, removed after `body`.
  func withScratch<T>(_ body: (URL) throws -> T) throws -> T {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("mhhs-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer {
      _ = chmod(root.path, 0o755)
      try? FileManager.default.removeItem(at: root)
    }
    return try body(root)
  }

  /// Every file below `directory`, as relative paths, sorted.
  func files(in directory: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    var found: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(
        atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { found.append(path) }
    }
    return found.sorted()
  }

  static let scaffoldFiles = [
    ".github/workflows/mhhs.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml", "baseline.json",
    "catalogue/catalogue.json", "catalogue/releases.json", "catalogue/roles.json", "rules/recommended.json",
  ]

  @Test(
    "the embedded roles.json and releases.json are the shipped catalogue's (refresh: scripts/embed-shipped-files.py)"
  )
  func embeddedCopiesMatch() throws {
    let catalogue = CLIFixture.packageRoot.appendingPathComponent("catalogue")
    let roles = try String(contentsOf: catalogue.appendingPathComponent("roles.json"), encoding: .utf8)
    let releases = try String(contentsOf: catalogue.appendingPathComponent("releases.json"), encoding: .utf8)
    #expect(ShippedCatalogueFiles.roles == roles)
    #expect(ShippedCatalogueFiles.releases == releases)
  }

  @Test("init writes the scaffold into a new folder, and lint passes on it")
  func scaffoldThenLint() throws {
    try withScratch { root in
      let result = try MHHSBinary.run(["init", "repo/new"], in: root)
      #expect(result.status == 0, "\(result.stderr)")
      let repo = root.appendingPathComponent("repo/new")
      #expect(files(in: repo) == Self.scaffoldFiles)
      #expect(result.stdout.contains("created repo/new/catalogue/roles.json"))
      let roles = try String(contentsOf: repo.appendingPathComponent("catalogue/roles.json"), encoding: .utf8)
      #expect(roles == ShippedCatalogueFiles.roles)
      let lint = try MHHSBinary.run(
        ["lint", "catalogue", "--baseline", "baseline.json", "--fail-on", "hint"], in: repo)
      #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
      #expect(lint.stdout.contains("0 errors, 0 warnings, 0 info, 0 suppressed"))
      let workflow = try String(
        contentsOf: repo.appendingPathComponent(".github/workflows/mhhs.yml"), encoding: .utf8)
      #expect(workflow.contains("uses: OWNER/mhhs-catalogue@v\(CommandRunner.version)"))
    }
  }

  @Test("init into the current folder by default")
  func currentFolder() throws {
    try withScratch { root in
      let result = try MHHSBinary.run(["init"], in: root)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(files(in: root) == Self.scaffoldFiles)
      #expect(result.stdout.contains("created catalogue/catalogue.json"))
    }
  }

  @Test("an existing target file is named and nothing is written")
  func refusesToOverwrite() throws {
    try withScratch { root in
      let existing = root.appendingPathComponent("baseline.json")
      try Data("keep me\n".utf8).write(to: existing)
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("catalogue"), withIntermediateDirectories: true)
      try Data("{}".utf8).write(to: root.appendingPathComponent("catalogue/roles.json"))
      let result = try MHHSBinary.run(["init", "."], in: root)
      #expect(result.status == 2)
      #expect(
        result.stderr.contains("would overwrite 'catalogue/roles.json', 'baseline.json'"), "\(result.stderr)")
      #expect(result.stderr.contains("nothing was written"))
      #expect(files(in: root) == ["baseline.json", "catalogue/roles.json"])
      #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me\n")
    }
  }

  @Test("a folder holding other files (a new git repository with a README) is scaffolded around them")
  func folderWithOtherFiles() throws {
    try withScratch { root in
      try Data("# Our catalogue\n".utf8).write(to: root.appendingPathComponent("README.md"))
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent(".github/workflows"), withIntermediateDirectories: true)
      try Data("name: other\n".utf8).write(to: root.appendingPathComponent(".github/workflows/other.yml"))
      let result = try MHHSBinary.run(["init"], in: root)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        files(in: root) == (Self.scaffoldFiles + [".github/workflows/other.yml", "README.md"]).sorted())
      #expect(
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
          == "# Our catalogue\n")
    }
  }

  @Test("every existing target is named, with a file where a folder should be, and nothing is written")
  func namesEveryConflict() throws {
    try withScratch { root in
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("catalogue"), withIntermediateDirectories: true)
      let existing = Self.scaffoldFiles.filter { !$0.hasPrefix(".github/") && !$0.hasPrefix("rules/") }
      for path in existing { try Data("x".utf8).write(to: root.appendingPathComponent(path)) }
      try Data("x".utf8).write(to: root.appendingPathComponent(".github"))
      try Data("x".utf8).write(to: root.appendingPathComponent("README.md"))
      let result = try MHHSBinary.run(["init"], in: root)
      #expect(result.status == 2)
      for path in existing { #expect(result.stderr.contains("'\(path)'"), "\(path): \(result.stderr)") }
      #expect(result.stderr.contains("'.github' is a file where a folder should be"), "\(result.stderr)")
      #expect(!result.stderr.contains("README.md"))
      #expect(result.stderr.contains("nothing was written"))
      #expect(files(in: root) == (existing + [".github", "README.md"]).sorted())
    }
  }

  @Test("help init states which folders init accepts")
  func helpStatesTheRule() throws {
    let result = try MHHSBinary.run(["help", "init"])
    #expect(result.status == 0)
    let text = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("DIR may already hold other files"), "\(result.stdout)")
    #expect(text.contains("init names every such path, writes nothing and exits 2"), "\(result.stdout)")
  }

  @Test("a second init changes nothing and exits 2")
  func secondRun() throws {
    try withScratch { root in
      #expect(try MHHSBinary.run(["init", "r"], in: root).status == 0)
      let workflow = root.appendingPathComponent("r/.github/workflows/mhhs.yml")
      try Data("edited\n".utf8).write(to: workflow)
      let again = try MHHSBinary.run(["init", "r"], in: root)
      #expect(again.status == 2)
      #expect(again.stderr.contains("'r/.github/workflows/mhhs.yml'"))
      #expect(try String(contentsOf: workflow, encoding: .utf8) == "edited\n")
    }
  }

  @Test("a file where a folder should be is exit 2, nothing written", arguments: ["x", "x/y", "r"])
  func fileWhereFolderShouldBe(_ target: String) throws {
    try withScratch { root in
      try Data().write(to: root.appendingPathComponent("x"))
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("r"), withIntermediateDirectories: true)
      try Data().write(to: root.appendingPathComponent("r/.github"))
      let result = try MHHSBinary.run(["init", target], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("is a file where a folder should be"), "\(result.stderr)")
      #expect(files(in: root) == ["r/.github", "x"])
    }
  }

  @Test("a folder that is a link is refused")
  func linkedFolder() throws {
    try withScratch { root in
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("r"), withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: root.appendingPathComponent("r/rules").path, withDestinationPath: "../elsewhere")
      let result = try MHHSBinary.run(["init", "r"], in: root)
      #expect(result.status == 2)
      #expect(result.stderr.contains("'r/rules' is a symbolic link"), "\(result.stderr)")
      #expect(files(in: root) == [])
    }
  }

  @Test(
    "an unwritable folder is exit 2, nothing written", .enabled(if: geteuid() != 0, "root writes anywhere"))
  func unwritable() throws {
    try withScratch { root in
      #expect(chmod(root.path, 0o555) == 0)
      let result = try MHHSBinary.run(["init", root.appendingPathComponent("new").path])
      #expect(result.status == 2)
      #expect(result.stderr.contains("permission denied"), "\(result.stderr)")
      #expect(files(in: root) == [])
    }
  }

  @Test("two folders are a usage error")
  func twoFolders() throws {
    let result = try MHHSBinary.run(["init", "a", "b"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("init takes one folder"))
  }
}
