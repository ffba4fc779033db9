/// The kinds of entity a catalogue holds.
public enum EntityKind: String, Sendable, CaseIterable, Hashable {
  case interface
  case dataflow
  case nfr
  case changeRequest
  case release
  case role
  case dataType
  case dataItem
  case block

  /// The name used in messages ("D-flow", "change request").
  public var displayName: String {
    switch self {
    case .interface: "interface"
    case .dataflow: "D-flow"
    case .nfr: "NFR"
    case .changeRequest: "change request"
    case .release: "release"
    case .role: "role"
    case .dataType: "data type"
    case .dataItem: "data item"
    case .block: "block"
    }
  }

  public var idPattern: IDPattern {
    switch self {
    case .interface: .interface
    case .dataflow: .dataflow
    case .nfr: .nfr
    case .changeRequest: .changeRequest
    case .release: .release
    case .role: .role
    case .dataType: .dataType
    case .dataItem: .dataItem
    case .block: .block
    }
  }

  /// The folder holding one file per entity of this kind, for kinds stored that way.
  public var folder: String? {
    switch self {
    case .interface: "interfaces"
    case .dataflow: "dataflows"
    case .nfr: "nfrs"
    case .changeRequest: "change-requests"
    case .dataType: "datatypes"
    case .dataItem: "dataitems"
    case .block: "blocks"
    case .release, .role: nil
    }
  }
}

/// What every entity has: an id and the place it came from.
public protocol Entity: Sendable {
  static var kind: EntityKind { get }
  var id: Located<String> { get }
  var origin: Origin { get }
}

extension Entity {
  /// The location of a value of this entity, `pointer` relative to the entity's object.
  public func location(_ position: Position, _ pointer: String) -> SourceLocation {
    origin.location(position, pointer)
  }
}

/// A rule exemption recorded on an entity: a documented decision that a rule does not apply.
public struct Exemption: Sendable, Equatable {
  public var rule: Located<String>
  public var reason: Located<String>?
  public var decision: Located<String>?
  public var changeRequest: Located<String>?
  public var expires: Located<CalendarDate>?

  public init(
    rule: Located<String>, reason: Located<String>? = nil, decision: Located<String>? = nil,
    changeRequest: Located<String>? = nil, expires: Located<CalendarDate>? = nil
  ) {
    self.rule = rule
    self.reason = reason
    self.decision = decision
    self.changeRequest = changeRequest
    self.expires = expires
  }
}

/// One entry of a versioned entity's history.
public struct HistoryEntry: Sendable, Equatable {
  public var version: Located<String>
  public var release: Located<String>?
  public var changes: LocatedList<String>?
  public var summary: Located<String>?

  public init(
    version: Located<String>, release: Located<String>? = nil, changes: LocatedList<String>? = nil,
    summary: Located<String>? = nil
  ) {
    self.version = version
    self.release = release
    self.changes = changes
    self.summary = summary
  }
}

/// Entities with a `version` and a `history` (interfaces and D-flows).
public protocol Versioned: Entity {
  var version: Located<String>? { get }
  var history: LocatedList<HistoryEntry>? { get }
}

/// Entities that may carry rule exemptions.
public protocol Exemptible: Entity {
  var exemptions: LocatedList<Exemption>? { get }
}
