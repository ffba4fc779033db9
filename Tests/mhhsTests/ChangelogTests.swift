import Foundation
import Testing

/// CHANGELOG.md and `mhhs --version` agree: the newest released version in the change log is the
/// one the tool prints.
@Suite struct ChangelogTests {
  @Test func theNewestReleasedVersionIsTheOneTheToolPrints() throws {
    let changelog = try String(
      contentsOf: CLIFixture.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
    let headings = changelog.split(separator: "\n").filter { $0.hasPrefix("## [") }
    #expect(headings.first == "## [Unreleased]")
    let released = try #require(headings.dropFirst().first, "no released version in CHANGELOG.md")
    let version = try #require(released.firstMatch(of: /^## \[([0-9]+\.[0-9]+\.[0-9]+)\]/)?.1)
    let printed = try MHHSBinary.run(["--version"])
    #expect(printed.stdout.hasPrefix("mhhs \(version) "), "\(printed.stdout)")
    #expect(changelog.contains("[\(version)]: "), "a link for \(version)")
  }
}
