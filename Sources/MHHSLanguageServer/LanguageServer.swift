import MHHSCatalogue
import MHHSLint

/// `mhhs lsp`: a language server over a byte stream (standard input and output), speaking
/// JSON-RPC with `Content-Length` framing. It checks the whole catalogue the way `mhhs lint`
/// does, with the editor's unsaved buffers in place of the files, and publishes the findings of
/// every file, open or not. It checks again when the files a check reads change on disk: the
/// client watches them when it offers to, else the server looks at them while it waits for input.
public struct LanguageServer {
  private var reader: MessageReader
  private let writer: MessageWriter
  private var state = State.starting
  private var encoding = PositionEncoding.utf16
  /// The folder the client opened, if any.
  private var workspaceFolder: String?
  /// The catalogue directory, once found.
  private var catalogue: String?
  private var settings = ServerSettings()
  /// The settings of `initializationOptions`; the client's configuration applies over them.
  private var initialSettings = ServerSettings()
  /// Open documents by absolute path.
  private var documents: [String: TextDocument] = [:]
  /// The files (absolute paths) last published with diagnostics, and the findings they were
  /// made from. Only the findings are kept: a file is published again when they change.
  private var published: Set<String> = []
  private var publishedFindings: [String: [Finding]] = [:]
  /// The check kept between edits, made again by every whole check.
  private var check: CatalogueCheck?
  /// The last check that ran, and its navigation index (built when first asked for).
  private var outcome: CatalogueCheck.Outcome?
  private var index: NavigationIndex?
  private var client = ClientCapabilities()
  private var services = ClientServices()
  private var initialized = false
  /// The requests sent to the client and not yet answered.
  private var requests = OutgoingRequests<ClientRequest>()
  /// The files the client watches for the server, and the id of that registration.
  private var registered: (files: WatchedFiles, id: String)?
  private var registrations = 0
  /// The client refused to watch files: the server watches them itself.
  private var registrationRefused = false
  /// The server's own watch on the disk, when the client does not watch.
  private var diskWatch: DiskWatch?
  /// How often the server looks at the disk (`pollInterval` in `initializationOptions`, in ms).
  private var pollInterval = Duration.seconds(1)

  private enum State { case starting, running, shuttingDown }

  /// What a request of the server's to the client is for.
  private enum ClientRequest {
    case watchFiles, stopWatching, configuration
  }

  public init(input: Int32, output: Int32) {
    reader = MessageReader(descriptor: input)
    writer = MessageWriter(descriptor: output)
  }

  /// Serves until `exit` or the end of input; returns the exit code (0 after `shutdown`). While
  /// no input is waiting, looks at the disk when the server watches it.
  public mutating func run() -> Int32 {
    while true {
      if let wait = diskWatch?.millisecondsUntilDue, !reader.inputArrives(withinMilliseconds: wait) {
        lookAtDisk()
        continue
      }
      switch reader.next() {
      case .end: return state == .shuttingDown ? 0 : 1
      case .malformed(let problem):
        writer.send(.error(id: .null, .invalidRequest, "unreadable message: \(problem)"))
      case .message(let body):
        guard case .success(let message) = JSONParser.parse(body) else {
          writer.send(.error(id: .null, .parseError, "the message is not JSON"))
          continue
        }
        if let code = handle(message) { return code }
      }
    }
  }

