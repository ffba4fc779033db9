#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A new, private directory under `$TMPDIR` (else `/tmp`), removed with all it holds by
/// ``remove()``.
struct ScratchDirectory {
  /// Where temporary directories go: `$TMPDIR` without trailing slashes, else `/tmp`.
  static var parent: String {
    var parent = getenv("TMPDIR").map { String(cString: $0) } ?? ""
    while parent.count > 1 && parent.hasSuffix("/") { parent.removeLast() }
    return parent.isEmpty ? "/tmp" : parent
  }

  let path: String

  /// Creates `PARENT/PREFIX-XXXXXX` (mode 0700), or returns nil when that is impossible.
  init?(prefix: String) {
    var template = Array((Self.parent + "/" + prefix + "-XXXXXX").utf8CString)
    guard let created = mkdtemp(&template) else { return nil }
    path = String(cString: created)
  }

  /// Removes the directory and everything in it; links are removed, never followed. It works
  /// relative to directory descriptors (at most two open at a time) and keeps only names on its
  /// own stack, so neither the depth of the tree nor the length of its paths can stop it.
  func remove() {
    var current = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    var descended: [[CChar]] = []  // the folders from `path` down to `current`, as raw names
    while current >= 0 {
      if let folder = Self.removeFiles(in: current) {
        let child = openat(current, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { break }
        close(current)
        current = child
        descended.append(folder)
      } else if let emptied = descended.popLast() {
        let parent = openat(current, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        close(current)
        current = parent
        guard parent >= 0, unlinkat(parent, emptied, AT_REMOVEDIR) == 0 else { break }
      } else {
        break
      }
    }
    if current >= 0 { close(current) }
    rmdir(path)
  }

  /// Unlinks everything in the open folder `folder` that is not a folder, and returns the name
  /// (its exact bytes, NUL-terminated) of a folder it still holds, if any.
  private static func removeFiles(in folder: Int32) -> [CChar]? {
    let listing = openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard listing >= 0 else { return nil }
    guard let directory = fdopendir(listing) else {
      close(listing)
      return nil
    }
    defer { closedir(directory) }
    var remaining: [CChar]?
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
          Array(UnsafeBufferPointer(start: name, count: strlen(name) + 1))
        }
      }
      guard name != [46, 0] && name != [46, 46, 0] else { continue }  // "." and ".."
      if unlinkat(folder, name, 0) != 0 && (errno == EISDIR || errno == EPERM) && remaining == nil {
        remaining = name
      }
    }
    return remaining
  }
}
