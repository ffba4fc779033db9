#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue
import MHHSLint

/// `mhhs lint` over a catalogue directory, kept for an editor: the editor's unsaved buffers in
/// place of the files on disk, the same loader, ruleset lookup, baseline and release as the
/// command. After the first check, an edit to one buffer re-reads that file only and re-runs
/// only the rules the edit can affect (``IncrementalLinter``); the findings equal a full run's.
struct CatalogueCheck {
  /// The catalogue directory, absolute; findings name files under it.
  let directory: String
  let settings: ServerSettings
  /// The catalogue and linter of the last check, for the next edit.
  private var edited: EditedCatalogue?
  private var linter: IncrementalLinter?
  private var rules: [String: RuleDescription] = [:]
  /// The unsuppressed findings of the last check, by file.
  private var lastFindings: [String: [Finding]] = [:]

  init(directory: String, settings: ServerSettings) {
    self.directory = directory
    self.settings = settings
  }

  /// What a check found: the catalogue as read, its unsuppressed findings by file (absolute
  /// path), and the rules that ran, by id.
  struct Outcome {
    var catalogue: Catalogue
    var findings: [String: [Finding]]
    var rules: [String: RuleDescription]
    /// The files whose findings may differ from the last check's; `nil`: any may.
    var changedFiles: Set<String>?
  }

  /// Reads and checks the whole catalogue with `buffers` (by relative path) in place of the
  /// files; the outcome, or why it could not run.
  mutating func run(buffers: [String: [UInt8]]) -> Result<Outcome, CheckProblem> {
    edited = nil
    linter = nil
    do {
      let ruleset = try load(
        settings.ruleset, defaultPath: RulesetLoader.defaultPath(forCatalogue: directory))
      var options = LintOptions(release: settings.release, configuration: ruleset.configuration)
      if let path = settings.baseline { options.baseline = BaselineFile(try baseline(path), path: path) }
      let catalogue = try EditedCatalogue(directory: directory, replacing: buffers)
      let rules = ruleset.rules()
      var linter = IncrementalLinter(linter: Linter(rules: rules), options: options, today: Self.today())
      let result = try linter.lint(catalogue.catalogue)
      self.rules = Dictionary(rules.map { ($0.description.id, $0.description) }) { first, _ in first }
      edited = catalogue
      self.linter = linter
      return .success(outcome(result, catalogue.catalogue, changed: nil))
    } catch let error as CheckProblem {
      return .failure(error)
    } catch {
      return .failure(CheckProblem("\(error)"))
    }
  }

  /// Checks again after the buffer of the file at `relativePath` changed to `text`; `nil` when
  /// there is no earlier check to build on (run a whole check then). A text for a file the
  /// catalogue does not read changes nothing.
  mutating func edit(_ relativePath: String, text: [UInt8]) -> Result<Outcome, CheckProblem>? {
    // Taken out while changed, so that changing them copies nothing.
    guard var edited = self.edited.take(), var linter = self.linter.take() else { return nil }
    do {
      guard let edit = try edited.replace(relativePath, with: text) else {
        // Not a file the catalogue reads (`mhhs lint` would not either, as it is not on disk
        // or not a catalogue file): nothing changes.
        self.edited = edited
        self.linter = linter
        return .success(
          Outcome(catalogue: edited.catalogue, findings: lastFindings, rules: rules, changedFiles: []))
      }
      let result = try linter.lint(edited.catalogue, after: edit)
      self.edited = edited
      self.linter = linter
      return .success(outcome(result, edited.catalogue, changed: linter.changedFiles))
    } catch {
      return .failure(CheckProblem("\(error)"))
    }
  }

  /// The outcome of a check; with `changed`, only those files' findings are taken from
  /// `result`, the others kept from the last check.
  private mutating func outcome(_ result: LintResult, _ catalogue: Catalogue, changed: Set<String>?)
    -> Outcome
  {
    var findings: [String: [Finding]]
    if let changed {
      findings = [:]
      swap(&findings, &lastFindings)  // changed in place, not copied
      for file in changed { findings[file] = nil }
      for finding in result.findings where !finding.isSuppressed && changed.contains(finding.location.file) {
        findings[finding.location.file, default: []].append(finding)
      }
    } else {
      // The findings come in report order, each file's together: grouped run by run.
      let all = result.findings
      findings = [:]
      findings.reserveCapacity(all.count)
      var start = all.startIndex
      while start < all.endIndex {
        let file = all[start].location.file
        var end = start + 1
        while end < all.endIndex && all[end].location.file == file { end += 1 }
        let kept = all[start..<end].filter { !$0.isSuppressed }
        if !kept.isEmpty { findings[file, default: []].append(contentsOf: kept) }
        start = end
      }
    }
    lastFindings = findings
    return Outcome(catalogue: catalogue, findings: findings, rules: rules, changedFiles: changed)
  }

  /// Why a check could not run (an invalid ruleset, an unreadable baseline, no catalogue).
  struct CheckProblem: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
  }

  /// The ruleset at `path`, else the one at `defaultPath` if it exists, else the built-in
  /// recommended set: `mhhs lint`'s choice.
  private func load(_ path: String?, defaultPath: String) throws -> Ruleset {
    if let path { return try RulesetLoader().load(path) }
    if RulesetLoader.isFile(defaultPath) { return try RulesetLoader().load(defaultPath) }
    return .recommended
  }

  private func baseline(_ path: String) throws(CheckProblem) -> Baseline {
    switch FileSystem.readFile(path, as: .baseline) {
    case .failure(let error): throw CheckProblem("cannot read baseline '\(path)': \(error)")
    case .success(let bytes):
      switch Baseline.parse(bytes) {
      case .success(let baseline): return baseline
      case .failure(let error):
        throw CheckProblem(
          "\(path):\(error.position.line):\(error.position.column): invalid baseline: \(error.message)")
      }
    }
  }

  /// Today's date in UTC, as `mhhs lint` takes it.
  static func today() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }
}
