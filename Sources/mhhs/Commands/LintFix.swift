import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs lint --fix`: the fixes of a lint run's findings, planned for every file before any is
/// written. A file that is read-only, not valid JSON, or no longer holds what lint read stops
/// the run with nothing written; each file is then rewritten atomically, only in the bytes of the
/// strings fixed, and renames never replace a file.
struct LintFix {
  /// One file's planned change.
  struct FileChange {
    var file: String
    var original: [UInt8]
    var fixed: [UInt8]
    /// The file's new name in its folder, if it is renamed.
    var newName: String?
    /// What the fixes do, for the summary.
    var titles: [String]

    var renamedPath: String? {
      newName.map { name in
        file.lastIndex(of: "/").map { String(file[...$0]) + name } ?? name
      }
    }
  }

  let directory: String
  private(set) var changes: [FileChange] = []

  var isEmpty: Bool { changes.isEmpty }

  /// Plans the fixes of the unsuppressed findings in `findings`, of the catalogue in `directory`.
  init(_ findings: [Finding], catalogue directory: String) throws(CommandError) {
    self.directory = directory
    var byFile: [String: [QuickFix]] = [:]
    var order: [String] = []
    for fix in findings.filter({ !$0.isSuppressed }).compactMap(\.fix) {
      if byFile[fix.edit.file] == nil { order.append(fix.edit.file) }
      if !byFile[fix.edit.file, default: []].contains(fix) { byFile[fix.edit.file, default: []].append(fix) }
    }
    var problems: [String] = []
    for file in order {
      let fixes = byFile[file] ?? []
      let renames = Set(
        fixes.compactMap { fix -> String? in
          if case .renameFile(_, let name) = fix.edit { return name } else { return nil }
        })
      if FileSystem.isMarkedReadOnly(file) {
        problems.append("\(file) is read-only; make it writable to fix it")
        continue
      }
      let original: [UInt8]
      switch FileSystem.readFile(file, as: .catalogueFile) {
      case .success(let bytes): original = bytes
      case .failure(let error):
        problems.append("cannot read '\(file)': \(error)")
        continue
      }
      let fixed: [UInt8]
      switch JSONTextEdits.apply(fixes.map(\.edit), to: original) {
      case .success(let bytes): fixed = bytes
      case .failure(let failure):
        problems.append("\(file) is not fixed: \(failure)")
        continue
      }
      guard renames.count <= 1 else {
        problems.append("\(file) is not fixed: two fixes give it different names")
        continue
      }
      let change = FileChange(
        file: file, original: original, fixed: fixed, newName: renames.first, titles: fixes.map(\.title))
      if let target = change.renamedPath, FileSystem.type(of: target) != .missing {
        problems.append("\(file) is not renamed: '\(target)' already exists")
        continue
      }
      if change.fixed != change.original || change.newName != nil { changes.append(change) }
    }
    guard problems.isEmpty else {
      throw CommandError(problems.joined(separator: "\nmhhs: error: ") + "\nmhhs: nothing was fixed")
    }
  }

  /// The changes as a unified diff, renames as `rename from` / `rename to` lines.
  var diff: String {
    changes.map { change in
      let newPath = change.renamedPath ?? change.file
      var text = change.newName == nil ? "" : "rename from \(change.file)\nrename to \(newPath)\n"
      text += UnifiedDiff.render(
        old: String(decoding: change.original, as: UTF8.self),
        new: String(decoding: change.fixed, as: UTF8.self),
        oldName: change.file, newName: newPath)
      return text
    }.joined()
  }

  /// Writes every change; returns one line per file saying what was fixed. A file that changed
  /// since it was planned stops the run there.
  func apply() throws(CommandError) -> [String] {
    var done: [String] = []
    for change in changes {
      func stop(_ reason: String) -> CommandError {
        CommandError(
          reason + (done.isEmpty ? "; nothing was fixed" : "; fixed before it: \(done.count) files"))
      }
      if change.fixed != change.original {
        guard case .success(let current) = FileSystem.readFile(change.file, as: .catalogueFile),
          current == change.original
        else { throw stop("\(change.file) changed since it was read; it is not fixed") }
        do { try FileSystem.writeFile(change.fixed, to: change.file) } catch { throw stop("\(error)") }
      }
      if let name = change.newName {
        do { try FileSystem.renameFile(change.file, to: name) } catch { throw stop("\(error)") }
      }
      done.append("\(change.file): \(change.titles.joined(separator: "; "))")
    }
    return done
  }
}