  /// Handles one message; returns an exit code when the server is to stop.
  private mutating func handle(_ message: JSONValue) -> Int32? {
    if message.isResponse {
      received(message)
      return nil
    }
    guard message.members != nil, let method = message[value: "method"]?.stringValue else {
      // Not a message: answered when it has an id.
      if let id = message[value: "id"] {
        writer.send(.error(id: id.plain, .invalidRequest, "a request needs a method"))
      }
      return nil
    }
    let id = message[value: "id"]?.plain
    let params = message[value: "params"]
    if method == "exit" { return state == .shuttingDown ? 0 : 1 }
    if state == .starting && method != "initialize" {
      if let id { writer.send(.error(id: id, .serverNotInitialized, "initialize first")) }
      return nil
    }
    switch method {
    case "initialize":
      guard let id else { return nil }
      writer.send(.response(id: id, result: initialize(params)))
      state = .running
    case "initialized":
      initialized = true
      if services.answersConfiguration { askForConfiguration() }
      // Diagnostics first: stamping 40,000 files for the server's own watch takes a few tenths
      // of a second, which the first diagnostics need not wait for.
      checkAndPublish()
      watchFiles()
    case "shutdown":
      state = .shuttingDown
      diskWatch = nil
      if let id { writer.send(.response(id: id, result: .null)) }
    case "textDocument/didOpen": didOpen(params?[value: "textDocument"])
    case "textDocument/didChange": didChange(params)
    case "textDocument/didClose":
      if let path = path(params?[value: "textDocument"]), documents.removeValue(forKey: path) != nil {
        // The file is what is on disk again.
        diskWatch?.restamp(path)
        recheck(path, text: Self.read(path))
      }
    case "textDocument/didSave": break  // the buffer saved is the text already checked
    case "workspace/didChangeWatchedFiles":
      guard seenByCheck(params?[value: "changes"]) else { return nil }
      didChangeWatchedFiles(params)
    case "workspace/didChangeConfiguration":
      // Settings pushed in an `mhhs` section; without one (many clients send `null`), pulled.
      if let section = params?[value: "settings"]?[value: "mhhs"], section.members != nil {
        use(initialSettings.overridden(by: section, relativeTo: workspaceFolder))
      } else if services.answersConfiguration {
        askForConfiguration()
      }
    default:
      guard let id else { return nil }  // unknown notifications (`$/…` included) are ignored
      guard let request = Request(rawValue: method) else {
        writer.send(.error(id: id, .methodNotFound, "unknown method \(method)"))
        return nil
      }
      answer(request, id: id, params)
    }
    return nil
  }

  /// The requests about positions and ids, answered from the last check.
  private enum Request: String {
    case definition = "textDocument/definition"
    case references = "textDocument/references"
    case prepareRename = "textDocument/prepareRename"
    case rename = "textDocument/rename"
    case documentSymbol = "textDocument/documentSymbol"
    case workspaceSymbol = "workspace/symbol"
    case hover = "textDocument/hover"
    case completion = "textDocument/completion"
    case codeAction = "textDocument/codeAction"
  }

  private mutating func answer(_ request: Request, id: JSON, _ params: JSONValue?) {
    guard var workspace = workspace() else {
      writer.send(.response(id: id, result: request == .workspaceSymbol ? .array([]) : .null))
      return
    }
    let result: JSON
    switch request {
    case .definition: result = workspace.definition(params)
    case .references: result = workspace.references(params)
    case .prepareRename: result = workspace.prepareRename(params)
    case .rename:
      do {
        let (edit, notice) = try workspace.rename(params)
        if let notice {
          writer.send(
            .notification("window/showMessage", .object([("type", .int(2)), ("message", .string(notice))])))
        }
        result = edit
      } catch {
        writer.send(.error(id: id, error.code, error.message))
        return
      }
    case .documentSymbol: result = workspace.documentSymbols(params)
    case .workspaceSymbol: result = workspace.workspaceSymbols(params)
    case .hover: result = workspace.hover(params)
    case .completion: result = workspace.completion(params)
    case .codeAction: result = workspace.codeActions(params)
    }
    writer.send(.response(id: id, result: result))
  }

  /// The catalogue as last checked, with the open buffers; `nil` before a check succeeded.
  private mutating func workspace() -> Workspace? {
    guard let catalogue, let outcome else { return nil }
    let index = self.index ?? NavigationIndex(outcome.catalogue)
    self.index = index
    var directory = catalogue
    while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
    return Workspace(
      directory: directory, outcome: outcome, index: index, documents: documents, encoding: encoding,
      settings: settings, client: client)
  }

