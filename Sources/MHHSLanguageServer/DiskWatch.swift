/// The server's own watch on the files a check reads, for a client that does not watch them on
/// its behalf: while the server waits for input, it looks at the disk every `interval` and
/// says when a file changed.
///
/// A look takes the snapshot's outline (the folders, the ruleset and the baseline: a few
/// `stat`s). Every file is stamped too when the outline changed (a file added, removed or saved
/// by moving a new copy over it), else only every `interval`, but never more often than twenty
/// times the last full snapshot took: at 40,000 files, where stamping every file takes
/// 0.13–0.2 s, a file written in place is seen within 3–4 s, and watching costs at most a
/// twentieth of the time.
struct DiskWatch {
  private(set) var files: WatchedFiles
  let interval: Duration
  private var snapshot: DiskSnapshot
  /// How long the last full snapshot took.
  private(set) var snapshotTime: Duration
  private var nextLook: ContinuousClock.Instant
  private var nextFullLook: ContinuousClock.Instant

  /// Watches `files` from now on.
  init(_ files: WatchedFiles, interval: Duration) {
    self.files = files
    self.interval = interval
    let clock = ContinuousClock()
    let start = clock.now
    snapshot = DiskSnapshot(catalogue: files.catalogue, others: files.others)
    snapshotTime = clock.now - start
    nextLook = clock.now + interval
    nextFullLook = clock.now + max(interval, snapshotTime * 20)
  }

  /// How many catalogue files the watch stamps.
  var fileCount: Int { snapshot.fileCount }

  /// How long the last full snapshot took, in milliseconds to a tenth.
  var snapshotMilliseconds: Double {
    let (seconds, attoseconds) = snapshotTime.components
    return Double(seconds * 10_000 + attoseconds / 100_000_000_000_000) / 10
  }

  /// How many milliseconds until the next look is due; 0 when it is.
  var millisecondsUntilDue: Int {
    let (seconds, attoseconds) = (nextLook - ContinuousClock().now).components
    return max(0, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000) + 1)
  }

  /// Looks at the disk: whether any file of ``files`` changed since the last look, but for the
  /// catalogue files in `open` (the editor's buffers stand for them).
  mutating func look(ignoring open: Set<String>) -> Bool {
    let clock = ContinuousClock()
    defer { nextLook = clock.now + interval }
    let outline = DiskSnapshot.Outline(catalogue: files.catalogue, others: files.others)
    guard outline != snapshot.outline || clock.now >= nextFullLook else { return false }
    let start = clock.now
    let now = DiskSnapshot(catalogue: files.catalogue, others: files.others)
    snapshotTime = clock.now - start
    nextFullLook = clock.now + max(interval, snapshotTime * 20)
    defer { snapshot = now }
    return !now.changes(since: snapshot, ignoring: open).isEmpty
  }

  /// The file at `path` is read from disk again (the editor closed it): it counts as it is now.
  mutating func restamp(_ path: String) {
    snapshot.restamp(path)
  }
}
