import MHHSCatalogue

/// Findings recorded as known, so that CI fails only on new ones: the file written by
/// `mhhs lint --write-baseline` (or `mhhs diff --write-baseline`) and read by `--baseline`.
///
/// Entries match findings by fingerprint (rule, entity, file inside the catalogue and JSON
/// pointer; never line or column), so a baseline survives reformatting. Entries that match no
/// finding, or name a rule lint does not have, are reported as `baseline/stale-entry`, so the
/// baseline shrinks as gaps are fixed and a mistyped or retired rule id does not go unnoticed.
public struct Baseline: Sendable, Equatable {
  /// One recorded finding.
  public struct Entry: Sendable, Hashable {
    public var rule: String
    public var entity: String?
    public var pointer: String
    public var fingerprint: String
    /// Where the entry starts in the baseline file, when it was read from one.
    public var position: Position?

    public init(
      rule: String, entity: String?, pointer: String, fingerprint: String, position: Position? = nil
    ) {
      self.rule = rule
      self.entity = entity
      self.pointer = pointer
      self.fingerprint = fingerprint
      self.position = position
    }

    public static func == (lhs: Entry, rhs: Entry) -> Bool {
      (lhs.rule, lhs.entity, lhs.pointer, lhs.fingerprint) == (
        rhs.rule, rhs.entity, rhs.pointer, rhs.fingerprint
      )
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(rule)
      hasher.combine(entity)
      hasher.combine(pointer)
      hasher.combine(fingerprint)
    }