  private mutating func initialize(_ params: JSONValue?) -> JSON {
    let offered =
      params?[value: "capabilities"]?[value: "general"]?[value: "positionEncodings"]?.elements?
      .compactMap(\.stringValue) ?? []
    encoding = .negotiate(offered)
    client = ClientCapabilities(params?[value: "capabilities"])
    services = ClientServices(params?[value: "capabilities"])
    let folder =
      params?[value: "workspaceFolders"]?.elements?.first?[value: "uri"]?.stringValue.flatMap(FileURI.path)
      ?? params?[value: "rootUri"]?.stringValue.flatMap(FileURI.path)
      ?? params?[value: "rootPath"]?.stringValue
    workspaceFolder = folder
    catalogue = folder.flatMap(CatalogueRoot.forFolder)
    let options = params?[value: "initializationOptions"]
    initialSettings = ServerSettings(options, relativeTo: folder)
    settings = initialSettings
    if let milliseconds = options?[value: "pollInterval"]?.intValue, milliseconds >= 10 {
      pollInterval = .milliseconds(milliseconds)
    }
    return .object([
      (
        "capabilities",
        .object([
          ("positionEncoding", .string(encoding.rawValue)),
          (
            "textDocumentSync",
            .object([
              ("openClose", .bool(true)), ("change", .int(2)),
              ("save", .object([("includeText", .bool(false))])),
            ])
          ),
          ("definitionProvider", .bool(true)),
          ("referencesProvider", .bool(true)),
          ("renameProvider", .object([("prepareProvider", .bool(true))])),
          ("documentSymbolProvider", .bool(true)),
          ("workspaceSymbolProvider", .bool(true)),
          ("hoverProvider", .bool(true)),
          ("completionProvider", .object([("triggerCharacters", .array([.string("\"")]))])),
          ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
        ])
      ),
      ("serverInfo", .object([("name", .string("mhhs"))])),
    ])
  }

  private func path(_ textDocument: JSONValue?) -> String? {
    textDocument?[value: "uri"]?.stringValue.flatMap(FileURI.path)
  }

  private mutating func didOpen(_ textDocument: JSONValue?) {
    guard let path = path(textDocument), let text = textDocument?[value: "text"]?.stringValue else { return }
    documents[path] = TextDocument(text: text, version: version(textDocument))
    if catalogue == nil {
      catalogue = CatalogueRoot.forFile(path)
      checkAndPublish()
      watchFiles()
    } else {
      recheck(path, text: text)
    }
  }

  private mutating func didChange(_ params: JSONValue?) {
    let textDocument = params?[value: "textDocument"]
    guard let path = path(textDocument), var document = documents[path],
      let changes = params?[value: "contentChanges"]?.elements
    else { return }
    for change in changes {
      guard let text = change[value: "text"]?.stringValue else { continue }
      document.apply(TextChange(range: range(change[value: "range"]), text: text), encoding)
    }
    document.version = version(textDocument) ?? document.version
    documents[path] = document
    recheck(path, text: document.text)
  }

  /// Files changed on disk: each closed catalogue file that changed is checked again as an edit;
  /// anything else (a file made or deleted, the ruleset, the baseline) calls for a whole check.
  private mutating func didChangeWatchedFiles(_ params: JSONValue?) {
    let changes = params?[value: "changes"]?.elements ?? []
    var changed: [String] = []
    for change in changes {
      guard let path = change[value: "uri"]?.stringValue.flatMap(FileURI.path) else { continue }
      guard change[value: "type"]?.intValue == 2, relativePath(path) != nil,
        path != settings.ruleset, path != settings.baseline
      else {
        watchFiles()  // the ruleset may extend other files now
        return checkAndPublish()
      }
      if documents[path] == nil { changed.append(path) }
    }
    for path in changed { recheck(path, text: Self.read(path)) }
  }

  private func version(_ textDocument: JSONValue?) -> Int? {
    textDocument?[value: "version"].flatMap { value in
      if case .number(let text) = value.storage { return Int(text) }
      return nil
    }
  }

  private func range(_ value: JSONValue?) -> (start: LSPPosition, end: LSPPosition)? {
    func position(_ value: JSONValue?) -> LSPPosition? {
      guard case .number(let line)? = value?[value: "line"]?.storage,
        case .number(let character)? = value?[value: "character"]?.storage,
        let line = Int(line), let character = Int(character)
      else { return nil }
      return LSPPosition(line: line, character: character)
    }
    guard let value, let start = position(value[value: "start"]), let end = position(value[value: "end"])
    else {
      return nil
    }
    return (start, end)
  }

  // MARK: Watching and settings

