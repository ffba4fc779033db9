import Foundation
import Testing

@Suite struct CLISmokeTests {
  @Test func versionPrintsTheVersion() throws {
    let result = try MHHSBinary.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "mhhs 0.1.0 (catalogue format 1)\n")
  }

  @Test func unknownCommandIsAUsageError() throws {
    let result = try MHHSBinary.run(["lnt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown command 'lnt'; did you mean 'lint'?"))
  }
}
