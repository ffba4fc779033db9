#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// A folder of files (`mhhs site --output OUT`) made beside its destination and put in place
  /// whole: the files go, one by one as they are made, into a new temporary folder next to OUT
  /// (`.OUT.PID.RANDOM.tmp`), and ``commit()`` renames it to OUT. A folder already at OUT is
  /// renamed aside first and removed after, so readers see the old folder or the new one; if
  /// the run stops before ``commit()``, the temporary folder is removed and OUT is untouched.
  ///
  /// Nothing is written outside the temporary folder: file paths inside it are relative, with
  /// no `.`, `..` or empty component, and every file and folder is created new (`O_EXCL`,
  /// `O_NOFOLLOW`). OUT itself must be absent, an empty folder, or a folder this API made (it
  /// holds the marker file); a file, a link, or a folder holding something else is refused, so
  /// a mistyped `--output` never removes the user's files.
  ///
  /// Files are not synced one by one (a site of 40,000 pages is quicker to make again than to
  /// sync); the rename that publishes the folder is what is atomic.
  public final class FolderPublication {
    /// The name of the file that marks a folder as made by this API.
    public static let markerName = ".mhhs-output"

    /// The destination as the user named it.
    public let path: String
    private let parent: Int32
    private let name: String
    private let temporaryName: String
    private let root: Int32
    /// Open folders inside the temporary folder, by relative path.
    private var folders: [String: Int32] = [:]
    private var finished = false

    /// Starts a publication at `path`: checks what is there now and makes the temporary folder.
    public init(at path: String) throws(WriteError) {
      var trimmed = path
      while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
      self.path = trimmed
      func failure(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }
      let slash = trimmed.lastIndex(of: "/")
      let directory = slash.map { trimmed[..<$0].isEmpty ? "/" : String(trimmed[..<$0]) } ?? "."
      let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
      guard !name.isEmpty, name != ".", name != "..", name != "/" else {
        throw failure("name a folder to create or replace (not '.', '..' or '/')")
      }
      self.name = name
      parent = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard parent >= 0 else {
        let reason =
          errno == ENOENT || errno == ENOTDIR
          ? "directory '\(directory)' does not exist" : String(cString: strerror(errno))
        throw failure(reason)
      }
      if let reason = Self.refusal(of: name, in: parent) {
        close(parent)
        throw failure(reason)
      }
      var made: (String, Int32)?
      for _ in 0..<8 where made == nil {
        let candidate = String(
          decoding: FileSystem.temporaryName(for: name).dropLast().map { UInt8(bitPattern: $0) },
          as: UTF8.self)
        if mkdirat(parent, candidate, 0o755) == 0 {
          let fd = openat(parent, candidate, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
          guard fd >= 0 else { break }
          made = (candidate, fd)
        } else if errno != EEXIST {
          break
        }
      }
      guard let made else {
        let reason = String(cString: strerror(errno))
        close(parent)
        throw failure("cannot make a folder beside it: \(reason)")
      }
      (temporaryName, root) = made
    }

    deinit {
      for fd in folders.values { close(fd) }
      if !finished { FolderPublication.removeTree(named: temporaryName, in: parent) }
      close(root)
      close(parent)
    }

    /// Writes `text` as UTF-8 to `relativePath` (`interfaces/IF-021.html`) inside the folder.
    public func write(_ text: String, to relativePath: String) throws(WriteError) {
      var text = text
      try text.withUTF8 { buffer in
        Result { () throws(WriteError) in try write(UnsafeRawBufferPointer(buffer), to: relativePath) }
      }.get()
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws(WriteError) {
      let shown = path + "/" + relativePath
      func failure(_ reason: String) -> WriteError { WriteError(path: shown, reason: reason) }
      var parts = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      let file = parts.removeLast()
      guard !finished, !file.isEmpty, file != "." && file != "..",
        !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
      else { throw failure("'\(relativePath)' is not a path inside the output folder") }
      let folder = try self.folder(parts.joined(separator: "/"), parts, failure)
      let fd = openat(folder, file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
      guard FileSystem.writeAll(bytes, to: fd) else {
        let reason = String(cString: strerror(errno))
        close(fd)
        throw failure(reason)
      }
      guard close(fd) == 0 else { throw failure(String(cString: strerror(errno))) }
    }

    /// The open folder at `key` (its `parts` joined), made on first use.
    private func folder(_ key: String, _ parts: [String], _ failure: (String) -> WriteError)
      throws(WriteError)
      -> Int32
    {
      if parts.isEmpty { return root }
      if let fd = folders[key] { return fd }
      let above = try folder(parts.dropLast().joined(separator: "/"), Array(parts.dropLast()), failure)
      guard mkdirat(above, parts[parts.count - 1], 0o755) == 0 || errno == EEXIST else {
        throw failure(String(cString: strerror(errno)))
      }
      let fd = openat(above, parts[parts.count - 1], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
      folders[key] = fd
      return fd
    }

    /// Puts the folder in place at ``path``, replacing what a previous publication left there.
    public func commit() throws(WriteError) {
      func failure(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }
      func systemFailure() -> WriteError { failure(String(cString: strerror(errno))) }
      try write(UnsafeRawBufferPointer(start: nil, count: 0), to: Self.markerName)
      for fd in folders.values { close(fd) }
      folders = [:]
      fsync(root)
      // Checked again: something may have appeared at the destination since the start.
      if let reason = Self.refusal(of: name, in: parent) { throw failure(reason) }
      var info = stat()
      var aside: String?
      if fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
        let old = String(
          decoding: FileSystem.temporaryName(for: name + ".old").dropLast().map { UInt8(bitPattern: $0) },
          as: UTF8.self)
        guard renameat(parent, name, parent, old) == 0 else { throw systemFailure() }
        aside = old
      }
      guard renameat(parent, temporaryName, parent, name) == 0 else {
        let error = systemFailure()
        if let aside { renameat(parent, aside, parent, name) }
        throw error
      }
      finished = true
      fsync(parent)
      if let aside { Self.removeTree(named: aside, in: parent) }
    }

    /// Why the entry `name` of `folder` may not be replaced, or `nil` when it may.
    private static func refusal(of name: String, in folder: Int32) -> String? {
      var info = stat()
      guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
        return errno == ENOENT ? nil : String(cString: strerror(errno))
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: break
      case S_IFLNK:
        return
          "it is a symbolic link, and mhhs does not write through links; remove it or name another folder"
      default:
        return
          "it is \(FileSystem.nonRegularDescription(info.st_mode) ?? "a file"), not a folder; remove it or name another folder"
      }
      let fd = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard fd >= 0, let listing = fdopendir(fd) else {
        if fd >= 0 { close(fd) }
        return String(cString: strerror(errno))
      }
      defer { closedir(listing) }
      var empty = true
      while let entry = readdir(listing) {
        let entryName = withUnsafeBytes(of: entry.pointee.d_name) {
          String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        if entryName == markerName { return nil }
        if entryName != "." && entryName != ".." { empty = false }
      }
      return empty
        ? nil
        : "the folder exists and was not made by mhhs (it has no \(markerName) file); remove it or name another folder"
    }

    /// Removes `name` in `folder` and, for a folder, everything in it, never following a link.
    /// Stops at 64 levels (deeper than any folder this API makes), leaving the rest.
    private static func removeTree(named name: String, in folder: Int32, depth: Int = 0) {
      if unlinkat(folder, name, 0) == 0 || (errno != EISDIR && errno != EPERM) { return }
      guard depth < 64 else { return }
      let fd = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard fd >= 0, let listing = fdopendir(fd) else {
        if fd >= 0 { close(fd) }
        return
      }
      var names: [String] = []
      while let entry = readdir(listing) {
        let entryName = withUnsafeBytes(of: entry.pointee.d_name) {
          String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        if entryName != "." && entryName != ".." { names.append(entryName) }
      }
      for entryName in names { removeTree(named: entryName, in: dirfd(listing), depth: depth + 1) }
      closedir(listing)
      unlinkat(folder, name, AT_REMOVEDIR)
    }
  }
}
