#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
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
    guard let scratchDirectory = ScratchDirectory(prefix: "mhhs-git") else {
      throw GitError(
        description:
          "cannot create a temporary directory in '\(ScratchDirectory.parent)' to read '\(spec.label)'")
    }
    defer { scratchDirectory.remove() }
    let scratch = scratchDirectory.path

    let top = try git(["rev-parse", "--show-toplevel"], in: nil, scratch: scratch, what: spec.label)
      .trimmingWhitespace()
    let archive = scratch + "/tree.tar"
    var arguments = ["archive", "--format=tar", "--output=\(archive)", spec.ref]
    if !spec.path.isEmpty { arguments += ["--", spec.path] }
    _ = try git(arguments, in: top, scratch: scratch, what: spec.label)
    let (listed, listing, listingError) = try run("tar", ["-t", "-f", archive], scratch: scratch)
    guard listed == 0 else {
      throw GitError(description: "cannot unpack '\(spec.label)': \(firstLine(of: listingError))")
    }
    if let deepest = deepestPath(in: listing), deepest.folders > maximumDepth {
      throw GitError(
        description:
          "cannot read '\(spec.label)': its tree nests folders \(deepest.folders) deep ('\(deepest.start)/…'); "
          + "mhhs reads trees at most \(maximumDepth) folders deep")
    }
    let tree = scratch + "/tree"
    guard mkdir(tree, 0o700) == 0 else {
      throw GitError(description: "cannot create '\(tree)': \(String(cString: strerror(errno)))")
    }
    let (status, _, err) = try run("tar", ["-x", "-f", archive, "-C", tree], scratch: scratch)
    guard status == 0 else {
      throw GitError(description: "cannot unpack '\(spec.label)': \(firstLine(of: err))")
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

  /// How deep the folders of a tree `diff` reads may nest (a catalogue needs two below its
  /// PATH); deeper trees are refused before they are unpacked.
  static let maximumDepth = 64

  /// The most deeply nested path of a `tar -t` listing: how many folders it is in, and its first
  /// two names (printable characters only) to point at it.
  static func deepestPath(in listing: String) -> (folders: Int, start: String)? {
    var deepest: (folders: Int, start: String)?
    for line in listing.split(separator: "\n") {
      let names = line.split(separator: "/")
      let folders = line.hasSuffix("/") ? names.count : names.count - 1
      guard folders > deepest?.folders ?? -1 else { continue }
      let start = names.prefix(2).joined(separator: "/").unicodeScalars.filter {
        switch $0.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: false
        default: true
        }
      }
      deepest = (folders, String(String.UnicodeScalarView(start)))
    }
    return deepest
  }

  /// The first line of a program's error output, at most 300 characters: tar repeats a long path
  /// in every line.
  private static func firstLine(of text: String) -> String {
    let line = text.trimmingWhitespace().split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    return line.count > 300 ? String(line.prefix(300)) + "…" : line
  }

  /// Runs `git arguments…` (in `directory`, with `git -C`) and returns its standard output; a
  /// failure carries git's own message.
  private static func git(_ arguments: [String], in directory: String?, scratch: String, what: String) throws
    -> String
  {
    let (status, out, err) = try run(
      "git", (directory.map { ["-C", $0] } ?? []) + arguments, scratch: scratch)
    guard status == 0 else {
      let reason = err.trimmingWhitespace()
      throw GitError(
        description: "cannot read '\(what)': git \(arguments[0]) failed: "
          + (reason.isEmpty ? "exit status \(status)" : reason))
    }
    return out
  }

  /// Runs a program found on PATH with `arguments` (no shell); output goes through files in
  /// `scratch`, so a full pipe can never block it.
  private static func run(_ program: String, _ arguments: [String], scratch: String) throws -> (
    Int32, String, String
  ) {
    let outPath = scratch + "/run.out"
    let errPath = scratch + "/run.err"
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    let status: Int32
    do {
      status = try ChildProcess.run(program, arguments, outputFile: outPath, errorFile: errPath)
    } catch {
      throw GitError(description: "cannot run \(program): \(error.reason)")
    }
    return (status, text(of: outPath), text(of: errPath))
  }

  /// The file's text as UTF-8 (invalid bytes repaired), or "" when it cannot be read.
  private static func text(of path: String) -> String {
    guard case .success(let bytes) = FileSystem.readFile(path, as: .programOutput) else { return "" }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  /// The string without leading and trailing whitespace and newlines.
  fileprivate func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }
}
