import MHHSCatalogue

/// Reads a ruleset file and the rulesets it extends, with the catalogue's position-keeping JSON
/// parser, and checks every key and value. Anything wrong is a ``RulesetError`` at the exact
/// place, saying what to write instead.
///
/// A ruleset can only name built-in rulesets (`recommended`, `all`) or other ruleset files by
/// relative paths; it never runs code or reaches the network. Until a file has shown itself to
/// be a ruleset (JSON, an object, only ruleset keys at the top), no message quotes its content,
/// since `extends` can name any file.
public struct RulesetLoader: Sendable {
  /// The rules a ruleset may configure besides the ones it defines.
  public var builtinRules: [RuleDescription]

  public init(builtinRules: [RuleDescription] = BuiltinRules.allDescriptions) {
    self.builtinRules = builtinRules
  }

  /// Deepest `extends` chain accepted.
  public static let maximumDepth = 32
  /// Most ruleset files read for one ruleset, counting a file again each time `extends` reaches
  /// it, so that files extending the same file twice, in a chain, cannot multiply the work.
  public static let maximumReads = 100
  public static let builtinNames = ["recommended", "all"]

  static let topKeys = ["extends", "rules", "overrides", "define"]
  static let overrideKeys = ["entities", "rules"]
  static let defineKeys = ["id", "summary", "severity", "rationale", "sources", "given", "then", "message"]
  static let givenKeys = ["kind", "where"]
  static let thenKeys = ["field", "check", "pattern", "values", "kind"]
  static let givenKinds: [EntityKind] = [.interface, .dataflow, .nfr, .changeRequest]

  /// Loads the ruleset at `path` (as the user named it; paths in messages start from it).
  public func load(_ path: String) throws(RulesetError) -> Ruleset {
    var state = State(builtin: builtinRules)
    try apply(path, stack: [], state: &state, from: nil)
    return Ruleset(
      configuration: RuleConfiguration(rules: state.rules, overrides: state.overrides),
      definedRules: state.defined, files: state.files)
  }

  // MARK: Merging

  private struct State {
    var builtin: [RuleDescription]
    var rules: [String: RuleSetting] = [:]
    var overrides: [RuleConfiguration.Override] = []
    var defined: [DefinedRule] = []
    /// For each defined id: its index in `defined` and the canonical path of its file.
    var definedAt: [String: (index: Int, canonical: String)] = [:]
    var files: [String] = []

    var knownDescriptions: [RuleDescription] { builtin + defined.map(\.description) }
    var knownIDs: [String] { knownDescriptions.map(\.id) }

    /// `recommended`: every rule known so far at its default severity.
    mutating func applyRecommended() {
      for rule in knownDescriptions { rules[rule.id] = .severity(rule.defaultSeverity) }
    }

    /// `all`: every rule known so far on, at its default severity or above.
    mutating func applyAll() {
      for rule in knownDescriptions {
        if case .severity(let s) = rules[rule.id], s >= rule.defaultSeverity { continue }
        rules[rule.id] = .severity(rule.defaultSeverity)
      }
    }
  }

