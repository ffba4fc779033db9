import MHHSCatalogue

/// A rule written in a ruleset's `define`: select entities of one kind (`given`), optionally
/// narrowed by field values (`where`), and check one field (`then`). It reads the decoded
/// model through ``FieldTree`` and can do nothing else: no code, no files, no network.
public struct DefinedRule: Rule {
  /// What `then.check` asks of the field.
  public enum Check: Sendable {
    case present
    case absent
    case nonEmpty
    case pattern(Pattern)
    case oneOf([String])
    case references(EntityKind)

    public static let names = ["present", "absent", "nonEmpty", "pattern", "oneOf", "references"]
  }

  /// `where`: the field at `path` has one of `values` (for a list field: any element does).
  public struct Condition: Sendable {
    public var path: [String]
    public var values: [String]

    public init(path: [String], values: [String]) {
      self.path = path
      self.values = values
    }
  }

  public var description: RuleDescription
  public var kind: EntityKind
  public var conditions: [Condition]
  public var field: [String]
  public var check: Check
  public var message: MessageTemplate
  /// The ruleset file that defines the rule, as shown to people, and where in it.
  public var definedIn: String
  public var position: Position

  public init(
    description: RuleDescription, kind: EntityKind, conditions: [Condition], field: [String], check: Check,
    message: MessageTemplate? = nil, definedIn: String, position: Position = .start
  ) {
    self.description = description
    self.kind = kind
    self.conditions = conditions
    self.field = field
    self.check = check
    self.message = message ?? Self.defaultMessage(check)
    self.definedIn = definedIn
    self.position = position
  }

  /// Values longer than this are not given to a pattern (a finding says so instead): a match
  /// takes time linear in the value, and this bounds it for a run of many rules.
  public static let maximumPatternInput = 1_000
  /// `{value}` in messages is cut to this many characters.
  static let maximumQuotedValue = 120

  public static func defaultMessage(_ check: Check) -> MessageTemplate {
    let text =
      switch check {
      case .present: "{id} has no `{field}`"
      case .absent: "{id} has `{field}`, which should be absent"
      case .nonEmpty: "{id} has no `{field}`, or it is empty"
      case .pattern(let p): "{id} `{field}` is \"{value}\", which does not match `\(p.source)`"
      case .oneOf(let values):
        "{id} `{field}` is \"{value}\", which is not one of \(values.map { "`\($0)`" }.joined(separator: ", "))"
      case .references(let kind):
        "{id} `{field}` names \(kind.displayName) \"{value}\", which is not in the catalogue"
      }
    return (try? MessageTemplate(text)) ?? MessageTemplate(parts: [.literal(text)])
  }

