/// Why a catalogue could not be read at all (as opposed to problems inside it, which are
/// ``CatalogueIssue``s).
public enum CatalogueLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  case missingDirectory(String)
  case notADirectory(String)
  case unreadableDirectory(String)
  case notACatalogue(String)
  case unsupportedFormat(file: String, found: Int, supported: Int)

  public var description: String {
    switch self {
    case .missingDirectory(let path):
      "catalogue directory '\(path)' does not exist; pass the folder that holds catalogue.json"
    case .notADirectory(let path):
      "'\(path)' is not a directory; pass the folder that holds catalogue.json"
    case .unreadableDirectory(let path):
      "cannot read catalogue directory '\(path)'; check its permissions"
    case .notACatalogue(let path):
      "'\(path)' holds no catalogue (no catalogue.json, roles.json, releases.json or entity folders); "
        + "pass the folder that holds catalogue.json"
    case .unsupportedFormat(let file, let found, let supported):
      "\(file) declares catalogue format \(found), but this version of mhhs reads format \(supported) only; "
        + "upgrade mhhs"
    }
  }
}

/// Reads a catalogue directory (or a set of files in memory) into a ``Catalogue``.
public enum CatalogueLoader {
  /// The catalogue format version this package reads.
  public static let supportedFormat = 1

  /// Schema issues kept per file; the rest are summed up in one more issue.
  public static let maximumIssuesPerFile = 1_000

  /// One file to load: its path inside the catalogue and its bytes (or why they are missing).
  public struct File: Sendable {
    public var relativePath: String
    public var contents: Result<[UInt8], FileProblem>

    public init(relativePath: String, contents: Result<[UInt8], FileProblem>) {
      self.relativePath = relativePath
      self.contents = contents
    }

    public init(_ relativePath: String, _ text: String) {
      self.init(relativePath: relativePath, contents: .success(Array(text.utf8)))
    }
  }