  /// One file in the chain: `from` is the `extends` entry that named it (file and position).
  private func apply(
    _ display: String, stack: [(canonical: String, display: String)], state: inout State,
    from: (file: String, position: Position)?
  ) throws(RulesetError) {
    let canonical = Self.canonical(display)
    func failAtReference(_ message: String) -> RulesetError {
      if let from { return RulesetError(file: from.file, position: from.position, message: message) }
      return RulesetError(file: display, position: nil, message: message)
    }
    let chain = (stack.map(\.display) + [display]).joined(separator: " → ")
    if let start = stack.firstIndex(where: { $0.canonical == canonical }) {
      let cycle = stack[start...].map(\.display) + [display]
      throw failAtReference(
        "`extends` makes a cycle: \(cycle.joined(separator: " → ")); remove one of these `extends` entries")
    }
    if stack.count >= Self.maximumDepth {
      throw failAtReference(
        "`extends` chains more than \(Self.maximumDepth) rulesets (\(chain)); extend fewer files in a row")
    }
    if state.files.count >= Self.maximumReads {
      throw failAtReference(
        "`extends` reaches more than \(Self.maximumReads) ruleset files in all, counting a file each time it is reached (here through \(chain)); extend each shared ruleset from fewer places"
      )
    }
    let bytes = try read(display, extended: from != nil, failAtReference)
    let root: JSONValue
    switch JSONParser.parse(bytes) {
    case .success(let value): root = value
    case .failure(let error):
      throw RulesetError(
        file: display, position: error.position,
        message:
          "invalid JSON: \(error.messageWithoutInput); a ruleset is strict JSON (no comments, no trailing commas)"
      )
    }
    state.files.append(display)
    let file = FileReader(file: display)
    let top = try file.object(root, "a ruleset", keys: Self.topKeys, quotingUnknownKeys: false)

    if let extends = top["extends"] {
      for entry in try file.stringList(extends.value, "`extends`", example: #"["recommended"]"#) {
        switch entry.text {
        case "recommended": state.applyRecommended()
        case "all": state.applyAll()
        default:
          try file.checkExtendsPath(entry)
          let parent = Self.join(display, entry.text)
          try apply(
            parent, stack: stack + [(canonical, display)], state: &state, from: (display, entry.position))
        }
      }
    }
    if let define = top["define"] {
      guard let elements = define.value.elements else {
        throw file.error(
          define.value.position,
          "`define` must be an array of rule definitions, not \(define.value.typeDescription); write \"define\": [ { \"id\": \"local/…\", … } ]"
        )
      }
      var definedHere: Set<String> = []
      for element in elements {
        let rule = try file.definedRule(element)
        let id = rule.description.id
        if let at = state.definedAt[id] {
          // The same file reached again through another `extends` defines nothing new; the same
          // id twice in one file is as wrong as in two.
          if at.canonical == canonical && !definedHere.contains(id) { continue }
          let existing = state.defined[at.index]
          throw file.error(
            rule.position,
            "`\(id)` is already defined at \(existing.definedIn):\(existing.position.line):\(existing.position.column); give this rule another id"
          )
        }
        state.definedAt[id] = (state.defined.count, canonical)
        state.defined.append(rule)
        definedHere.insert(id)
      }
    }
    if let rules = top["rules"] {
      for (id, setting) in try file.settings(rules.value, known: state.knownIDs) { state.rules[id] = setting }
    }
    if let overrides = top["overrides"] {
      guard let elements = overrides.value.elements else {
        throw file.error(
          overrides.value.position,
          "`overrides` must be an array, not \(overrides.value.typeDescription); write \"overrides\": [ { \"entities\": [\"IF-06*\"], \"rules\": { … } } ]"
        )
      }
      for element in elements {
        let o = try file.object(element, "an override", keys: Self.overrideKeys)
        guard let entities = o["entities"], let rules = o["rules"] else {
          throw file.error(
            element.position,
            "an override needs `entities` and `rules`; write { \"entities\": [\"IF-06*\"], \"rules\": { \"time/missing-time-basis\": \"off\" } }"
          )
        }
        var globs: [String] = []
        for glob in try file.stringList(entities.value, "`entities`", example: #"["IF-06*"]"#) {
          try file.checkGlob(glob)
          globs.append(glob.text)
        }
        if globs.isEmpty {
          throw file.error(
            entities.value.position, #"`entities` must list at least one glob; write ["IF-06*"]"#)
        }
        let settings = try file.settings(rules.value, known: state.knownIDs)
        state.overrides.append(
          RuleConfiguration.Override(entities: globs, rules: Dictionary(settings, uniquingKeysWith: { $1 })))
      }
    }
  }

  private func read(_ display: String, extended: Bool, _ fail: (String) -> RulesetError) throws(RulesetError)
    -> [UInt8]
  {
    let type = FileSystem.type(of: display, followingLinks: true)
    guard type != .missing else {
      guard extended else {
        throw fail("cannot read ruleset \(display): no such file; check the path given to --ruleset")
      }
      let name = Self.lastComponent(display)
      let hint = NearestName.suggest(name, from: Self.builtinNames).map { " (did you mean `\($0)`?)" } ?? ""
      throw fail(
        "cannot read ruleset \(display): no such file\(hint); write `recommended`, `all` or the path of a ruleset file relative to this one"
      )
    }
    if type == .directory {
      throw fail("cannot read ruleset \(display): it is a directory; name a ruleset file (.json)")
    }
    let bytes: [UInt8]
    switch FileSystem.readFile(display, as: .ruleset) {
    case .success(let read): bytes = read
    case .failure(.tooLarge):
      throw fail(
        "ruleset \(display) is larger than \(FileKind.ruleset.maximumSizeText); split it or remove what it does not need"
      )
    case .failure(.notRegularFile(let what)):
      throw fail(
        "cannot read ruleset \(display): it is \(what), not a regular file; name a ruleset file (.json)")
    case .failure(.system):
      throw fail("cannot read ruleset \(display): permission denied or unreadable; make it readable")
    }
    return bytes
  }

  // MARK: Paths

  /// The ruleset `mhhs lint DIR` uses by default: `DIR/../rules/recommended.json`.
  public static func defaultPath(forCatalogue directory: String) -> String {
    join(directory + "/", "../rules/recommended.json")
  }

  /// Whether `path` names a regular file (or a link to one).
  public static func isFile(_ path: String) -> Bool {
    let type = FileSystem.type(of: path, followingLinks: true)
    return type != .missing && type != .directory
  }

  /// `relative` resolved against the directory of `base`, both as shown to people.
  static func join(_ base: String, _ relative: String) -> String {
    guard let slash = base.lastIndex(of: "/") else { return normalize(relative) }
    return normalize(String(base[...slash]) + relative)
  }

  /// `path` with `.` and `x/..` components removed, lexically.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == ".." && absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// The file's identity for cycle detection: absolute, with links resolved.
  /// `realpath` resolves a relative path from the working directory, which `getcwd` gives with
  /// no links in it, so normalizing first means the same as normalizing `cwd/path`. A path that
  /// does not resolve is kept as it is: it names no file, so it can close no cycle.
  static func canonical(_ path: String) -> String {
    let normalized = normalize(path)
    return FileSystem.realPath(normalized) ?? normalized
  }

  /// The last component of `path`, ignoring trailing slashes (`a/b.json` → `b.json`).
  static func lastComponent(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard trimmed.count > 1, let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
    return String(trimmed[trimmed.index(after: slash)...])
  }
}

/// Checks the values of one ruleset file and builds errors that point into it.
private struct FileReader {
  let file: String

