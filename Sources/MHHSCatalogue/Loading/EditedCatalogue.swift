/// A catalogue kept file by file for an editor: when the text of one file changes, only that
/// file is parsed and decoded again, and the catalogue is put together from what every file
/// holds. The result equals ``CatalogueLoader/load(directory:displayedAs:replacing:)`` of the
/// same directory with the same texts in place of the files.
public struct EditedCatalogue: Sendable {
  /// The directory as given (paths in findings start with it).
  public let directory: String
  public private(set) var catalogue: Catalogue
  /// Every file the loader read, in its order, with what it holds.
  private var files: [(relativePath: String, result: CatalogueLoader.FileResult)]
  private var positions: [String: Int]

  /// Reads the catalogue in `directory`, with `overlay`'s texts (by relative path) in place of
  /// the files'.
  public init(directory: String, replacing overlay: [String: [UInt8]] = [:]) throws(CatalogueLoadError) {
    self.directory = directory
    files = try CatalogueLoader.decodeFiles(directory: directory, displayedAs: nil, replacing: overlay)
    positions = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.relativePath, $0) })
    catalogue = try CatalogueLoader.assemble(files.map(\.result), directory: directory)
  }

  /// What one file's new text changed: the entities it held before and holds now.
  public struct FileEdit: Sendable, Equatable {
    public var before: [EntityKey]
    public var after: [EntityKey]

    public init(before: [EntityKey], after: [EntityKey]) {
      self.before = before
      self.after = after
    }
  }

  /// Takes `text` as the content of the file at `relativePath` (`interfaces/IF-021.json`) and
  /// puts the catalogue together again; `nil`, changing nothing, for a file the catalogue does
  /// not read (as the loader ignores a text for a file that is not on disk).
  public mutating func replace(_ relativePath: String, with text: [UInt8]) throws(CatalogueLoadError)
    -> FileEdit?
  {
    guard let position = positions[relativePath] else { return nil }
    let before = files[position].result.payload.keys
    let cycles = catalogue.issues.count - files.reduce(0) { $0 + $1.result.issues.count }
    let result = CatalogueLoader.decode(
      CatalogueLoader.File(relativePath: relativePath, contents: .success(text)),
      directoryPrefix: CatalogueLoader.displayPath(directory, ""))
    files[position].result = result
    let edit = FileEdit(before: before, after: result.payload.keys)
    if !replaceInPlace(result, edit, blockCycles: cycles) {
      catalogue = try CatalogueLoader.assemble(files.map(\.result), directory: directory)
    }
    return edit
  }

  /// Puts the one entity of an edited file in the place of the one it held, as putting the
  /// whole catalogue together again would; `false` when that needs the whole work: the file
  /// holds other than one entity of the kinds with a file each, its id changed or is declared
  /// twice, or it is a block (whose cycles are checked across blocks).
  private mutating func replaceInPlace(
    _ result: CatalogueLoader.FileResult, _ edit: FileEdit, blockCycles: Int
  ) -> Bool {
    guard edit.before == edit.after, edit.after.count == 1,
      !catalogue.issues.contains(where: { $0.kind == .duplicateID })
    else { return false }
    let replaced: Bool
    switch result.payload {
    case .interface(let e): replaced = catalogue.replace(e)
    case .dataflow(let e): replaced = catalogue.replace(e)
    case .nfr(let e): replaced = catalogue.replace(e)
    case .changeRequest(let e): replaced = catalogue.replace(e)
    case .dataType(let e): replaced = catalogue.replace(e)
    case .dataItem(let e): replaced = catalogue.replace(e)
    default: replaced = false
    }
    guard replaced else { return false }
    // Without duplicates or edited blocks, the issues are each file's in turn, then the block cycles'.
    let cycles = catalogue.issues.suffix(blockCycles)
    var issues: [CatalogueIssue] = []
    for file in files { issues += file.result.issues }
    catalogue.issues = issues + Array(cycles)
    return true
  }
}

extension CatalogueLoader.Payload {
  /// The entities a file holds.
  var keys: [EntityKey] {
    switch self {
    case .none, .manifest: []
    case .roles(let roles): roles.map(\.key)
    case .releases(let releases, _): releases.map(\.key)
    case .interface(let e): [e.key]
    case .dataflow(let e): [e.key]
    case .nfr(let e): [e.key]
    case .changeRequest(let e): [e.key]
    case .dataType(let e): [e.key]
    case .dataItem(let e): [e.key]
    case .block(let e): [e.key]
    }
  }
}
