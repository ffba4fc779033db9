import Foundation
import Testing

@testable import MHHSCatalogue

#if canImport(Glibc)
  import Glibc
#endif

/// The one reader and the one writer: what they refuse, the caps, and that a write never goes
/// through a link or leaves a temporary file.
@Suite struct FileSystemTests {
  /// A fresh folder, removed afterwards.
  final class Folder {
    let path: String
    init() throws {
      path =
        FileManager.default.temporaryDirectory.appendingPathComponent("mhhs-fs-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    subscript(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: self[name]))
    }

    func read(_ name: String) -> String? {
      FileManager.default.contents(atPath: self[name]).map { String(decoding: $0, as: UTF8.self) }
    }

    func names(_ folder: String = "") throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? path : self[folder]).sorted()
    }
  }

  // MARK: Reading

  @Test func readsARegularFile() throws {
    let folder = try Folder()
    try folder.write("a.json", "{}")
    #expect(try FileSystem.readFile(folder["a.json"], as: .ruleset).get() == Array("{}".utf8))
  }

  @Test func refusesWhatIsNotARegularFileSayingWhatItIs() throws {
    let folder = try Folder()
    #expect(mkfifo(folder["fifo"], 0o644) == 0)
    try FileManager.default.createSymbolicLink(atPath: folder["zero"], withDestinationPath: "/dev/zero")
    let cases = [
      (folder["fifo"], "is a FIFO (named pipe), not a regular file"),
      (folder["zero"], "is a character device, not a regular file"),
      ("/dev/null", "is a character device, not a regular file"),
      (folder.path, "is a directory, not a regular file"),
    ]
    for (path, reason) in cases {
      for kind in FileKind.allCases {
        let result = FileSystem.readFile(path, as: kind)
        guard case .failure(let error) = result else {
          Issue.record("\(path) was read as a \(kind)")
          continue
        }
        #expect(error.reason == reason)
        #expect(error.description == "it " + reason)
      }
    }
  }

  @Test(arguments: FileKind.allCases) func capsEachKind(_ kind: FileKind) throws {
    let folder = try Folder()
    try folder.write("at-cap", "")
    #expect(truncate(folder["at-cap"], off_t(kind.maximumSize)) == 0)
    try folder.write("over-cap", "")
    #expect(truncate(folder["over-cap"], off_t(kind.maximumSize + 1)) == 0)
    if kind.maximumSize <= 1 << 20 {
      #expect(try FileSystem.readFile(folder["at-cap"], as: kind).get().count == kind.maximumSize)
    }
    let result = FileSystem.readFile(folder["over-cap"], as: kind)
    #expect(result == .failure(.tooLarge(size: kind.maximumSize + 1, kind: kind)))
    guard case .failure(let error) = result else { return }
    #expect(
      error.reason
        == "is \(kind.maximumSize + 1) bytes or more; a \(kind.displayName) may hold at most \(kind.maximumSizeText)"
    )
  }

  @Test func readsFilesThatSayTheyAreEmptyToTheirEnd() throws {
    // Files in /proc report a size of 0 but have contents.
    let bytes = try FileSystem.readFile("/proc/self/status", as: .programOutput).get()
    #expect(String(decoding: bytes, as: UTF8.self).contains("Name:"))
  }

  // MARK: Writing

  @Test func writesAndReplacesLeavingNoTemporaryFile() throws {
    let folder = try Folder()
    try FileSystem.writeFile(Array("one".utf8), to: folder["out.json"])
    try FileSystem.writeFile("two", to: folder["out.json"])
    #expect(folder.read("out.json") == "two")
    #expect(try folder.names() == ["out.json"])
  }

  @Test func refusesALinkAndKeepsWhereItLeads() throws {
    let folder = try Folder()
    try folder.write("outside.json", "keep")
    try FileManager.default.createDirectory(
      atPath: folder["cat/interfaces"], withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder["cat/interfaces/IF-001.json"], withDestinationPath: folder["outside.json"])
    try FileManager.default.createSymbolicLink(
      atPath: folder["report.json"], withDestinationPath: "outside.json")
    #expect(throws: FileSystem.WriteError.self) {
      try FileSystem.writeFile(Array("new".utf8), to: "interfaces/IF-001.json", inside: folder["cat"])
    }
    #expect(throws: FileSystem.WriteError.self) { try FileSystem.writeFile("new", to: folder["report.json"]) }
    #expect(folder.read("outside.json") == "keep")
    #expect(try folder.names("cat/interfaces") == ["IF-001.json"])
    #expect(try folder.names() == ["cat", "outside.json", "report.json"])
  }

  @Test func refusesALinkedFolderInsideTheTarget() throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder["elsewhere"], withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder["cat"], withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder["cat/interfaces"], withDestinationPath: "../elsewhere")
    do {
      try FileSystem.writeFile(Array("{}".utf8), to: "interfaces/IF-001.json", inside: folder["cat"])
      Issue.record("wrote through a linked folder")
    } catch {
      #expect(
        error.reason == "'interfaces' is a symbolic link or not a folder; nothing is written through it")
    }
    #expect(try folder.names("elsewhere").isEmpty)
  }

  @Test(arguments: ["../x.json", "./x.json", "/x.json", "a//x.json", "x.json/"])
  func refusesPathsThatLeaveTheTarget(_ relativePath: String) throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder["cat"], withIntermediateDirectories: true)
    #expect(throws: FileSystem.WriteError.self) {
      try FileSystem.writeFile(Array("{}".utf8), to: relativePath, inside: folder["cat"])
    }
    #expect(try folder.names() == ["cat"])
    #expect(try folder.names("cat").isEmpty)
  }

  @Test func createsMissingFoldersInsideTheTarget() throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder["cat"], withIntermediateDirectories: true)
    try FileSystem.writeFile(Array("{}".utf8), to: "interfaces/IF-001.json", inside: folder["cat"] + "/")
    #expect(folder.read("cat/interfaces/IF-001.json") == "{}")
  }

  @Test func writesInPlaceToADevice() throws {
    try FileSystem.writeFile("discarded", to: "/dev/null")
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
  }

  @Test func aFIFONobodyReadsFailsAtOnce() throws {
    let folder = try Folder()
    #expect(mkfifo(folder["fifo"], 0o644) == 0)
    #expect(throws: FileSystem.WriteError(path: folder["fifo"], reason: "nothing reads from it")) {
      try FileSystem.writeFile("report", to: folder["fifo"])
    }
    #expect(throws: FileSystem.WriteError.self) {
      try FileSystem.writeFile(Array("{}".utf8), to: "fifo", inside: folder.path)
    }
  }

  @Test(arguments: [255, 254, 200, 1])
  func temporaryNamesStayWithinNameMax(_ length: Int) throws {
    for unit in ["a", "é", "😀"] {
      var name = ""
      while name.utf8.count + unit.utf8.count <= length { name += unit }
      let temporary = FileSystem.temporaryName(for: name)
      #expect(temporary.count - 1 <= Int(NAME_MAX))
      #expect(temporary.last == 0)
      let text = String(validatingCString: temporary)
      #expect(text != nil, "cut inside a character")
      #expect(text?.hasSuffix(".tmp") == true)
    }
  }

  @Test func aNameOf255BytesIsWritten() throws {
    let folder = try Folder()
    let name = String(repeating: "é", count: 125) + ".json"
    #expect(name.utf8.count == 255)
    try FileSystem.writeFile("report", to: folder[name])
    #expect(try folder.names() == [name])
  }

  @Test func aFailedWriteLeavesNothing() throws {
    let folder = try Folder()
    #expect(throws: FileSystem.WriteError.self) {
      try FileSystem.writeFile("x", to: folder["missing/out.json"])
    }
    #expect(throws: FileSystem.WriteError.self) { try FileSystem.writeFile("x", to: folder.path) }
    #expect(try folder.names().isEmpty)
  }
}