  func error(_ position: Position, _ message: String) -> RulesetError {
    RulesetError(file: file, position: position, message: message)
  }

  struct Text {
    var text: String
    var position: Position
  }

  /// The members of an object, after refusing unknown keys (with the nearest known one). An
  /// unknown key is named only when `quotingUnknownKeys`: at the top of a file it may be the
  /// first sign that the file is not a ruleset at all.
  func object(_ value: JSONValue, _ what: String, keys: [String], quotingUnknownKeys: Bool = true)
    throws(RulesetError) -> [String: JSONMember]
  {
    guard let members = value.members else {
      throw error(value.position, "\(what) must be an object, not \(value.typeDescription); write { … }")
    }
    var result: [String: JSONMember] = [:]
    for member in members {
      guard keys.contains(member.key) else {
        let hint = NearestName.suggest(member.key, from: keys).map { "did you mean `\($0)`? " } ?? ""
        let key = quotingUnknownKeys ? "unknown key `\(member.key)`" : "unknown key"
        throw error(
          member.keyPosition,
          "\(key) in \(what); \(hint)the keys of \(what) are \(keys.map { "`\($0)`" }.joined(separator: ", "))"
        )
      }
      result[member.key] = member
    }
    return result
  }

  func string(_ value: JSONValue, _ what: String, example: String) throws(RulesetError) -> Text {
    guard let s = value.stringValue else {
      throw error(value.position, "\(what) must be a string, not \(value.typeDescription); write \(example)")
    }
    guard !s.allSatisfy(\.isWhitespace) else {
      throw error(value.position, "\(what) must not be empty; write \(example)")
    }
    return Text(text: s, position: value.position)
  }