  /// Has the files a check reads watched, once the client is initialized and the catalogue
  /// known, and again when they change (other settings, a ruleset extending other files): by
  /// the client when it offers to, else by the server.
  private mutating func watchFiles() {
    guard initialized, state == .running, let catalogue else { return }
    let files = WatchedFiles(catalogue: catalogue, settings: settings)
    if services.watchesFiles && !registrationRefused {
      guard registered?.files != files else { return }
      if let old = registered {
        let id = requests.issue(.stopWatching)
        writer.send(.request(id: id, "client/unregisterCapability", WatchedFiles.unregistration(old.id)))
      }
      registrations += 1
      let registration = "mhhs-watched-files-\(registrations)"
      let id = requests.issue(.watchFiles)
      writer.send(
        .request(
          id: id, "client/registerCapability",
          files.registration(registration, relativePatterns: services.takesRelativePatterns)))
      registered = (files, registration)
    } else {
      guard diskWatch?.files != files else { return }
      let watch = DiskWatch(files, interval: pollInterval)
      if diskWatch == nil {
        log(
          "mhhs: watching the catalogue, the ruleset and the baseline on disk (\(watch.fileCount) catalogue "
            + "files, stamped in \(watch.snapshotMilliseconds) ms)")
      }
      diskWatch = watch
    }
  }

  /// Looks at the disk for the server's own watch, and checks again when a file changed.
  private mutating func lookAtDisk() {
    guard var watch = diskWatch else { return }
    let changed = watch.look(ignoring: Set(documents.keys))
    diskWatch = watch
    guard changed else { return }
    watchFiles()  // the ruleset may extend other files now
    checkAndPublish()
  }

  /// Whether the client's file events name a change a check can see: any but a catalogue file
  /// open in the editor changed on disk (its buffer stands for it).
  private func seenByCheck(_ changes: JSONValue?) -> Bool {
    guard let changes = changes?.elements, let catalogue else { return true }
    let prefix = catalogue.hasSuffix("/") ? catalogue : catalogue + "/"
    return changes.contains { change in
      guard change[value: "type"]?.intValue == 2, let path = path(change), path.hasPrefix(prefix),
        documents[path] != nil, registered?.files.others.contains(path) != true
      else { return true }
      return false
    }
  }

  /// Asks the client for the `mhhs` section of its configuration, for the workspace folder.
  private mutating func askForConfiguration() {
    var item: [(String, JSON)] = []
    if let workspaceFolder { item.append(("scopeUri", .string(FileURI.uri(workspaceFolder)))) }
    item.append(("section", .string("mhhs")))
    let id = requests.issue(.configuration)
    writer.send(.request(id: id, "workspace/configuration", .object([("items", .array([.object(item)]))])))
  }

  /// A response of the client's to a request of the server's.
  private mutating func received(_ response: JSONValue) {
    guard let (purpose, outcome) = requests.resolve(response) else { return }
    switch (purpose, outcome) {
    case (.configuration, .success(let result)):
      // `null` for a client with no such section: `initializationOptions` alone.
      use(initialSettings.overridden(by: result?.elements?.first, relativeTo: workspaceFolder))
    case (.watchFiles, .failure(let failure)):
      log("mhhs: the editor does not watch files (\(failure.message)); watching them on disk")
      registrationRefused = true
      registered = nil
      watchFiles()
    default: break
    }
  }

  /// Uses `new` settings from now on: watches the files they name and checks again, if they
  /// differ from the settings in use.
  private mutating func use(_ new: ServerSettings) {
    guard new != settings else { return }
    settings = new
    watchFiles()
    checkAndPublish()
  }

  /// A line for the client's log (`window/logMessage`, type Log).
  private func log(_ message: String) {
    writer.send(
      .notification("window/logMessage", .object([("type", .int(4)), ("message", .string(message))])))
  }

  // MARK: Checking

  /// Checks the whole catalogue with the open buffers and publishes every file whose
  /// diagnostics changed, `[]` for a file that became clean.
  private mutating func checkAndPublish() {
    guard let catalogue else { return }
    var buffers: [String: [UInt8]] = [:]
    for (path, document) in documents {
      if let relative = relativePath(path) { buffers[relative] = Array(document.text.utf8) }
    }
    var check = CatalogueCheck(directory: catalogue, settings: settings)
    let result = check.run(buffers: buffers)
    self.check = check
    // Files on disk may have changed: every file's diagnostics are made again.
    publish(result, edited: nil, wholeCheck: true)
  }

