import Foundation
import Testing

/// `mhhs site` end to end: the folder it writes, the options it shares with `lint`, and what
/// it refuses.
@Suite struct SiteCommandTests {
  @Test func writesTheSiteWithTheLintFindings() throws {
    try CLIFixture.with(CLIFixture.mixed) { root in
      let result = try MHHSBinary.run(["site", "catalogue", "--output", "out"], in: root)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.contains("wrote out:"))
      let out = root.appendingPathComponent("out")
      #expect(
        try CLIFixture.listing(out.appendingPathComponent("interfaces")) == [
          "IF-021.html", "IF-022.html", "IF-023.html",
        ])
      let page = try String(contentsOf: out.appendingPathComponent("interfaces/IF-021.html"), encoding: .utf8)
      #expect(page.contains("IF-021 has no error-response time"))
      let exempt = try String(
        contentsOf: out.appendingPathComponent("interfaces/IF-022.html"), encoding: .utf8)
      #expect(exempt.contains("Suppressed by exemption"))
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("roles/SDS.html").path))
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("dataflows/D0379.html").path))

      // A second run replaces the site whole.
      let again = try MHHSBinary.run(["site", "--output", "out", "--release", "M5"], in: root)
      #expect(again.status == 0, "\(again.stderr)")
      let home = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
      #expect(home.contains("as of release M5"))
    }
  }

  @Test func refusesWhatItMustNotReplace() throws {
    try CLIFixture.with(CLIFixture.clean) { root in
      let missing = try MHHSBinary.run(["site", "catalogue"], in: root)
      #expect(missing.status == 2)
      #expect(missing.stderr.contains("--output"))
      let intoCatalogue = try MHHSBinary.run(["site", "catalogue", "--output", "catalogue"], in: root)
      #expect(intoCatalogue.status == 2)
      #expect(intoCatalogue.stderr.contains("cannot write 'catalogue'"))
      #expect(
        FileManager.default.fileExists(atPath: root.appendingPathComponent("catalogue/roles.json").path))
      try Data("x".utf8).write(to: root.appendingPathComponent("file"))
      let file = try MHHSBinary.run(["site", "--output", "file"], in: root)
      #expect(file.status == 2)
      #expect(file.stderr.contains("not a folder"))
      let release = try MHHSBinary.run(["site", "--output", "out", "--release", "IR9"], in: root)
      #expect(release.status == 2)
      #expect(release.stderr.contains("unknown release 'IR9'"))
      #expect(try CLIFixture.listing(root) == ["catalogue", "file"], "nothing left behind")
    }
  }
}