  /// A string, or an array of strings.
  func stringList(_ value: JSONValue, _ what: String, example: String) throws(RulesetError) -> [Text] {
    if value.stringValue != nil { return [try string(value, what, example: example)] }
    guard let elements = value.elements else {
      throw error(
        value.position, "\(what) must be an array of strings, not \(value.typeDescription); write \(example)")
    }
    var result: [Text] = []
    for element in elements { result.append(try string(element, "each entry of \(what)", example: example)) }
    return result
  }

  /// A `rules` object: rule id → severity or `off`.
  func settings(_ value: JSONValue, known: [String]) throws(RulesetError) -> [(String, RuleSetting)] {
    guard let members = value.members else {
      throw error(
        value.position,
        "`rules` must be an object of rule ids and severities, not \(value.typeDescription); write { \"nfr/missing-response-times\": \"error\" }"
      )
    }
    var result: [(String, RuleSetting)] = []
    for member in members {
      guard known.contains(member.key) else {
        let hint = NearestName.suggest(member.key, from: known).map { "did you mean `\($0)`? " } ?? ""
        throw error(
          member.keyPosition,
          "unknown rule `\(member.key)`; \(hint)`mhhs rules` lists the rule ids (rules of your own are defined under `define` with ids starting `local/`)"
        )
      }
      result.append((member.key, try setting(member.value)))
    }
    return result
  }

  func setting(_ value: JSONValue) throws(RulesetError) -> RuleSetting {
    let names = RuleSetting.names.joined(separator: ", ")
    guard let text = value.stringValue else {
      throw error(
        value.position, "a severity must be a string, not \(value.typeDescription); write one of \(names)")
    }
    guard let setting = RuleSetting(text) else {
      let hint = NearestName.suggest(text, from: RuleSetting.names).map { "did you mean `\($0)`? " } ?? ""
      throw error(value.position, "`\(text)` is not a severity; \(hint)write one of \(names)")
    }
    return setting
  }

  /// An `extends` path: relative to the extending file, so that rulesets kept in a repository
  /// work in every checkout, and free of control characters (a NUL would cut the path short).
  func checkExtendsPath(_ path: Text) throws(RulesetError) {
    if path.text.hasPrefix("/") {
      throw error(
        path.position,
        "`extends` takes paths relative to this ruleset, not absolute ones, so that it works in every checkout; write `recommended`, `all` or a path such as \"../shared/team.json\""
      )
    }
    if path.text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      throw error(
        path.position,
        "an `extends` path must not contain control characters; write the path of a ruleset file relative to this one"
      )
    }
  }

  /// Entity globs: `*` any run of characters, `?` one; otherwise the characters of ids.
  func checkGlob(_ glob: Text) throws(RulesetError) {
    let allowed = glob.text.unicodeScalars.allSatisfy {
      ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
        || "-._*?".unicodeScalars.contains($0)
    }
    guard allowed else {
      throw error(
        glob.position,
        "`\(glob.text)` is not an entity glob; use the letters, digits, `-` and `.` of ids with `*` (any run) and `?` (one character), e.g. \"IF-06*\""
      )
    }
  }

  // MARK: Defined rules

