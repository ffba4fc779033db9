import MHHSCatalogue
import MHHSLint

/// What `mhhs init DIR` writes: a catalogue repository a team can start from. Every target is
/// checked before any is written, so a folder where a file is, an existing file, a link or an
/// unwritable folder stops the run with nothing written.
struct Scaffold {
  /// The files, by path inside the new repository.
  static let files: [(path: String, text: String)] = [
    ("catalogue/catalogue.json", ScaffoldTemplates.catalogue),
    ("catalogue/roles.json", ShippedCatalogueFiles.roles),
    ("catalogue/releases.json", ShippedCatalogueFiles.releases),
    ("rules/recommended.json", ScaffoldTemplates.ruleset),
    ("baseline.json", Baseline(entries: []).json.render()),
    (".github/workflows/mhhs.yml", ScaffoldTemplates.githubWorkflow),
    (".pre-commit-config.yaml", ScaffoldTemplates.preCommitConfig),
    (".gitlab-ci.yml", ScaffoldTemplates.gitlabCI),
  ]

  /// The folder that exists, which the files are written inside.
  let base: String
  /// The folders of the new repository's path that do not exist yet, joined by `/` (empty when
  /// the repository's folder exists): what comes before each file's path inside ``base``.
  let missingFolders: String
  /// The repository's folder as the user named it.
  let directory: String

  /// Checks that every file can be written into `directory` (created, with its missing parent
  /// folders, if absent) and none exists; otherwise throws one error naming every problem.
  init(checking directory: String) throws(CommandError) {
    guard !directory.isEmpty else { throw CommandError("init needs a folder name; '' names none") }
    self.directory = directory
    var existing = directory
    var missing: [String] = []
    while FileSystem.type(of: existing, followingLinks: true) == .missing {
      while existing.count > 1 && existing.hasSuffix("/") { existing.removeLast() }
      let slash = existing.lastIndex(of: "/")
      let name = slash.map { String(existing[existing.index(after: $0)...]) } ?? existing
      guard name != ".", name != "..", !name.isEmpty else {
        throw CommandError("cannot create '\(directory)': '\(existing)' does not exist")
      }
      missing.insert(name, at: 0)
      existing = slash.map { $0 == existing.startIndex ? "/" : String(existing[..<$0]) } ?? "."
    }
    guard FileSystem.type(of: existing, followingLinks: true) == .directory else {
      throw CommandError(
        "cannot create '\(directory)': '\(existing)' is a file where a folder should be; nothing was written")
    }
    base = existing
    missingFolders = missing.joined(separator: "/")

    var existingFiles: [String] = []
    var problems: [String] = []
    var unwritable: Set<String> = []
    for (path, _) in Self.files {
      guard missing.isEmpty else {
        if !FileSystem.canWrite(inFolder: existing) { unwritable.insert(existing) }
        break
      }
      let shown = Self.join(directory, path)
      var folder = directory
      var blocked = false
      for part in path.split(separator: "/").dropLast() {
        let next = Self.join(folder, String(part))
        switch FileSystem.type(of: next) {
        case .directory: folder = next
        case .missing: blocked = true
        case .symlink:
          problems.append("'\(next)' is a symbolic link, and mhhs init does not write through links")
          blocked = true
        case .file, .other:
          problems.append("'\(next)' is a file where a folder should be")
          blocked = true
        }
        if blocked { break }
      }
      if !blocked && FileSystem.type(of: shown) != .missing { existingFiles.append(shown) }
      if !FileSystem.canWrite(inFolder: folder) { unwritable.insert(folder) }
    }
    problems += unwritable.sorted().map { "cannot write in '\($0)': permission denied" }
    if !existingFiles.isEmpty {
      problems.append(
        "would overwrite \(existingFiles.map { "'\($0)'" }.joined(separator: ", ")); remove "
          + (existingFiles.count == 1 ? "it" : "them") + " or choose another folder")
    }
    guard problems.isEmpty else {
      var seen: Set<String> = []
      let unique = problems.filter { seen.insert($0).inserted }
      throw CommandError(
        "cannot initialise '\(directory)': \(unique.joined(separator: "; ")); nothing was written")
    }
  }

  /// Writes every file; returns their paths as the user would write them.
  func write() throws(CommandError) -> [String] {
    var written: [String] = []
    for (path, text) in Self.files {
      do {
        try FileSystem.writeFile(
          Array(text.utf8), to: Self.join(missingFolders, path), inside: base)
      } catch {
        let done =
          written.isEmpty ? "nothing was written" : "written before it: \(written.joined(separator: ", "))"
        throw CommandError("\(error); \(done)")
      }
      written.append(Self.join(directory, path))
    }
    return written
  }

  /// `folder/name`, or `name` alone when `folder` is empty or `.`.
  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty || folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
