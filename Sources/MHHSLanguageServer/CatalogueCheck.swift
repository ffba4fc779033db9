#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MHHSCatalogue
import MHHSLint

/// One run of `mhhs lint` over a catalogue directory with the editor's unsaved buffers in place
/// of the files on disk: the same loader, ruleset lookup, baseline and release as the command.
struct CatalogueCheck {
  /// The catalogue directory, absolute; findings name files under it.
  let directory: String
  let settings: ServerSettings

  /// What a check found: the catalogue as read, its unsuppressed findings by file (absolute
  /// path), and the rules that ran, by id.
  struct Outcome {
    var catalogue: Catalogue
    var findings: [String: [Finding]]
    var rules: [String: RuleDescription]
  }

  /// The outcome of the check, or why it could not run.
  func run(buffers: [String: [UInt8]]) -> Result<Outcome, CheckProblem> {
    do {
      let ruleset = try load(
        settings.ruleset, defaultPath: RulesetLoader.defaultPath(forCatalogue: directory))
      var options = LintOptions(release: settings.release, configuration: ruleset.configuration)
      if let path = settings.baseline { options.baseline = BaselineFile(try baseline(path), path: path) }
      let catalogue = try CatalogueLoader.load(directory: directory, replacing: buffers)
      let rules = ruleset.rules()
      let result = try Linter(rules: rules).lint(catalogue, options: options, today: Self.today())
      return .success(
        Outcome(
          catalogue: catalogue,
          findings: Dictionary(grouping: result.findings.filter { !$0.isSuppressed }, by: \.location.file),
          rules: Dictionary(rules.map { ($0.description.id, $0.description) }) { first, _ in first }))
    } catch let error as CheckProblem {
      return .failure(error)
    } catch {
      return .failure(CheckProblem("\(error)"))
    }
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
