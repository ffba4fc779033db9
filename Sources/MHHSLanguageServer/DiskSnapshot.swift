#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue

/// How the files a check reads look on disk, to notice that one changed without reading any:
/// each file's size, modification time to the nanosecond and inode (a file moved over another
/// may keep its time, never its inode). The catalogue's files are the `.json` files at its top
/// and in its entity folders, the ones the loader reads; a missing file has no stamp.
struct DiskSnapshot {
  struct Stamp: Equatable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64
  }

  /// The few stamps that are cheap to take: the catalogue's folders (a folder's time changes
  /// when a file is added to it, removed, or moved over another, as most editors save) and the
  /// other files (the ruleset, the baseline). When the outline is unchanged, only a file
  /// written in place can have changed.
  struct Outline: Equatable {
    fileprivate(set) var folders: [String: Stamp] = [:]
    fileprivate(set) var others: [String: Stamp] = [:]

    /// The outline of `catalogue` and the `others` now.
    init(catalogue: String, others: [String]) {
      for folder in [catalogue] + DiskSnapshot.entityFolders(catalogue) {
        folders[folder] = DiskSnapshot.stamp(folder, of: S_IFDIR)
      }
      for path in others { self.others[path] = DiskSnapshot.stamp(path, of: S_IFREG) }
    }
  }

  private(set) var outline: Outline
  /// The stamp of every catalogue file, by folder, then by name.
  private var files: [String: [String: Stamp]] = [:]

  /// The catalogue's files and the `others` as they are now: one `fstatat` per file.
  init(catalogue: String, others: [String]) {
    outline = Outline(catalogue: catalogue, others: others)
    for folder in [catalogue] + Self.entityFolders(catalogue) { files[folder] = Self.stamps(in: folder) }
  }

  /// How many catalogue files were stamped.
  var fileCount: Int { files.values.reduce(0) { $0 + $1.count } }

  /// The paths whose stamps differ from `old` (changed, added or gone): the other files, and
  /// the catalogue files but for `ignored` (open in the editor, whose buffers count instead).
  func changes(since old: DiskSnapshot, ignoring ignored: Set<String>) -> [String] {
    var changed: [String] = []
    for (path, stamp) in outline.others where old.outline.others[path] != stamp { changed.append(path) }
    for folder in Set(files.keys).union(old.files.keys) {
      let now = files[folder] ?? [:]
      let before = old.files[folder] ?? [:]
      guard now != before else { continue }
      let prefix = folder.hasSuffix("/") ? folder : folder + "/"
      for name in Set(now.keys).union(before.keys) where now[name] != before[name] {
        if !ignored.contains(prefix + name) { changed.append(prefix + name) }
      }
    }
    return changed
  }

  /// Takes the stamp of the catalogue file at `path` anew (a file the editor closed, which the
  /// check now reads from disk).
  mutating func restamp(_ path: String) {
    guard let slash = path.lastIndex(of: "/") else { return }
    let folder = String(path[..<slash])
    guard files[folder] != nil else { return }
    files[folder]?[String(path[path.index(after: slash)...])] = Self.stamp(path, of: S_IFREG)
  }

  /// The entity folders of `catalogue` (`…/interfaces`), whether they exist or not.
  fileprivate static func entityFolders(_ catalogue: String) -> [String] {
    let prefix = catalogue.hasSuffix("/") ? catalogue : catalogue + "/"
    return EntityKind.allCases.compactMap(\.folder).map { prefix + $0 }
  }

  /// The stamp of `path` (links followed) if it is of type `type` (`S_IFREG`, `S_IFDIR`).
  fileprivate static func stamp(_ path: String, of type: mode_t) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == type else { return nil }
    return Stamp(info)
  }

  /// The stamps of the `.json` files in `folder`, by name: one `fstatat` each, relative to the
  /// open folder, and a name made only for the `.json` files.
  private static func stamps(in folder: String) -> [String: Stamp] {
    var result: [String: Stamp] = [:]
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0, let directory = fdopendir(fd) else {
      if fd >= 0 { close(fd) }
      return result
    }
    defer { closedir(directory) }
    var info = stat()
    while let entry = readdir(directory) {
      let name: String? = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
          guard isJSONFileName(name), fstatat(fd, name, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG
          else { return nil }
          return String(cString: name)
        }
      }
      if let name { result[name] = Stamp(info) }
    }
    return result
  }

  /// Whether the C string `name` ends in `.json`.
  private static func isJSONFileName(_ name: UnsafePointer<CChar>) -> Bool {
    let count = strlen(name)
    guard count >= 5 else { return false }
    return memcmp(name + count - 5, ".json", 5) == 0
  }
}

extension DiskSnapshot.Stamp {
  fileprivate init(_ info: stat) {
    #if canImport(Darwin)
      let modified = info.st_mtimespec
    #else
      let modified = info.st_mtim
    #endif
    self.init(
      size: Int64(info.st_size), seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec),
      inode: UInt64(info.st_ino))
  }
}
