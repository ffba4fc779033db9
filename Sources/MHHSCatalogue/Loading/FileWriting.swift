#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way `mhhs` writes a file (reports, baselines, imported entities): atomically, and
/// never through a symbolic link. The bytes go to a temporary file beside the target, created
/// with `O_EXCL | O_NOFOLLOW`, synced and renamed over the target, so readers see the old file
/// or the new one and a failure leaves neither a part nor the temporary file behind. A target
/// that is a link is refused, so nothing is ever written where the link leads.
extension FileSystem {
  public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write '\(path)': \(reason)" }
  }

  /// Writes `text` to the file the user named at `path` (`--output`). See
  /// ``writeFile(_:to:)-([UInt8],_)``.
  public static func writeFile(_ text: String, to path: String) throws(WriteError) {
    var text = text
    // Straight from the string's storage: a report of many megabytes is not copied.
    try text.withUTF8 { buffer in
      Result { () throws(WriteError) in try writeFile(UnsafeRawBufferPointer(buffer), to: path) }
    }.get()
  }

  /// Writes `bytes` to the file the user named at `path` (`--output`, `--write-baseline`).
  /// Links in the folders of `path` are followed, as the user wrote them; the file itself must
  /// be a regular file or absent. A device, pipe or socket (`/dev/null`, or a link to one such
  /// as `/dev/stdout` on a terminal) is written in place, and `/dev/stdout`, `/dev/stderr` and
  /// `/dev/fd/N` write to that descriptor of the process whatever it is open on.
  public static func writeFile(_ bytes: [UInt8], to path: String) throws(WriteError) {
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(WriteError) in try writeFile(buffer, to: path) }
    }.get()
  }

  /// Writes `bytes` to `relativePath` (`interfaces/IF-001.json`) inside the folder `directory`
  /// (`mhhs import --into`), creating missing folders on the way. No component of
  /// `relativePath` may be a link, `.` or `..`, and the file must be a regular file or absent:
  /// the write stays inside `directory`.
  public static func writeFile(_ bytes: [UInt8], to relativePath: String, inside directory: String)
    throws(WriteError)
  {
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(WriteError) in
        try writeFile(
          buffer, in: directory, at: relativePath, shownAs: directory + "/" + relativePath, streams: false)
      }
    }.get()
  }

  private static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String) throws(WriteError) {
    if let descriptor = standardDescriptor(named: path) {
      if !writeAll(bytes, to: descriptor) {
        throw WriteError(path: path, reason: String(cString: strerror(errno)))
      }
      return
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    try writeFile(bytes, in: directory, at: name, shownAs: path, streams: true)
  }

  /// Writes `bytes` to `relativePath` under `directory`; `streams` allows writing in place to a
  /// device, pipe or socket. Errors name the file as `shownAs`.
  private static func writeFile(
    _ bytes: UnsafeRawBufferPointer, in directory: String, at relativePath: String, shownAs path: String,
    streams: Bool
  ) throws(WriteError) {
    func failure(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }
    func systemFailure() -> WriteError { failure(String(cString: strerror(errno))) }

    var folders = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let name = folders.removeLast()
    guard !name.isEmpty else { throw failure("no file name given") }
    guard !folders.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
      throw failure("'\(relativePath)' is not a path inside '\(directory)'")
    }
    var folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw failure("directory '\(directory)' does not exist") }
      throw systemFailure()
    }
    defer { close(folder) }
    for part in folders {
      var next = openat(folder, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if next < 0 && errno == ENOENT {
        guard mkdirat(folder, part, 0o755) == 0 || errno == EEXIST else { throw systemFailure() }
        next = openat(folder, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      }
      guard next >= 0 else {
        if errno == ELOOP || errno == ENOTDIR {
          throw failure("'\(part)' is a symbolic link or not a folder; nothing is written through it")
        }
        throw systemFailure()
      }
      close(folder)
      folder = next
    }

    var info = stat()
    if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw failure("it is a directory")
      case S_IFLNK:
        guard streams, fstatat(folder, name, &info, 0) == 0, isStream(info.st_mode) else {
          throw failure(
            "it is a symbolic link, and mhhs does not write through links; remove it or name the file it leads to"
          )
        }
        return try writeInPlace(bytes, in: folder, name: name, failure)
      default:
        guard streams, isStream(info.st_mode) else {
          throw failure("it is \(nonRegularDescription(info.st_mode) ?? "not a regular file")")
        }
        return try writeInPlace(bytes, in: folder, name: name, failure)
      }
    } else if errno != ENOENT {
      throw systemFailure()
    }
    try replace(in: folder, name: name, with: bytes, failure)
  }

  /// Renames the regular file at `path` to `name` in the same folder, never replacing a file
  /// already called `name`: the new name is linked first (which fails if it exists), then the
  /// old one removed. A link at `path` is refused.
  public static func renameFile(_ path: String, to name: String) throws(WriteError) {
    func failure(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }
    guard !name.isEmpty, name != ".", name != "..", !name.contains("/") else {
      throw failure("'\(name)' is not a file name")
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
    let old = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { throw failure(String(cString: strerror(errno))) }
    defer { close(folder) }
    var info = stat()
    guard fstatat(folder, old, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
      throw failure(String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw failure("it is \(nonRegularDescription(info.st_mode) ?? "not a regular file")")
    }
    guard linkat(folder, old, folder, name, 0) == 0 else {
      if errno == EEXIST { throw failure("'\(directory)/\(name)' already exists; nothing was renamed") }
      throw failure(String(cString: strerror(errno)))
    }
    guard unlinkat(folder, old, 0) == 0 else { throw failure(String(cString: strerror(errno))) }
    fsync(folder)
  }

  /// Writes `bytes` to a new temporary file in `folder` and renames it to `name`.
  private static func replace(
    in folder: Int32, name: String, with bytes: UnsafeRawBufferPointer, _ failure: (String) -> WriteError
  ) throws(WriteError) {
    func systemFailure() -> WriteError { failure(String(cString: strerror(errno))) }
    var temporary: [CChar] = []
    var fd: Int32 = -1
    for _ in 0..<8 where fd < 0 {
      temporary = temporaryName(for: name)
      fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if fd < 0 && errno != EEXIST { break }
    }
    guard fd >= 0 else { throw systemFailure() }
    guard writeAll(bytes, to: fd), fsync(fd) == 0 else {
      let error = systemFailure()
      close(fd)
      unlinkat(folder, temporary, 0)
      throw error
    }
    guard close(fd) == 0, renameat(folder, temporary, folder, name) == 0 else {
      let error = systemFailure()
      unlinkat(folder, temporary, 0)
      throw error
    }
    fsync(folder)  // the rename itself reaches the disk; a failure here loses nothing written
  }

  /// `.NAME.PID.RANDOM.tmp`, with NAME shortened (at a character boundary) so that the whole
  /// stays within `NAME_MAX` bytes, as the file system requires; a C string.
  static func temporaryName(for name: String) -> [CChar] {
    let suffix = Array(".\(getpid()).\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).tmp".utf8)
    var kept = Array(name.utf8)
    let room = Int(NAME_MAX) - 1 - suffix.count
    if kept.count > room {
      var cut = room
      while cut > 0 && (kept[cut] & 0xC0) == 0x80 { cut -= 1 }  // not inside a UTF-8 sequence
      kept.removeSubrange(cut...)
    }
    return ([UInt8(ascii: ".")] + kept + suffix + [0]).map { CChar(bitPattern: $0) }
  }

  /// Writes to a device, pipe or socket (found at `name` in `folder`) without replacing it.
  private static func writeInPlace(
    _ bytes: UnsafeRawBufferPointer, in folder: Int32, name: String, _ failure: (String) -> WriteError
  ) throws(WriteError) {
    // Non-blocking, so that a pipe nobody reads fails now (ENXIO) instead of waiting forever.
    let fd = openat(folder, name, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else {
      throw failure(errno == ENXIO ? "nothing reads from it" : String(cString: strerror(errno)))
    }
    defer { close(fd) }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    guard writeAll(bytes, to: fd) else { throw failure(String(cString: strerror(errno))) }
  }

  /// Whether `mode` is a device, pipe or socket: something to write to, never to replace.
  private static func isStream(_ mode: mode_t) -> Bool {
    [S_IFCHR, S_IFIFO, S_IFSOCK, S_IFBLK].contains(mode & S_IFMT)
  }

  /// The descriptor that `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names.
  static func standardDescriptor(named path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  /// Writes all of `bytes` to `fd`; `false` (with `errno` set) when a write fails.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        if n == 0 { errno = EIO }
        return false
      }
      offset += n
    }
    return true
  }
}
