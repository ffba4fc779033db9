import MHHSCatalogue

/// What an importer read from a source about one entity: the fields it owns, the fields a new
/// entity needs, and the `sources` line that records where the facts came from.
public struct ImportedEntity: Sendable, Equatable {
  public var kind: EntityKind
  public var id: String
  /// The fields this import owns, set on new and existing entities alike. A path of two keys
  /// names a member of a nested object (`mhhs.disposition`).
  public var fields: [ImportedField]
  /// Fields set only when the entity is created (`version`, `status` of a new interface).
  public var defaults: [ImportedField]
  /// Appended to `sources` unless a line starting with the same text is there already.
  public var sourceLines: [SourceLine]
  /// Top-level fields this import owns that the source no longer gives: removed when present
  /// (a `pattern` a data type lost, the `payload` of an interface the publication gives none).
  public var removedFields: [String] = []

  public init(
    kind: EntityKind, id: String, fields: [ImportedField] = [], defaults: [ImportedField] = [],
    sourceLines: [SourceLine] = []
  ) {
    self.kind = kind
    self.id = id
    self.fields = fields
    self.defaults = defaults
    self.sourceLines = sourceLines
  }
}

public struct ImportedField: Sendable, Equatable {
  public var path: [String]
  public var value: JSON

  public init(_ path: [String], _ value: JSON) {
    self.path = path
    self.value = value
  }

  public init(_ key: String, _ value: JSON) { self.init([key], value) }

  public var name: String { path.joined(separator: ".") }
}

/// A line for an entity's `sources`. A line the import wrote for an earlier version of the same
/// document (same `prefix` and `suffix`, different text in between, nothing after) is replaced,
/// so `sources` names the version the imported facts now come from.
public struct SourceLine: Sendable, Equatable {
  public var text: String
  public var prefix: String
  public var suffix: String

  public init(text: String, prefix: String, suffix: String) {
    self.text = text
    self.prefix = prefix
    self.suffix = suffix
  }

  /// Whether `line` already records this source: it starts with ``text``, or with ``text`` less
  /// its closing parenthesis and a space (`DIP API 2.1.0 (Elexon, SubmitEvents list): names`).
  func isRecorded(by line: String) -> Bool {
    line.hasPrefix(text) || (text.hasSuffix(")") && line.hasPrefix(text.dropLast() + " "))
  }

  /// Whether `line` is this import's line for another version of the same document.
  func isSuperseded(_ line: String) -> Bool {
    guard line != text, line.hasPrefix(prefix), line.hasSuffix(suffix),
      line.count > prefix.count + suffix.count
    else { return false }
    let middle = line.dropFirst(prefix.count).dropLast(suffix.count)
    return !middle.contains(" ") && !middle.contains(":")
  }
}

/// Something an import noticed: a `warning` leaves the run successful (a role name that resolves
/// to nothing, an interface listed without a payload schema); an `error` makes it fail (an id
/// rejected because it is not safe as a file name, a file that cannot be merged).
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Level: String, Sendable { case warning, error }

  public var level: Level
  public var id: String?
  public var message: String

  public init(_ level: Level, _ message: String, id: String? = nil) {
    self.level = level
    self.message = message
    self.id = id
  }

  public var description: String { "\(level.rawValue): \(message)" }
}

/// One file an import would create or change.
public struct FileChange: Sendable, Equatable {
  /// The path inside the catalogue directory, built only from a validated id.
  public var relativePath: String
  public var id: String?
  /// The bytes on disk before, or `nil` for a new file.
  public var old: [UInt8]?
  public var new: [UInt8]
  /// What changes, in words (`name: "A" → "B"`).
  public var fieldChanges: [String]

  public var isNew: Bool { old == nil }
}

/// Everything an import would do, computed without writing anything.
public struct ImportPlan: Sendable, Equatable {
  public var changes: [FileChange] = []
  public var problems: [ImportProblem] = []
  /// The ids of the source taken into account (after `--only`), in source order.
  public var importedIDs: [String] = []
  /// How many of them are already up to date.
  public var upToDate = 0

  public init() {}

  public var hasErrors: Bool { problems.contains { $0.level == .error } }
  public var warnings: [ImportProblem] { problems.filter { $0.level == .warning } }
  public var errors: [ImportProblem] { problems.filter { $0.level == .error } }
}

/// Why an import could not run at all (unreadable source, unusable CSV header): exit code 2.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
