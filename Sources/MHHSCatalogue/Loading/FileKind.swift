/// What a file is read as, which sets the most bytes it may hold. Every file `mhhs` reads goes
/// through ``FileSystem/readFile(_:as:)`` with one of these, so the caps are all here: far above what
/// the published documents need, low enough that a wrong path (a disk image, a log) is refused
/// with a message before it fills memory.
public enum FileKind: Sendable, CaseIterable {
  /// A catalogue file: an entity, `catalogue.json`, `roles.json`, `releases.json`.
  case catalogueFile
  /// A ruleset (`--ruleset`, or one it extends).
  case ruleset
  /// A baseline (`--baseline`).
  case baseline
  /// A list of ids (`--only @FILE`).
  case idList
  /// A file of an import source: a DIP OpenAPI document, a DTC flow file, a CSV table.
  case importSource
  /// What a program `mhhs` runs (git, tar) wrote to standard output or error.
  case programOutput

  /// The largest file of this kind that is read.
  public var maximumSize: Int {
    switch self {
    case .catalogueFile: 64 << 20
    case .ruleset: 1 << 20
    case .baseline: 64 << 20
    case .idList: 1 << 20
    case .importSource: 64 << 20
    case .programOutput: 16 << 20
    }
  }

  /// The kind's name in messages.
  public var displayName: String {
    switch self {
    case .catalogueFile: "catalogue file"
    case .ruleset: "ruleset"
    case .baseline: "baseline"
    case .idList: "list of ids"
    case .importSource: "import source file"
    case .programOutput: "program output"
    }
  }

  /// The cap as people write it (`1 MiB`).
  public var maximumSizeText: String {
    let mebibytes = maximumSize >> 20
    return mebibytes << 20 == maximumSize ? "\(mebibytes) MiB" : "\(maximumSize) bytes"
  }
}