  public struct FileProblem: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
  }

  /// Loads the catalogue in `directory`, reading and parsing its files in parallel. Paths in
  /// findings start with `displayedAs` (default: `directory`), e.g. `git:IR7:catalogue` for a
  /// catalogue read out of git into a temporary directory.
  ///
  /// `replacing` maps relative paths (`interfaces/IF-021.json`) to the text read instead of the
  /// file's: the unsaved buffers of an editor.
  public static func load(
    directory: String, displayedAs: String? = nil, replacing overlay: [String: [UInt8]] = [:]
  ) throws(CatalogueLoadError) -> Catalogue {
    let files = try decodeFiles(directory: directory, displayedAs: displayedAs, replacing: overlay)
    return try assemble(files.map(\.result), directory: displayedAs ?? directory)
  }

  /// What each file of the catalogue in `directory` holds, decoded, in sorted order: the work of
  /// ``load(directory:displayedAs:replacing:)`` before the entities are put together.
  static func decodeFiles(
    directory: String, displayedAs: String?, replacing overlay: [String: [UInt8]]
  ) throws(CatalogueLoadError) -> [(relativePath: String, result: FileResult)] {
    switch FileSystem.type(of: directory, followingLinks: true) {
    case .missing: throw .missingDirectory(directory)
    case .directory: break
    default: throw .notADirectory(directory)
    }
    guard let root = FileSystem.realPath(directory), FileSystem.entries(of: directory) != nil else {
      throw .unreadableDirectory(directory)
    }
    guard looksLikeCatalogue(directory) else { throw .notACatalogue(directory) }
    let paths = catalogueFiles(in: directory, root: root)
    let shown = displayedAs ?? directory
    let prefix = displayPath(shown, "")
    // Files are opened relative to their open folder, so the kernel walks one path component
    // per file rather than the whole path.
    let folders = FileSystem.Folders(root: directory, names: EntityKind.allCases.compactMap(\.folder))
    defer { folders.closeAll() }
    return Parallel.map(paths) { entry in
      let file = File(
        relativePath: entry.relativePath,
        contents: entry.problem.map { .failure($0) } ?? overlay[entry.relativePath].map { .success($0) }
          ?? read(folders, entry))
      return (entry.relativePath, decode(file, directoryPrefix: prefix))
    }
  }

  /// Loads a catalogue from files held in memory (rule examples, tests). `directory` is only
  /// used to build the paths shown in findings.
  public static func load(files: [File], directory: String = "catalogue") throws(CatalogueLoadError)
    -> Catalogue
  {
    let sorted = files.sorted { UTF8Order.precedes($0.relativePath, $1.relativePath) }
    let prefix = displayPath(directory, "")
    let results = sorted.map { decode($0, directoryPrefix: prefix) }
    return try assemble(results, directory: directory)
  }

  /// `directory` joined with `relativePath`, as shown to people.
  public static func displayPath(_ directory: String, _ relativePath: String) -> String {
    var base = directory
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    if base == "." || base.isEmpty { return relativePath }
    // `/`, and a prefix such as `git:REF:` for the top of a git tree, take no further slash.
    if base == "/" || base.hasSuffix(":") { return base + relativePath }
    return base + "/" + relativePath
  }

  // MARK: Finding the files

  struct Entry {
    /// The entity folder the file is in; empty for the files at the top of the catalogue.
    var folder: String
    var name: String
    var problem: FileProblem?
    /// The directory listing said this is a regular file (not a link), so it is read without
    /// an `fstat` first.
    var listedAsFile = false

    init(folder: String = "", name: String, problem: FileProblem? = nil, listedAsFile: Bool = false) {
      self.folder = folder
      self.name = name
      self.problem = problem
      self.listedAsFile = listedAsFile
    }

    var relativePath: String { folder.isEmpty ? name : folder + "/" + name }
  }

  static let topLevelFiles = ["catalogue.json", "roles.json", "releases.json"]

  /// Whether `directory` holds any of the files or folders of a catalogue, so that a mistyped
  /// path is an error rather than an empty catalogue that passes every check.
  static func looksLikeCatalogue(_ directory: String) -> Bool {
    (topLevelFiles + EntityKind.allCases.compactMap(\.folder)).contains {
      FileSystem.type(of: directory + "/" + $0, followingLinks: true) != .missing
    }
  }

  /// The files that make up a catalogue, in sorted order. Links are followed only when they
  /// lead to a place inside the catalogue.
  static func catalogueFiles(in directory: String, root: String) -> [Entry] {
    var result: [Entry] = []
    let rootPrefix = root.hasSuffix("/") ? root : root + "/"
    func consider(_ folder: String, _ name: String, knownType: FileSystem.EntryType? = nil) {
      func skip(_ problem: String) {
        result.append(Entry(folder: folder, name: name, problem: FileProblem(problem)))
      }
      if knownType == .file {
        // The listing says it is a regular file: no further system call needed.
        result.append(Entry(folder: folder, name: name, listedAsFile: true))
        return
      }
      let path = directory + "/" + (folder.isEmpty ? name : folder + "/" + name)
      var type = knownType ?? FileSystem.type(of: path)
      if type == .missing { return }
      if type == .symlink {
        guard let target = FileSystem.realPath(path) else { return skip("is a broken symbolic link") }
        guard target == root || target.hasPrefix(rootPrefix) else {
          return skip("is a symbolic link to a place outside the catalogue (\(target)); it was not read")
        }
        type = FileSystem.type(of: target)
      }
      switch type {
      case .file: result.append(Entry(folder: folder, name: name))
      case .directory: skip("is a directory, not a JSON file")
      case .other: skip("is not a regular file (a pipe, socket or device); it was not read")
      default: break
      }
    }
    for name in topLevelFiles { consider("", name) }
    var folders: [String] = []
    for kind in EntityKind.allCases {
      guard let folder = kind.folder else { continue }
      let folderPath = directory + "/" + folder
      if FileSystem.type(of: folderPath) == .symlink {
        // A linked folder is read only when it leads to a place inside the catalogue.
        guard let target = FileSystem.realPath(folderPath), target.hasPrefix(rootPrefix) else {
          result.append(
            Entry(
              name: folder,
              problem: FileProblem("is a symbolic link to a place outside the catalogue; it was not read")))
          continue
        }
      }
      if FileSystem.type(of: folderPath, followingLinks: true) == .directory { folders.append(folder) }
    }
    // The folders are listed (and their names sorted) on all cores: the interfaces folder alone
    // may hold tens of thousands of names.
    let listings = Parallel.map(folders) { folder in
      FileSystem.typedEntries(of: directory + "/" + folder)?.filter { isJSONFileName($0.name) } ?? []
    }
    result.reserveCapacity(result.count + listings.reduce(0) { $0 + $1.count })
    for (folder, listing) in zip(folders, listings) {
      for (name, type) in listing { consider(folder, name, knownType: type) }
    }
    return result
  }

  /// Whether `name` ends in `.json`.
  static func isJSONFileName(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { bytes in
      bytes.count >= 5 && bytes[bytes.count - 5] == UInt8(ascii: ".")
        && bytes[bytes.count - 4] == UInt8(ascii: "j")
        && bytes[bytes.count - 3] == UInt8(ascii: "s") && bytes[bytes.count - 2] == UInt8(ascii: "o")
        && bytes[bytes.count - 1] == UInt8(ascii: "n")
    }
  }

  static func read(_ folders: FileSystem.Folders, _ entry: Entry) -> Result<[UInt8], FileProblem> {
    switch folders.readFile(folder: entry.folder, name: entry.name, listedAsFile: entry.listedAsFile) {
    case .success(let bytes): .success(bytes)
    case .failure(.system(let reason)): .failure(FileProblem("cannot be read: \(reason)"))
    case .failure(let error): .failure(FileProblem("\(error.reason); it was not read"))
    }
  }

  // MARK: Decoding one file

  /// What one file holds. Interfaces and D-flows, nearly every file, are one reference each;
  /// the larger kinds are boxed so that the list of results stays small.
  enum Payload {
    case none
    indirect case manifest(Manifest)
    case roles([Role])
    indirect case releases([Release], [Freeze])
    case interface(Interface)
    case dataflow(DataFlow)
    indirect case nfr(NFR)
    indirect case changeRequest(ChangeRequest)
    indirect case dataType(DataType)
    indirect case dataItem(DataItem)
    indirect case block(Block)
  }

  struct FileResult {
    var payload: Payload
    var issues: [CatalogueIssue]
  }

  /// Parses and decodes one file; paths in its findings are `directoryPrefix` + its relative path.
  static func decode(_ file: File, directoryPrefix: String) -> FileResult {
    var context = DecodeContext(directoryPrefix: directoryPrefix, relativePath: file.relativePath)
    func invalid(_ message: String, _ position: Position) -> FileResult {
      FileResult(
        payload: .none,
        issues: context.issues + [
          CatalogueIssue(
            .invalidJSON, message, entityID: nil,
            location: SourceLocation(file: context.file, position: position, pointer: ""))
        ])
    }
    var bytes: [UInt8]
    switch file.contents {
    case .success(let b): bytes = b
    case .failure(let problem): return invalid("\(file.relativePath) \(problem.message)", .start)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
      context.issues.append(
        CatalogueIssue(
          .invalidJSON, "file starts with a byte order mark; save it as UTF-8 without BOM", entityID: nil,
          location: SourceLocation(file: context.file, position: .start, pointer: "")))
    }
    let value: JSONValue
    switch JSONParser.parse(bytes, keys: DecodeContext.entityKeys) {
    case .success(let v): value = v
    case .failure(let error): return invalid(error.message, error.position)
    }
    let payload: Payload
    switch file.relativePath {
    case "catalogue.json": payload = context.manifest(value).map(Payload.manifest) ?? .none
    case "roles.json": payload = .roles(context.roles(value))
    case "releases.json":
      let (releases, freezes) = context.releases(value)
      payload = .releases(releases, freezes)
    default:
      let path = file.relativePath
      let folder = path.utf8.firstIndex(of: UInt8(ascii: "/")).map { path[..<$0] }
      let kind = folder.flatMap { folder in
        EntityKind.allCases.first { $0.folder.map { $0 == folder } ?? false }
      }
      switch kind {
      case .interface: payload = context.interface(value).map(Payload.interface) ?? .none
      case .dataflow: payload = context.dataflow(value).map(Payload.dataflow) ?? .none
      case .nfr: payload = context.nfr(value).map(Payload.nfr) ?? .none
      case .changeRequest: payload = context.changeRequest(value).map(Payload.changeRequest) ?? .none
      case .dataType: payload = context.dataType(value).map(Payload.dataType) ?? .none
      case .dataItem: payload = context.dataItem(value).map(Payload.dataItem) ?? .none
      case .block: payload = context.block(value).map(Payload.block) ?? .none
      default: payload = .none
      }
    }
    if context.unlistedIssues > 0, let location = context.firstUnlisted {
      context.issues.append(
        CatalogueIssue(
          .schema,
          "\(context.unlistedIssues) more schema problems in this file are not listed (the first \(maximumIssuesPerFile) are)",
          entityID: context.entityID, location: location))
    }
    return FileResult(payload: payload, issues: context.issues)
  }

  static func assemble(_ results: [FileResult], directory: String) throws(CatalogueLoadError) -> Catalogue {
    var catalogue = Catalogue(directory: directory)
    var interfaces = 0
    var dataflows = 0
    var nfrs = 0
    var changeRequests = 0
    for result in results {
      switch result.payload {
      case .interface: interfaces += 1
      case .dataflow: dataflows += 1
      case .nfr: nfrs += 1
      case .changeRequest: changeRequests += 1
      default: break
      }
    }
    catalogue.reserveCapacity([
      .interface: interfaces, .dataflow: dataflows, .nfr: nfrs, .changeRequest: changeRequests,
    ])
    for result in results {
      catalogue.issues.append(contentsOf: result.issues)
      switch result.payload {
      case .none: break
      case .manifest(let m):
        if let format = m.format?.value, format > supportedFormat {
          throw .unsupportedFormat(file: m.origin.file, found: format, supported: supportedFormat)
        }
        catalogue.manifest = m
      case .roles(let roles): roles.forEach { catalogue.add($0) }
      case .releases(let releases, let freezes):
        catalogue.add(releases: releases)
        catalogue.freezes = freezes
      case .interface(let e): catalogue.add(e)
      case .dataflow(let e): catalogue.add(e)
      case .nfr(let e): catalogue.add(e)
      case .changeRequest(let e): catalogue.add(e)
      case .dataType(let e): catalogue.add(e)
      case .dataItem(let e): catalogue.add(e)
      case .block(let e): catalogue.add(e)
      }
    }
    catalogue.issues += BlockCycles.issues(in: catalogue)
    return catalogue
  }
}
