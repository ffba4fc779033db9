import Foundation
import Testing

/// Arguments that are not valid UTF-8 are refused, never repaired into another name.
@Suite struct ArgumentTextTests {
  @Test func anArgumentThatIsNotUTF8IsExit2NamingIt() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-args-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // The shell builds the byte 0xE9 (Latin-1 é), which Foundation's String arguments cannot.
    let err = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let handle = try FileHandle(forWritingTo: err)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", #"exec "$0" lint catalogue --output "$(printf 'caf\351.txt')""#, MHHSBinary.url.path,
    ]
    process.currentDirectoryURL = scratch
    process.standardError = handle
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    let stderr = String(decoding: try Data(contentsOf: err), as: UTF8.self)
    #expect(process.terminationStatus == 2)
    #expect(stderr.contains("argument 4 ('caf\u{FFFD}.txt') is not valid UTF-8"), "\(stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["stderr"])
  }
}
