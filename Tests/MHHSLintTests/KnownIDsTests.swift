import MHHSCatalogue
import Testing

@testable import MHHSLint

@Suite struct KnownIDsTests {
  @Test func findsEachIdUnderItsOwnKindOnly() throws {
    let catalogue = try LintFixture.catalogue([
      LintFixture.interface("IF-001"), LintFixture.interface("REP-002A"),
      LintFixture.changeRequest("CR001", status: "approved"),
      // Composed É in the file; the references below use E and a combining accent.
      LintFixture.changeRequest("CR\u{C9}", status: "approved"),
    ])
    let known = KnownIDs(catalogue)
    let present: [(String, EntityKind)] = [
      ("IF-001", .interface), ("REP-002A", .interface), ("CR001", .changeRequest), ("SDS", .role),
      ("M5", .release), ("IR8", .release),
    ]
    for (id, kind) in present {
      #expect(known.contains(id, kind: kind, in: catalogue), "\(id) as \(kind)")
      #expect(
        !known.contains(id, kind: kind == .role ? .release : .role, in: catalogue), "\(id) as another kind")
    }
    for id in ["IF-002", "", "IF-0011", "IF-00", "CR0010"] {
      #expect(!known.contains(id, kind: .interface, in: catalogue), "\(id)")
    }
    // Strings that Swift holds equal though their bytes differ still resolve, as in the catalogue.
    #expect(known.contains("CRE\u{301}", kind: .changeRequest, in: catalogue))
  }
}
