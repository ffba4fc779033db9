#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue

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

  /// Removes the directory and everything in it; links are removed, never followed.
  func remove() {
    Self.removeTree(path)
  }

  private static func removeTree(_ path: String) {
    if FileSystem.type(of: path) == .directory {
      for name in FileSystem.entries(of: path) ?? [] { removeTree(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}
