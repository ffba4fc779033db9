import MHHSCatalogue

/// One check over a catalogue: a built-in rule, or a rule defined in a ruleset.
public protocol Rule: Sendable {
  var description: RuleDescription { get }
  /// Rules that judge other rules' findings (unused exemptions) run after the rest.
  var runsAfterOtherRules: Bool { get }
  /// What the rule's findings depend on: what an editor checks again after an edit.
  var locality: RuleLocality { get }
  func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding]
}

extension Rule {
  public var runsAfterOtherRules: Bool { false }
  public var locality: RuleLocality { .catalogue }
}

/// What a rule's findings depend on, which decides what ``IncrementalLinter`` runs again after
/// an edit to one file.
public enum RuleLocality: Sendable {
  /// Anything in the catalogue: the rule runs again in full after every edit.
  case catalogue
  /// The rule judges one entity at a time, and its findings about an entity depend only on
  /// that entity, on the entities one reference away from it (those it names and those that
  /// name it), on which ids exist only as far as its own references go (whether they resolve,
  /// and the ids nearest to one that does not), and on the roles, releases and manifest. After
  /// an edit to one entity's file, it runs again only on the entities one reference away from
  /// the edited one (and, when the edit changed which ids exist, on those naming a missing id). Such a rule walks the entities it judges through
  /// ``RuleContext/checked(_:in:)``, and every finding it makes names its entity.
  case entity
  /// The rule reads only the payload definitions (data types, data items, blocks) and which
  /// blocks the interfaces' payloads name: it runs again only after an edit to a payload
  /// definition or to the blocks an interface's payload names.
  case payloadDefinitions
}

/// A rule written in Swift: a small struct whose static ``RuleDescription`` documents it and
/// supplies the examples its tests run.
public protocol BuiltinRule: Rule {
  static var description: RuleDescription { get }
  static var runsAfterOtherRules: Bool { get }
  static var locality: RuleLocality { get }
}

extension BuiltinRule {
  public static var runsAfterOtherRules: Bool { false }
  public static var locality: RuleLocality { .catalogue }
  public var description: RuleDescription { Self.description }
  public var runsAfterOtherRules: Bool { Self.runsAfterOtherRules }
  public var locality: RuleLocality { Self.locality }
}

/// What a rule may know besides the catalogue: the date and release it is judged at, and,
/// for rules that run after the others, what the others found.
public struct RuleContext: Sendable {
  public var ruleID: String
  public var asOf: CalendarDate
  /// The interfaces being checked: those of `--release`, else all.
  public var scope: ReleaseScope
  /// Rules that ran before this one, by id, and the findings they made (only for rules that
  /// run after the others).
  public var priorFindings: [Finding] = []
  public var enabledRuleIDs: Set<String> = []
  public var knownRuleIDs: Set<String> = []
  /// For a rule of ``RuleLocality/entity`` locality run again after an edit: the ids of the
  /// entities to judge (of any kind); `nil` to judge every entity.
  public var focus: Set<String>?

  public init(ruleID: String, asOf: CalendarDate, scope: ReleaseScope = .wholeCatalogue) {
    self.ruleID = ruleID
    self.asOf = asOf
    self.scope = scope
  }

  /// A finding of the running rule about `entity`, at `position`; `pointer` is relative to the
  /// entity's object. Severity and fingerprint are set by the engine.
  public func finding(_ message: String, _ entity: some Entity, at position: Position, _ pointer: String)
    -> Finding
  {
    Finding(
      ruleID: ruleID, severity: .error, message: message, entityID: entity.id.value,
      location: entity.location(position, pointer))
  }

  /// A finding about a missing field: at `parent` (the enclosing value) when it exists, else at
  /// the entity's object.
  public func missing(
    _ message: String, _ entity: some Entity, in parent: (position: Position, pointer: String)? = nil
  ) -> Finding {
    let (position, pointer) = parent ?? (entity.origin.position, "")
    return finding(message, entity, at: position, pointer)
  }

  /// The entities of `entities` (the catalogue's whole list of their kind) this run judges:
  /// all of them, or those in ``focus``, in the catalogue's order.
  public func checked<E: Entity>(_ entities: [E], in catalogue: Catalogue) -> [E] {
    guard let focus else { return entities }
    precondition(
      entities.count == catalogue.count(of: E.kind), "checked(_:in:) takes the catalogue's whole list")
    let index = catalogue.ids(of: E.kind)
    return focus.compactMap { index[$0] }.sorted().map { entities[$0] }
  }

  /// Whether the interface is in scope for `--release` (see ``ReleaseScope``).
  public func inScope(_ interface: Interface, in catalogue: Catalogue) -> Bool {
    scope.contains(interface, in: catalogue)
  }

  /// In scope and not withdrawn.
  public func isActive(_ interface: Interface, in catalogue: Catalogue) -> Bool {
    interface.isActive && inScope(interface, in: catalogue)
  }
}
