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

  /// Files larger than this are reported instead of read.
  static let maximumFileSize = 64 * 1024 * 1024

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

  /// The canonical absolute path, with every link resolved.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  public enum ReadError: Error {
    case system(String)
    case tooLarge(Int)
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
        return FileSystem.readFile(root + "/" + (folder.isEmpty ? name : folder + "/" + name))
      }
      let file = openat(fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
      return listedAsFile ? FileSystem.readListedFile(file) : FileSystem.readFile(file)
    }
  }

  /// Reads a file that the directory listing showed as a regular file: no `fstat`, and a short
  /// read means the end of the file. Should it have become something else since, a directory
  /// fails to read and a pipe (opened non-blocking) reads as empty.
  static func readListedFile(_ fd: Int32) -> Result<[UInt8], ReadError> {
    guard fd >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var capacity = 4 * 1024
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
          if total < capacity {
            reachedEnd = true  // a short read of a regular file: its end
            break
          }
        }
        count = total
      }
      if failed != 0 { return .failure(.system(String(cString: strerror(failed)))) }
      if reachedEnd { return .success(bytes) }
      if capacity > maximumFileSize { return .failure(.tooLarge(bytes.count)) }
      capacity *= 4
    }
  }

  public static func readFile(_ path: String) -> Result<[UInt8], ReadError> {
    // O_NONBLOCK: a pipe put in place of a file after it was listed must not hang the read.
    readFile(open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
  }

  /// Reads the file open as `fd` (or reports why `open` failed, when `fd` is negative) and
  /// closes it.
  static func readFile(_ fd: Int32) -> Result<[UInt8], ReadError> {
    guard fd >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.system("is a directory")) }
    if (info.st_mode & S_IFMT) != S_IFREG { return .failure(.system("not a regular file")) }
    let size = Int(info.st_size)
    if size > maximumFileSize { return .failure(.tooLarge(size)) }
    var bytes = [UInt8](repeating: 0, count: size)
    var total = 0
    while total < size {
      let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, size - total) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.system(String(cString: strerror(errno))))
      }
      if n == 0 { break }
      total += n
    }
    if total < size { bytes.removeLast(size - total) }
    return .success(bytes)
  }
}