  /// A defined rule reads one entity's fields and, for `references`, which ids exist.
  public var locality: RuleLocality { .entity }

  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    switch kind {
    case .interface: evaluate(context.checked(catalogue.interfaces, in: catalogue), catalogue)
    case .dataflow: evaluate(context.checked(catalogue.dataflows, in: catalogue), catalogue)
    case .nfr: evaluate(context.checked(catalogue.nfrs, in: catalogue), catalogue)
    case .changeRequest: evaluate(context.checked(catalogue.changeRequests, in: catalogue), catalogue)
    case .dataType: evaluate(context.checked(catalogue.dataTypes, in: catalogue), catalogue)
    case .dataItem: evaluate(context.checked(catalogue.dataItems, in: catalogue), catalogue)
    case .block: evaluate(context.checked(catalogue.blocks, in: catalogue), catalogue)
    case .release, .role: []
    }
  }

  private func evaluate<E: Entity & FieldObject>(_ entities: [E], _ catalogue: Catalogue) -> [Finding] {
    var findings: [Finding] = []
    let fieldName = field.joined(separator: ".")
    for entity in entities {
      let tree = FieldTree.of(entity)
      guard conditions.allSatisfy({ holds($0, in: tree) }) else { continue }
      let name = tree["name"].flatMap(Self.text) ?? tree["title"].flatMap(Self.text) ?? entity.id.value
      func report(_ node: FieldNode, value: String, message: MessageTemplate? = nil) {
        let text = (message ?? self.message).render(
          id: entity.id.value, name: name, field: fieldName, value: Self.quoted(value))
        findings.append(
          Finding(
            ruleID: description.id, severity: description.defaultSeverity, message: text,
            entityID: entity.id.value, location: entity.location(node.position, node.pointer)))
      }
      let places = tree.places(field)
      switch check {
      case .present:
        for case .missing(let parent) in places { report(parent, value: "") }
      case .absent:
        for case .found(let node) in places { report(node, value: Self.text(node) ?? "") }
      case .nonEmpty:
        for place in places {
          switch place {
          case .missing(let parent): report(parent, value: "")
          case .found(let node) where node.isEmpty: report(node, value: Self.text(node) ?? "")
          case .found: break
          }
        }
      case .pattern(let pattern):
        for case .found(let node) in places {
          for (text, at) in node.texts {
            if text.unicodeScalars.count > Self.maximumPatternInput {
              report(at, value: String(text.prefix(40)), message: Self.tooLongMessage)
            } else if !pattern.matches(text) {
              report(at, value: text)
            }
          }
        }
      case .oneOf(let values):
        for case .found(let node) in places {
          for (text, at) in node.texts where !values.contains(text) { report(at, value: text) }
        }
      case .references(let kind):
        for case .found(let node) in places {
          for (text, at) in node.texts where !catalogue.contains(text, kind: kind) { report(at, value: text) }
        }
      }
    }
    return findings
  }

  private static let tooLongMessage = try! MessageTemplate(
    "{id} `{field}` is longer than \(maximumPatternInput) characters, so its pattern was not checked; shorten it"
  )

  private func holds(_ condition: Condition, in tree: FieldNode) -> Bool {
    tree.places(condition.path).contains { place in
      guard case .found(let node) = place else { return false }
      return node.texts.contains { condition.values.contains($0.text) }
    }
  }

  private static func text(_ node: FieldNode) -> String? {
    if case .text(let t) = node.value { return t }
    return nil
  }

  private static func quoted(_ value: String) -> String {
    value.count > maximumQuotedValue ? value.prefix(maximumQuotedValue) + "…" : value
  }
}

/// A message with `{id}`, `{name}`, `{field}` and `{value}` placeholders, parsed once.
public struct MessageTemplate: Sendable {
  public enum Placeholder: String, Sendable, CaseIterable { case id, name, field, value }
  public enum Part: Sendable {
    case literal(String)
    case placeholder(Placeholder)
  }

  /// An unknown `{word}` in a template.
  public struct UnknownPlaceholder: Error {
    public var name: String
  }

  public var parts: [Part]

  public init(parts: [Part]) {
    self.parts = parts
  }

  /// Parses `text`. A `{` not followed by letters and `}` is kept as it is.
  public init(_ text: String) throws(UnknownPlaceholder) {
    var parts: [Part] = []
    var literal = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      let after = rest[rest.index(after: open)...]
      let word = after.prefix { $0.isLetter }
      if !word.isEmpty, after.dropFirst(word.count).first == "}" {
        guard let placeholder = Placeholder(rawValue: String(word)) else {
          throw UnknownPlaceholder(name: String(word))
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        literal = ""
        parts.append(.placeholder(placeholder))
        rest = after.dropFirst(word.count + 1)
      } else {
        literal += "{"
        rest = after
      }
    }
    literal += rest
    if !literal.isEmpty { parts.append(.literal(literal)) }
    self.parts = parts
  }

  public func render(id: String, name: String, field: String, value: String) -> String {
    parts.map { part in
      switch part {
      case .literal(let text): text
      case .placeholder(.id): id
      case .placeholder(.name): name
      case .placeholder(.field): field
      case .placeholder(.value): value
      }
    }.joined()
  }
}
