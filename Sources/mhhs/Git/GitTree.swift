import Foundation
import MHHSCatalogue

/// Reads a catalogue as it is in a commit of the current git repository (`git:REF` or
/// `git:REF:PATH`) without touching the working tree: `git archive` writes the folder to a
/// temporary directory, which is always removed afterwards.
enum GitTree {
  /// A `git:REF[:PATH]` argument. PATH is relative to the repository's top level, as in
  /// `git show REF:PATH`; it defaults to `catalogue`.
  struct Spec: Equatable {
    var ref: String
    var path: String
    /// The argument as the user wrote it, used as the catalogue's name in reports.
    var label: String

    init?(_ argument: String) {
      guard argument.hasPrefix("git:") else { return nil }
      let rest = argument.dropFirst(4)
      if let colon = rest.firstIndex(of: ":") {
        ref = String(rest[..<colon])
        path = String(rest[rest.index(after: colon)...])
      } else {
        ref = String(rest)
        path = "catalogue"
      }
      while path.hasSuffix("/") { path.removeLast() }
      while path.hasPrefix("./") { path.removeFirst(2) }
      if path == "." { path = "" }
      label = argument
    }

    /// The name files are shown under: `git:REF:PATH/interfaces/IF-021.json`.
    var displayDirectory: String { "git:\(ref):\(path)" }
  }

  struct GitError: Error, CustomStringConvertible {
    var description: String
  }

  /// The catalogue at `spec.path` in commit `spec.ref`. Paths in its findings read
  /// `git:REF:PATH/interfaces/IF-021.json`.
  static func load(_ spec: Spec) throws -> Catalogue {
    guard !spec.ref.isEmpty else {
      throw GitError(description: "'\(spec.label)' names no git revision; write git:REF or git:REF:PATH")
    }
    guard !spec.ref.hasPrefix("-") else {
      throw GitError(description: "'\(spec.label)': a git revision cannot start with '-'")
    }
    let fm = FileManager.default
    let scratch = fm.temporaryDirectory.appendingPathComponent("mhhs-git-\(UUID().uuidString)").path
    do {
      try fm.createDirectory(atPath: scratch, withIntermediateDirectories: false)
    } catch {
      throw GitError(
        description:
          "cannot create a temporary directory in '\(fm.temporaryDirectory.path)' to read '\(spec.label)'")
    }
    defer { try? fm.removeItem(atPath: scratch) }

    let top = try git(["rev-parse", "--show-toplevel"], in: nil, scratch: scratch, what: spec.label)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let archive = scratch + "/tree.tar"
    var arguments = ["archive", "--format=tar", "--output=\(archive)", spec.ref]
    if !spec.path.isEmpty { arguments += ["--", spec.path] }
    _ = try git(arguments, in: top, scratch: scratch, what: spec.label)
    let tree = scratch + "/tree"
    try fm.createDirectory(atPath: tree, withIntermediateDirectories: false)
    let (status, _, err) = try run("tar", ["-x", "-f", archive, "-C", tree], in: nil, scratch: scratch)
    guard status == 0 else {
      throw GitError(
        description: "cannot unpack '\(spec.label)': \(err.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    let directory = spec.path.isEmpty ? tree : tree + "/" + spec.path
    do {
      return try CatalogueLoader.load(directory: directory, displayedAs: spec.displayDirectory)
    } catch .notACatalogue {
      throw GitError(
        description:
          "'\(spec.label)' holds no catalogue in \(spec.ref); name the folder that holds catalogue.json, "
          + "as in git:\(spec.ref):catalogue")
    } catch {
      throw GitError(description: error.description.replacing(directory, with: spec.label))
    }
  }

  /// Runs `git arguments…` and returns its standard output; a failure carries git's own message.
  private static func git(_ arguments: [String], in directory: String?, scratch: String, what: String) throws
    -> String
  {
    let (status, out, err) = try run("git", arguments, in: directory, scratch: scratch)
    guard status == 0 else {
      let reason = err.trimmingCharacters(in: .whitespacesAndNewlines)
      throw GitError(
        description: "cannot read '\(what)': git \(arguments[0]) failed: "
          + (reason.isEmpty ? "exit status \(status)" : reason))
    }
    return out
  }

  /// Runs a program found on PATH with `arguments` (no shell); output goes through files in
  /// `scratch`, so a full pipe can never block it.
  private static func run(_ program: String, _ arguments: [String], in directory: String?, scratch: String)
    throws -> (Int32, String, String)
  {
    let id = UUID().uuidString
    let outPath = scratch + "/\(id).out"
    let errPath = scratch + "/\(id).err"
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    defer {
      try? FileManager.default.removeItem(atPath: outPath)
      try? FileManager.default.removeItem(atPath: errPath)
    }
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    do {
      try process.run()
    } catch {
      throw GitError(description: "cannot run \(program): \(error.localizedDescription)")
    }
    process.waitUntilExit()
    try? out.close()
    try? err.close()
    let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (process.terminationStatus, stdout, stderr)
  }

}
