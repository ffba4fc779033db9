import Foundation
import Testing

@testable import MHHSCatalogue

/// `FileSystem.FolderPublication`, the writer of `mhhs site --output`: a folder made beside
/// its destination and renamed into place, replacing only what it made before.
@Suite struct FolderPublicationTests {
  typealias Folder = FileSystemTests.Folder

  static func publish(_ files: [String: String], at path: String) throws(FileSystem.WriteError) {
    let publication = try FileSystem.FolderPublication(at: path)
    for (name, text) in files.sorted(by: { $0.key < $1.key }) { try publication.write(text, to: name) }
    try publication.commit()
  }

  @Test func writesTheFilesAndTheMarker() throws {
    let folder = try Folder()
    try Self.publish(["index.html": "home", "interfaces/IF-021.html": "page"], at: folder["site"])
    #expect(folder.read("site/index.html") == "home")
    #expect(folder.read("site/interfaces/IF-021.html") == "page")
    #expect(
      try folder.names("site") == [FileSystem.FolderPublication.markerName, "index.html", "interfaces"])
    #expect(try folder.names() == ["site"], "no temporary folder left beside it")
  }

  @Test func replacesAFolderItMadeBefore() throws {
    let folder = try Folder()
    try Self.publish(["old.html": "old", "interfaces/IF-001.html": "x"], at: folder["site"])
    try Self.publish(["new.html": "new"], at: folder["site"] + "/")
    #expect(try folder.names("site") == [FileSystem.FolderPublication.markerName, "new.html"])
    #expect(try folder.names() == ["site"])
  }

  @Test func acceptsAnEmptyFolder() throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder["site"], withIntermediateDirectories: false)
    try Self.publish(["index.html": "home"], at: folder["site"])
    #expect(folder.read("site/index.html") == "home")
  }

  @Test func refusesAFolderItDidNotMake() throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder["docs"], withIntermediateDirectories: false)
    try folder.write("docs/notes.txt", "mine")
    let error = #expect(throws: FileSystem.WriteError.self) {
      try Self.publish(["index.html": "x"], at: folder["docs"])
    }
    #expect(error?.reason.contains("not made by mhhs") == true)
    #expect(folder.read("docs/notes.txt") == "mine")
    #expect(try folder.names() == ["docs"])
  }

  @Test func refusesAFileALinkAndDot() throws {
    let folder = try Folder()
    try folder.write("file", "mine")
    try FileManager.default.createDirectory(atPath: folder["target"], withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(atPath: folder["link"], withDestinationPath: folder["target"])
    let file = #expect(throws: FileSystem.WriteError.self) { try Self.publish([:], at: folder["file"]) }
    #expect(file?.reason.contains("not a folder") == true)
    let link = #expect(throws: FileSystem.WriteError.self) { try Self.publish([:], at: folder["link"]) }
    #expect(link?.reason.contains("symbolic link") == true)
    #expect(throws: FileSystem.WriteError.self) { try Self.publish([:], at: folder.path + "/.") }
    #expect(throws: FileSystem.WriteError.self) { try Self.publish([:], at: folder["missing/site"]) }
    #expect(folder.read("file") == "mine")
    #expect(try folder.names("target").isEmpty)
    #expect(try folder.names() == ["file", "link", "target"])
  }

  @Test func refusesPathsOutsideTheFolderAndLeavesNothingWhenNotCommitted() throws {
    let folder = try Folder()
    do {
      let publication = try FileSystem.FolderPublication(at: folder["site"])
      for bad in ["../escape.html", "a/../../b", "/abs", "a//b", ".", ""] {
        #expect(throws: FileSystem.WriteError.self) { try publication.write("x", to: bad) }
      }
      try publication.write("x", to: "kept-until-commit.html")
    }
    #expect(try folder.names().isEmpty, "the temporary folder is removed when the run stops")
  }
}