  func definedRule(_ value: JSONValue) throws(RulesetError) -> DefinedRule {
    let d = try object(value, "a rule definition", keys: RulesetLoader.defineKeys)
    func required(_ key: String, _ example: String) throws(RulesetError) -> JSONMember {
      guard let member = d[key] else {
        throw error(value.position, "a rule definition needs `\(key)`; write \"\(key)\": \(example)")
      }
      return member
    }
    let idMember = try required("id", #""local/dip-interface-needs-process""#)
    let id = try string(idMember.value, "`id`", example: #""local/dip-interface-needs-process""#)
    let idScalars = id.text.unicodeScalars
    guard id.text.hasPrefix("local/"), id.text.count > 6,
      idScalars.allSatisfy({
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-/".unicodeScalars.contains($0)
          || ("A"..."Z").contains($0)
      })
    else {
      let tail =
        id.text.hasPrefix("local/")
        ? "name-of-the-rule" : id.text.split(separator: "/").last.map(String.init) ?? "name"
      throw error(
        id.position,
        "a defined rule's id must start with `local/` and use letters, digits, `-` and `/`; write \"local/\(tail)\""
      )
    }
    let summary = try string(
      try required("summary", #""Every DIP interface names its business process""#).value, "`summary`",
      example: #""Every DIP interface names its business process""#)
    let severityValue = try required("severity", #""warning""#).value
    guard case .severity(let severity) = try setting(severityValue) else {
      throw error(
        severityValue.position,
        "a defined rule cannot be `off` by default; write error, warning, info or hint (and turn it off under `rules`)"
      )
    }
    let rationale = try d["rationale"].map { m throws(RulesetError) in
      try string(m.value, "`rationale`", example: #""Why the rule exists""#).text
    }
    let sources =
      try d["sources"].map { m throws(RulesetError) in
        try stringList(m.value, "`sources`", example: #"["DAG-DEC57"]"#).map(\.text)
      } ?? []

    let givenMember = try required("given", #"{ "kind": "interface" }"#)
    let given = try object(givenMember.value, "`given`", keys: RulesetLoader.givenKeys)
    guard let kindMember = given["kind"] else {
      throw error(givenMember.value.position, #"`given` needs `kind`; write "kind": "interface""#)
    }
    let kind = try entityKind(kindMember.value, allowed: RulesetLoader.givenKinds)
    var conditions: [DefinedRule.Condition] = []
    if let whereMember = given["where"] {
      guard let members = whereMember.value.members else {
        throw error(
          whereMember.value.position,
          "`where` must be an object of fields and values, not \(whereMember.value.typeDescription); write { \"transport\": \"dip\" }"
        )
      }
      for member in members {
        let path = try fieldPath(Text(text: member.key, position: member.keyPosition), kind: kind)
        conditions.append(DefinedRule.Condition(path: path, values: try whereValues(member.value)))
      }
    }

    let thenMember = try required("then", #"{ "field": "process", "check": "present" }"#)
    let then = try object(thenMember.value, "`then`", keys: RulesetLoader.thenKeys)
    guard let fieldMember = then["field"] else {
      throw error(thenMember.value.position, #"`then` needs `field`; write "field": "process""#)
    }
    let field = try fieldPath(
      try string(fieldMember.value, "`field`", example: #""responseTimes.error.within""#), kind: kind)
    guard let checkMember = then["check"] else {
      throw error(thenMember.value.position, #"`then` needs `check`; write "check": "present""#)
    }
    let checkName = try string(checkMember.value, "`check`", example: #""present""#)
    let check: DefinedRule.Check
    let options = ["pattern": "pattern", "values": "oneOf", "kind": "references"]
    for (key, owner) in options where then[key] != nil && checkName.text != owner {
      throw error(
        then[key]!.keyPosition,
        "`\(key)` only goes with \"check\": \"\(owner)\"; remove it, or write \"check\": \"\(owner)\"")
    }
    switch checkName.text {
    case "present": check = .present
    case "absent": check = .absent
    case "nonEmpty": check = .nonEmpty
    case "pattern":
      guard let p = then["pattern"] else {
        throw error(
          thenMember.value.position, #"check `pattern` needs `pattern`; write "pattern": "^CR\\d{3}$""#)
      }
      check = .pattern(try pattern(try string(p.value, "`pattern`", example: #""^CR\\d{3}$""#)))
    case "oneOf":
      guard let v = then["values"] else {
        throw error(
          thenMember.value.position, #"check `oneOf` needs `values`; write "values": ["utc", "clock"]"#)
      }
      let values = try stringList(v.value, "`values`", example: #"["utc", "clock"]"#)
      guard !values.isEmpty else {
        throw error(v.value.position, #"`values` must list at least one value; write ["utc", "clock"]"#)
      }
      check = .oneOf(values.map(\.text))
    case "references":
      guard let k = then["kind"] else {
        throw error(
          thenMember.value.position, #"check `references` needs `kind`; write "kind": "changeRequest""#)
      }
      check = .references(try entityKind(k.value, allowed: EntityKind.allCases))
    default:
      let hint =
        NearestName.suggest(checkName.text, from: DefinedRule.Check.names).map { "did you mean `\($0)`? " }
        ?? ""
      throw error(
        checkName.position,
        "unknown check `\(checkName.text)`; \(hint)write one of \(DefinedRule.Check.names.joined(separator: ", "))"
      )
    }

    var message: MessageTemplate?
    if let m = d["message"] {
      let text = try string(m.value, "`message`", example: #""{id} names no business process""#)
      do {
        message = try MessageTemplate(text.text)
      } catch {
        let names = MessageTemplate.Placeholder.allCases.map { "{\($0.rawValue)}" }
        let hint =
          NearestName.suggest(error.name, from: MessageTemplate.Placeholder.allCases.map(\.rawValue))
          .map { "did you mean `{\($0)}`? " } ?? ""
        throw self.error(
          text.position,
          "unknown placeholder `{\(error.name)}` in `message`; \(hint)a message may use \(names.joined(separator: ", "))"
        )
      }
    }
    let description = RuleDescription(
      id: id.text, summary: summary.text, rationale: rationale ?? "", sources: sources,
      defaultSeverity: severity, examples: [])
    return DefinedRule(
      description: description, kind: kind, conditions: conditions, field: field, check: check,
      message: message, definedIn: file, position: id.position)
  }

  func entityKind(_ value: JSONValue, allowed: [EntityKind]) throws(RulesetError) -> EntityKind {
    let names = allowed.map(\.rawValue)
    let text = try string(value, "`kind`", example: #""interface""#)
    guard let kind = EntityKind(rawValue: text.text), allowed.contains(kind) else {
      let hint = NearestName.suggest(text.text, from: names).map { "did you mean `\($0)`? " } ?? ""
      throw error(
        text.position, "unknown kind `\(text.text)`; \(hint)write one of \(names.joined(separator: ", "))")
    }
    return kind
  }

  /// A dotted path naming a field the catalogue format gives entities of `kind`.
  func fieldPath(_ text: Text, kind: EntityKind) throws(RulesetError) -> [String] {
    let known = FieldTree.paths[kind] ?? []
    guard known.contains(text.text) else {
      let hint = NearestName.suggest(text.text, from: known).map { "did you mean `\($0)`? " } ?? ""
      throw error(
        text.position,
        "`\(text.text)` is not a field of \(Self.article(kind)) \(kind.displayName); \(hint)write a dotted path of the catalogue format such as `\(known.first { $0.contains(".") } ?? "id")`"
      )
    }
    return text.text.split(separator: ".").map(String.init)
  }

  static func article(_ kind: EntityKind) -> String {
    "aeiouAEIOUN".contains(kind.displayName.first ?? "x") ? "an" : "a"
  }

  /// The values a `where` field may equal: a string, number or boolean, or a list of them.
  func whereValues(_ value: JSONValue) throws(RulesetError) -> [String] {
    func scalar(_ v: JSONValue) -> String? {
      switch v.storage {
      case .string(let s): s
      case .number(let n): n
      case .bool(let b): b ? "true" : "false"
      default: nil
      }
    }
    if let s = scalar(value) { return [s] }
    if let elements = value.elements, !elements.isEmpty {
      var values: [String] = []
      for e in elements {
        guard let s = scalar(e) else {
          throw error(e.position, #"each value in a `where` list must be a string; write ["dip", "dtn"]"#)
        }
        values.append(s)
      }
      return values
    }
    throw error(
      value.position,
      #"a `where` field must equal a value or one of a non-empty list; write "dip" or ["dip", "dtn"]"#)
  }

  func pattern(_ text: Text) throws(RulesetError) -> Pattern {
    do {
      return try Pattern(compiling: text.text)
    } catch {
      throw self.error(text.position, "invalid `pattern`: \(error)")
    }
  }

}