    /// Baseline order: rule, entity, pointer, fingerprint, by UTF-8 bytes.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
      for (x, y) in [
        (a.rule, b.rule), (a.entity ?? "", b.entity ?? ""), (a.pointer, b.pointer),
        (a.fingerprint, b.fingerprint),
      ]
      where x != y {
        return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
      }
      return false
    }
  }

  /// The baseline file format this package reads and writes.
  public static let format = 1

  public var entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// A baseline of the unsuppressed findings of `result` (of `mhhs lint` or `mhhs diff`), one
  /// entry per fingerprint, sorted. Findings already suppressed (by an exemption) and
  /// stale-entry findings are not recorded.
  public init(recording result: some FindingResult) {
    let entries = Set(
      result.findings.filter { !$0.isSuppressed && $0.ruleID != Self.staleEntryRule.id }.map {
        Entry(rule: $0.ruleID, entity: $0.entityID, pointer: $0.location.pointer, fingerprint: $0.fingerprint)
      })
    self.init(entries: entries.sorted(by: Entry.precedes))
  }

  /// The baseline file: `{ "format": 1, "findings": [ { rule, entity, pointer, fingerprint } ] }`.
  public var json: JSON {
    .object([
      ("format", .int(Self.format)),
      (
        "findings",
        .array(
          entries.map {
            .object([
              ("rule", .string($0.rule)), ("entity", .optional($0.entity)), ("pointer", .string($0.pointer)),
              ("fingerprint", .string($0.fingerprint)),
            ])
          })
      ),
    ])
  }

  // MARK: Applying

  /// What a baseline entry is judged against: entries for rules that did not run, or for
  /// entities outside the `--release` scope, are neither matched nor stale; entries for rules
  /// lint does not have are stale.
  public struct Scope: Sendable {
    /// Every rule lint has, on or off; `nil` when unknown (every rule is taken to exist).
    public var knownRules: Set<String>?
    public var ranRules: Set<String>?
    public var skippedEntities: Set<String>

    public init(
      knownRules: Set<String>? = nil, ranRules: Set<String>? = nil, skippedEntities: Set<String> = []
    ) {
      self.knownRules = knownRules
      self.ranRules = ranRules
      self.skippedEntities = skippedEntities
    }

    func knows(_ entry: Entry) -> Bool {
      knownRules?.contains(entry.rule) ?? true
    }

    func judges(_ entry: Entry) -> Bool {
      if let ranRules, !ranRules.contains(entry.rule) { return false }
      if let entity = entry.entity, skippedEntities.contains(entity) { return false }
      return true
    }
  }

  /// `findings` with those this baseline records suppressed (kind `baseline`), plus one
  /// `baseline/stale-entry` finding (info) for each entry that matches no unsuppressed
  /// finding or names a rule `scope` does not know, located at the entry in `file` (the
  /// baseline's path as the user gave it).
  public func apply(to findings: [Finding], file: String, scope: Scope = .init()) -> [Finding] {
    let byFingerprint = Set(entries.map(\.fingerprint))
    var matched: Set<String> = []
    var out = findings
    for index in out.indices where !out[index].isSuppressed {
      let fingerprint = out[index].fingerprint
      guard byFingerprint.contains(fingerprint) else { continue }
      matched.insert(fingerprint)
      out[index].suppression = Suppression(kind: .baseline, reason: "recorded in \(file)")
    }
    var reported: Set<String> = []
    for (index, entry) in entries.enumerated()
    where !matched.contains(entry.fingerprint) && (!scope.knows(entry) || scope.judges(entry))
      && reported.insert(entry.fingerprint).inserted
    {
      let subject = entry.entity.map { " on \($0)" } ?? ""
      let at = entry.pointer.isEmpty ? "" : " at \(entry.pointer)"
      let suggestion = NearestName.suggest(entry.rule, from: scope.knownRules ?? []).map {
        "; did you mean `\($0)`?"
      }
      let problem =
        scope.knows(entry)
        ? "matches no finding"
        : "names a rule that does not exist (none is built in or defined by the ruleset\(suggestion ?? ""))"
      out.append(
        Finding(
          ruleID: Self.staleEntryRule.id, severity: Self.staleEntryRule.defaultSeverity,
          message:
            "baseline entry for \(entry.rule)\(subject)\(at) \(problem); remove it from the baseline (or rewrite it with --write-baseline)",
          entityID: entry.entity,
          location: SourceLocation(
            file: file, position: entry.position ?? .start, pointer: JSONPointer.appending("/findings", index)
          ),
          fingerprint: Fingerprint.make(
            rule: Self.staleEntryRule.id, entity: entry.entity, relativePath: entry.rule,
            pointer: entry.fingerprint)))
    }
    return out
  }

  /// The rule that reports baseline entries matching nothing. It is not run by the engine; the
  /// baseline adds its findings, and reports list it among the rules when a baseline is used.
  public static let staleEntryRule = RuleDescription(
    id: "baseline/stale-entry",
    summary: "A baseline entry matches no finding",
    rationale: """
      A baseline records known findings so that CI fails only on new ones. When a recorded gap is \
      fixed, its entry matches nothing and should be removed, so the baseline shrinks as the \
      catalogue improves and a fixed gap cannot quietly come back.
      """,
    sources: ["cli.md: Baselines"], defaultSeverity: .info,
    examples: [
      .triggers(
        "IF-001", "the baseline records missing response times that IF-001 now states",
        ExampleFile.files(
          ExampleFile.interface("IF-001", #", "responseTimes": { "error": { "within": "PT6S" } }"#),
          ("baseline.json", exampleBaseline))),
      .passes(
        "the recorded gap is still there",
        ExampleFile.files(ExampleFile.interface("IF-001"), ("baseline.json", exampleBaseline))),
    ])

  /// The baseline of the stale-entry examples (`baseline.json` beside them; the catalogue loader
  /// does not read it): one entry for `nfr/missing-response-times` on IF-001.
  static let exampleBaseline = """
    { "format": 1, "findings": [ { "rule": "nfr/missing-response-times", "entity": "IF-001", "pointer": "", \
    "fingerprint": "\(Fingerprint.make(rule: "nfr/missing-response-times", entity: "IF-001", relativePath: "interfaces/IF-001.json", pointer: ""))" } ] }
    """

  // MARK: Reading

  /// Why a baseline file cannot be used: a message and where in the file.
  public struct ReadError: Error, Sendable, Equatable {
    public var message: String
    public var position: Position

    public init(_ message: String, at position: Position) {
      self.message = message
      self.position = position
    }
  }

  /// Parses a baseline file, keeping the position of each entry. Until the file shows
  /// `"format": 1`, messages quote nothing from it: `--baseline` may name a file that is not a
  /// baseline, and its content must not be echoed into a CI log.
  public static func parse(_ bytes: [UInt8]) -> Result<Baseline, ReadError> {
    switch JSONParser.parse(bytes) {
    case .failure(let error): .failure(ReadError(error.messageWithoutInput, at: error.position))
    case .success(let value):
      Result { () throws(ReadError) in try decode(value) }
    }
  }

  private static func decode(_ root: JSONValue) throws(ReadError) -> Baseline {
    guard let members = root.members else {
      throw ReadError(
        "a baseline is an object with \"format\" and \"findings\", not \(root.typeDescription)",
        at: root.position)
    }
    guard let format = root["format"] else {
      throw ReadError("a baseline needs \"format\": \(Self.format)", at: root.position)
    }
    guard case .number(let number) = format.value.storage else {
      throw ReadError(
        "\"format\" must be the number \(Self.format), not \(format.value.typeDescription)",
        at: format.value.position)
    }
    guard number == String(Self.format) else {
      throw ReadError(
        "unsupported baseline format \(number); this version of mhhs reads format \(Self.format)",
        at: format.value.position)
    }
    try rejectUnknown(members, known: ["format", "findings"], in: "a baseline")
    guard let findings = root["findings"] else {
      throw ReadError("a baseline needs \"findings\", an array of entries", at: root.position)
    }
    guard let elements = findings.value.elements else {
      throw ReadError(
        "\"findings\" must be an array, not \(findings.value.typeDescription)", at: findings.value.position)
    }
    var entries: [Entry] = []
    entries.reserveCapacity(elements.count)
    for element in elements {
      guard let fields = element.members else {
        throw ReadError("a baseline entry is an object, not \(element.typeDescription)", at: element.position)
      }
      try rejectUnknown(fields, known: ["rule", "entity", "pointer", "fingerprint"], in: "a baseline entry")
      func string(_ key: String, optional: Bool = false) throws(ReadError) -> String? {
        guard let member = element[key] else {
          if optional { return nil }
          throw ReadError("a baseline entry needs \"\(key)\"", at: element.position)
        }
        if optional, case .null = member.value.storage { return nil }
        guard let text = member.value.stringValue else {
          throw ReadError(
            "\"\(key)\" must be a string\(optional ? " or null" : ""), not \(member.value.typeDescription)",
            at: member.value.position)
        }
        return text
      }
      let fingerprint = try string("fingerprint")!
      guard !fingerprint.isEmpty else {
        throw ReadError("\"fingerprint\" must not be empty", at: element["fingerprint"]!.value.position)
      }
      entries.append(
        Entry(
          rule: try string("rule")!, entity: try string("entity", optional: true),
          pointer: try string("pointer")!,
          fingerprint: fingerprint, position: element.position))
    }
    return Baseline(entries: entries)
  }

  private static func rejectUnknown(_ members: [JSONMember], known: [String], in what: String)
    throws(ReadError)
  {
    for member in members where !known.contains(member.key) {
      throw ReadError(
        "unknown field \"\(member.key)\" in \(what)\(NearestName.hint(member.key, from: known))",
        at: member.keyPosition)
    }
  }
}
