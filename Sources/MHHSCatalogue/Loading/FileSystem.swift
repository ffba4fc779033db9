#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system calls the loader needs, on POSIX directly so that reading thousands of
/// small files costs one `open`, `fstat` and `read` each. The command line and the ruleset
/// loader use it too, so that nothing the `mhhs` binary links needs Foundation.
public enum FileSystem {
  public enum EntryType { case file, directory, symlink, other, missing }

  public static func type(of path: String, followingLinks: Bool = false) -> EntryType {
    var info = stat()
    let result = followingLinks ? stat(path, &info) : lstat(path, &info)
    guard result == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    case S_IFLNK: return .symlink
    default: return .other
    }
  }

  /// The names in a directory, sorted by their UTF-8 bytes so every run sees the same order.
  public static func entries(of path: String) -> [String]? {
    typedEntries(of: path)?.map(\.name)
  }

  /// The names in a directory with their types as `readdir` reports them (`nil` when the file
  /// system does not say, or for links), sorted like ``entries(of:)``. Knowing the type of
  /// regular files spares one `lstat` per file.
  static func typedEntries(of path: String) -> [(name: String, type: EntryType?)]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var result: [(name: String, type: EntryType?)] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      guard name != "." && name != ".." else { continue }
      let type: EntryType? =
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): .file
        case Int32(DT_DIR): .directory
        case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): .other
        default: nil
        }
      result.append((name, type))
    }
    return UTF8Order.sortedIndices(result.map(\.name)).map { result[$0] }
  }

  /// Whether this process may create and remove entries in the folder at `path`.
  public static func canWrite(inFolder path: String) -> Bool { access(path, W_OK | X_OK) == 0 }

  /// Whether the file at `path` is marked read-only: no one has write permission. Root could
  /// replace it all the same; the mark says it is not to be changed, so `mhhs` leaves it.
  public static func isMarkedReadOnly(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0
  }

  /// The canonical absolute path, with every link resolved.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Why a file was not read.
  public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `open` or `read` failed, for the system's reason (`No such file or directory`).
    case system(String)
    /// The path names something else than a regular file (`a FIFO`, `a directory`).
    case notRegularFile(String)
    /// The file holds `size` bytes or more, over the cap of its kind.
    case tooLarge(size: Int, kind: FileKind)

    /// What went wrong, to follow the file's name: `is a FIFO, not a regular file`.
    public var reason: String {
      switch self {
      case .system(let reason): reason
      case .notRegularFile(let what): "is \(what), not a regular file"
      case .tooLarge(let size, let kind):
        "is \(size) bytes or more; a \(kind.displayName) may hold at most \(kind.maximumSizeText)"
      }
    }

    /// What went wrong, to follow `cannot read 'FILE': `.
    public var description: String {
      if case .system(let reason) = self { reason } else { "it " + reason }
    }
  }

  /// What `path` (links followed) is when it is not a regular file (`a FIFO (named pipe)`), or
  /// `nil` for a regular file or nothing at all.
  public static func nonRegularDescription(of path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return nonRegularDescription(info.st_mode)
  }

  /// What a file of type `mode` (from `stat`) is, in words, or `nil` for a regular file.
  static func nonRegularDescription(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a directory"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFLNK: "a symbolic link"
    default: "not a regular file"
    }
  }

  /// The catalogue directory and its entity folders, held open so that files are opened with
  /// `openat` relative to them.
  struct Folders: Sendable {
    let root: String
    private var descriptors: [String: Int32] = [:]

    init(root: String, names: [String]) {
      self.root = root
      for name in [""] + names {
        let fd = open(name.isEmpty ? root : root + "/" + name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { descriptors[name] = fd }
      }
    }

    func closeAll() {
      for fd in descriptors.values { close(fd) }
    }

    /// Reads `name` in the entity folder `folder` (`interfaces`, `IF-021.json`), or in the
    /// catalogue directory itself when `folder` is empty (`roles.json`).
    func readFile(folder: String, name: String, listedAsFile: Bool = false) -> Result<[UInt8], ReadError> {
      guard let fd = descriptors[folder] else {
        return FileSystem.readFile(
          root + "/" + (folder.isEmpty ? name : folder + "/" + name), as: .catalogueFile)
      }
      let file = openat(fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
      return listedAsFile ? FileSystem.readListedFile(file) : FileSystem.readFile(file, as: .catalogueFile)
    }
  }

  /// Reads a file that the directory listing showed as a regular file: no `fstat`, and a short
  /// read means the end of the file. Should it have become something else since, a directory
  /// fails to read and a pipe (opened non-blocking) reads as empty.
  static func readListedFile(_ fd: Int32) -> Result<[UInt8], ReadError> {
    guard fd >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    defer { close(fd) }
    return readToEnd(fd, capacity: 4 * 1024, kind: .catalogueFile, shortReadEnds: true)
  }

  /// Reads the file at `path` as a file of `kind`: the one way `mhhs` reads a file. It is
  /// opened non-blocking (a FIFO never blocks the open), must be a regular file (anything else
  /// is a ``ReadError/notRegularFile(_:)`` saying what it is) and may hold at most
  /// `kind.maximumSize` bytes, however large it claims to be or grows while read.
  public static func readFile(_ path: String, as kind: FileKind) -> Result<[UInt8], ReadError> {
    readFile(open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY), as: kind)
  }

  /// Reads the file open as `fd` (or reports why `open` failed, when `fd` is negative) and
  /// closes it.
  static func readFile(_ fd: Int32, as kind: FileKind) -> Result<[UInt8], ReadError> {
    guard fd >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    if let what = nonRegularDescription(info.st_mode) { return .failure(.notRegularFile(what)) }
    let size = Int(info.st_size)
    if size > kind.maximumSize { return .failure(.tooLarge(size: size, kind: kind)) }
    // One byte more than the size, to see the end in one read; files in /proc say they are
    // empty and are read on until their end.
    return readToEnd(fd, capacity: max(size + 1, 4 * 1024), kind: kind, shortReadEnds: false)
  }

  /// Reads `fd` until its end into a buffer that starts at `capacity` bytes and grows, and fails
  /// once more than `kind.maximumSize` bytes arrive. With `shortReadEnds`, a read that does not
  /// fill the buffer is taken as the end (true of regular files, and saves one `read`).
  private static func readToEnd(_ fd: Int32, capacity: Int, kind: FileKind, shortReadEnds: Bool)
    -> Result<[UInt8], ReadError>
  {
    var capacity = capacity
    var bytes: [UInt8] = []
    while true {
      var failed: Int32 = 0
      var reachedEnd = false
      let start = bytes.count
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        if start > 0 { _ = buffer.initialize(fromContentsOf: bytes) }
        var total = start
        while total < capacity {
          let n = read(fd, buffer.baseAddress! + total, capacity - total)
          if n < 0 {
            if errno == EINTR { continue }
            failed = errno
            break
          }
          if n == 0 {
            reachedEnd = true
            break
          }
          total += n
          if shortReadEnds && total < capacity {
            reachedEnd = true
            break
          }
        }
        count = total
      }
      if failed != 0 { return .failure(.system(String(cString: strerror(failed)))) }
      if bytes.count > kind.maximumSize { return .failure(.tooLarge(size: bytes.count, kind: kind)) }
      if reachedEnd { return .success(bytes) }
      capacity = min(capacity * 4, kind.maximumSize + 1)
    }
  }
}
