#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file beside the target, which is then
/// renamed over it, so readers see the old file or the new one, never a part. On any failure
/// the temporary file is removed and the target is untouched.
enum AtomicFile {
  struct WriteError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot write '\(path)': \(reason)" }
  }

  static func write(_ text: String, to path: String) throws(WriteError) {
    var text = text
    // Straight from the string's storage: a report of many megabytes is not copied.
    try text.withUTF8 { buffer in Result { () throws(WriteError) in try write(buffer, to: path) } }.get()
  }

  static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
    try bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(WriteError) in try write(buffer, to: path) }
    }.get()
  }

  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(WriteError) {
    func failure(_ reason: String? = nil) -> WriteError {
      WriteError(path: path, reason: reason ?? String(cString: strerror(errno)))
    }
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw failure("it is a directory") }
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      // A device, pipe or socket (/dev/null, /dev/stdout): write to it; renaming over it would
      // replace the device node.
      return try writeInPlace(bytes, to: path)
    }
    if let resolved = realpath(path, nil) {
      // Replace the file a link points to, never the link itself.
      defer { free(resolved) }
      let target = String(cString: resolved)
      if target != path { return try write(bytes, to: target) }
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !name.isEmpty else { throw failure("no file name given") }
    var dirInfo = stat()
    guard stat(directory.isEmpty ? "/" : directory, &dirInfo) == 0, (dirInfo.st_mode & S_IFMT) == S_IFDIR
    else {
      throw failure("directory '\(directory)' does not exist")
    }
    let temporary =
      (slash == nil ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure() }
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        let error = failure()
        close(fd)
        unlink(temporary)
        throw error
      }
      offset += n
    }
    let synced = fsync(fd) == 0
    let syncError = failure()
    if close(fd) != 0 || !synced {
      let error = synced ? failure() : syncError
      unlink(temporary)
      throw error
    }
    if rename(temporary, path) != 0 {
      let error = failure()
      unlink(temporary)
      throw error
    }
  }

  private static func writeInPlace(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(WriteError) {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
      offset += n
    }
  }
}
