import Foundation
import Testing

/// `mhhs graph`: each view in each language, the one atomic writer, and exit 2 for what it
/// cannot draw.
@Suite struct GraphCommandTests {
  static let files = CLIFixture.mixed.merging(
    ["interfaces/IF-030.json": CLIFixture.interface("IF-030", #",\#n  "replaces": ["D0379"]"#)],
    uniquingKeysWith: { $1 })

  @Test func eachViewIsWrittenInEachLanguage() throws {
    try CLIFixture.with(Self.files) { root in
      for view in [["--interface", "IF-021"], ["--role", "SUP"], ["--flows"], ["--payload", "IF-021"]] {
        let svg = try MHHSBinary.run(["graph", "catalogue"] + view, in: root)
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.stdout.contains("role=\"img\""))
        let mermaid = try MHHSBinary.run(["graph", "catalogue", "--format", "mermaid"] + view, in: root)
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
        let dot = try MHHSBinary.run(["graph", "catalogue", "--format", "dot"] + view, in: root)
        #expect(dot.stdout.contains("\ndigraph \""))
      }
      let flows = try MHHSBinary.run(["graph", "--flows", "--format", "dot"], in: root)
      #expect(flows.stdout.contains(#""flow:D0379" -> "interface:IF-030";"#))
    }
  }

  @Test func theOutputGoesThroughTheAtomicWriter() throws {
    try CLIFixture.with(Self.files) { root in
      let result = try MHHSBinary.run(
        ["graph", "--interface", "IF-021", "--format", "dot", "--output", "if.dot"], in: root)
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty)
      let written = try String(contentsOf: root.appendingPathComponent("if.dot"), encoding: .utf8)
      #expect(written.contains(#""from:SDS" -> "interface:IF-021";"#))
      #expect(try CLIFixture.listing(root) == ["catalogue", "if.dot"])
      let missing = try MHHSBinary.run(
        ["graph", "--interface", "IF-021", "--output", "no/dir/if.svg"], in: root)
      #expect(missing.status == 2)
      #expect(missing.stderr.contains("no/dir/if.svg"))
    }
  }

  @Test func unknownIdsAreExit2WithTheNearestId() throws {
    try CLIFixture.with(Self.files) { root in
      for (arguments, message) in [
        (["--interface", "IF-21"], "unknown interface 'IF-21'; did you mean 'IF-021'?"),
        (["--role", "SUPP"], "unknown role 'SUPP'; did you mean 'SUP'?"),
        (["--payload", "IF-022x"], "unknown interface 'IF-022x'; did you mean 'IF-022'?"),
        (["--flows", "--release", "IR6"], "unknown release 'IR6'; did you mean 'IR7'?"),
      ] {
        let result = try MHHSBinary.run(["graph"] + arguments, in: root)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
      }
    }
  }

  @Test func exactlyOneViewIsAskedFor() throws {
    try CLIFixture.with(Self.files) { root in
      let none = try MHHSBinary.run(["graph"], in: root)
      #expect(none.status == 2)
      #expect(none.stderr.contains("graph needs a view"))
      let two = try MHHSBinary.run(["graph", "--flows", "--role", "SUP"], in: root)
      #expect(two.status == 2)
      #expect(two.stderr.contains("one view at a time"))
      let help = try MHHSBinary.run(["help", "graph"], in: root)
      #expect(help.stdout.contains("--interface ID"))
      #expect(help.stdout.contains("(svg|mermaid|dot)"))
    }
  }

  @Test func groupedNeighboursAreSaidOnStandardError() throws {
    var files = Self.files
    let receivers = (1...20).map { "\"R\($0)\"" }.joined(separator: ", ")
    files["interfaces/IF-040.json"] =
      #"{ "id": "IF-040", "name": "Wide", "from": ["SDS"], "to": [\#(receivers)] }"#
    try CLIFixture.with(files) { root in
      let result = try MHHSBinary.run(["graph", "--interface", "IF-040", "--format", "mermaid"], in: root)
      #expect(result.status == 0)
      #expect(result.stderr.contains("mhhs: note: 5 receivers grouped as \"+5 more\""), "\(result.stderr)")
      #expect(result.stdout.contains("+5 more"))
    }
  }
}