  /// Checks again after the text of the catalogue file at `path` changed (an edit in its buffer,
  /// or on disk while it is closed): only that file is read again, and only the rules the edit
  /// can affect run again. A whole check when there is none to build on.
  private mutating func recheck(_ path: String, text: String) {
    guard let relative = relativePath(path) else { return }
    // The check and the last outcome are let go first, so that the check changes the catalogue,
    // the linter's state and the findings in place rather than copying them.
    outcome = nil
    index = nil
    guard var check = check.take(), check.settings == settings,
      let result = check.edit(relative, text: Array(text.utf8))
    else {
      return checkAndPublish()
    }
    self.check = check
    publish(result, edited: path)
  }

  /// `path` inside the catalogue directory; `nil` for a file outside it.
  private func relativePath(_ path: String) -> String? {
    guard let catalogue else { return nil }
    let prefix = catalogue.hasSuffix("/") ? catalogue : catalogue + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
  }

  /// Publishes a check's findings: the diagnostics of every file whose findings changed (of
  /// `edited`, whose text did; of every file after a whole check), `[]` for a file that became
  /// clean.
  private mutating func publish(
    _ result: Result<CatalogueCheck.Outcome, CatalogueCheck.CheckProblem>, edited: String?,
    wholeCheck: Bool = false
  ) {
    let outcome: CatalogueCheck.Outcome
    switch result {
    case .success(let success): outcome = success
    case .failure(let problem):
      check = nil
      writer.send(
        .notification(
          "window/showMessage",
          .object([("type", .int(1)), ("message", .string("mhhs: \(problem.message)"))])))
      return
    }
    self.outcome = outcome
    index = nil
    let findings = outcome.findings
    // Which files' findings changed, looked at on all cores (each finding is compared whole),
    // among those the check says may have changed, else among all.
    let candidates =
      wholeCheck
      ? Array(Set(findings.keys).union(published))
      : outcome.changedFiles.map { Array($0.union(edited.map { [$0] } ?? [])) }
        ?? Array(Set(findings.keys).union(publishedFindings.keys))
    let before = publishedFindings
    let editedShown = edited.map(published.contains) ?? false
    let differs = Parallel.map(candidates) { file in
      if wholeCheck { return true }
      if file == edited { return findings[file] != nil || editedShown }  // its text changed
      return before[file] != findings[file]
    }
    var changed = zip(candidates, differs).compactMap { file, differs in differs ? file : nil }
    changed.sort()
    let documents = self.documents
    let encoding = self.encoding
    let published = self.published
    // Diagnostics are made and their notifications rendered on all cores; a file with none that
    // showed none is not sent.
    let made = Parallel.map(changed) { file -> (diagnostics: [JSON], message: [UInt8]?) in
      let diagnostics =
        findings[file].map { Diagnostics.make($0, text: documents[file]?.text ?? Self.read(file), encoding) }
        ?? []
      guard !diagnostics.isEmpty || published.contains(file) else { return (diagnostics, nil) }
      var params: [(String, JSON)] = [("uri", .string(FileURI.uri(file)))]
      if let version = documents[file]?.version { params.append(("version", .int(version))) }
      params.append(("diagnostics", .array(diagnostics)))
      return (
        diagnostics,
        JSON.notification("textDocument/publishDiagnostics", .object(params)).renderBytes(indent: false)
      )
    }
    var messages: [[UInt8]] = []
    for (file, (diagnostics, message)) in zip(changed, made) {
      if diagnostics.isEmpty { self.published.remove(file) } else { self.published.insert(file) }
      publishedFindings[file] = findings[file]
      if let message { messages.append(message) }
      if messages.count == 256 {
        writer.send(rendered: messages)
        messages = []
      }
    }
    if !messages.isEmpty { writer.send(rendered: messages) }
  }

  /// A catalogue file's text on disk, for the positions of its findings.
  private static func read(_ path: String) -> String {
    guard case .success(let bytes) = FileSystem.readFile(path, as: .catalogueFile) else { return "" }
    return String(decoding: bytes, as: UTF8.self)
  }
}
