#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system calls the loader needs, on POSIX directly so that reading thousands of
/// small files costs one `open`, `fstat` and `read` each.
enum FileSystem {
  enum EntryType { case file, directory, symlink, other, missing }

  /// Files larger than this are reported instead of read.
  static let maximumFileSize = 64 * 1024 * 1024

  static func type(of path: String, followingLinks: Bool = false) -> EntryType {
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
  static func entries(of path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted(by: UTF8Order.precedes)
  }

  /// The canonical absolute path, with every link resolved.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  enum ReadError: Error {
    case system(String)
    case tooLarge(Int)
  }

  static func readFile(_ path: String) -> Result<[UInt8], ReadError> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.system("is a directory")) }
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
