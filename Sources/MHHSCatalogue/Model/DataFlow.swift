/// A DTC D-flow (`D0379`) and its fate at MHHS go-live.
@dynamicMemberLookup
public struct DataFlow: Versioned, Exemptible, Equatable {
  public static let kind = EntityKind.dataflow

  public enum Ownership: String, Sendable, CaseIterable { case BSC, MRA, REC, DCUSA }

  /// The fields of a D-flow, read and written on the D-flow itself (`dataflow.name`). They are kept in
  /// one shared box (``Shared``), as every rule goes through every D-flow.
  public struct Fields: Sendable, Equatable {
    public var id: Located<String>
    public var version: Located<String>? = nil
    public var name: Located<String>? = nil
    public var ownership: Located<Ownership>? = nil
    public var routes: LocatedList<Route>? = nil
    public var mhhs: Located<MHHSFate>? = nil
    public var scenarioVariants: LocatedList<ScenarioVariant>? = nil
    public var exemptions: LocatedList<Exemption>? = nil
    public var history: LocatedList<HistoryEntry>? = nil
    public var sources: LocatedList<String>? = nil
    public var origin: Origin
  }

  @usableFromInline var fields: Shared<Fields>

  public init(id: Located<String>, origin: Origin) {
    fields = Shared(Fields(id: id, origin: origin))
  }

  @inlinable public subscript<T>(dynamicMember field: WritableKeyPath<Fields, T>) -> T {
    get { fields[dynamicMember: field] }
    _modify { yield &fields[dynamicMember: field] }
  }

  // The fields the entity protocols name.
  public var id: Located<String> {
    get { fields.id }
    _modify { yield &fields.id }
  }
  public var origin: Origin {
    get { fields.origin }
    _modify { yield &fields.origin }
  }
  public var version: Located<String>? {
    get { fields.version }
    _modify { yield &fields.version }
  }
  public var exemptions: LocatedList<Exemption>? {
    get { fields.exemptions }
    _modify { yield &fields.exemptions }
  }
  public var history: LocatedList<HistoryEntry>? {
    get { fields.history }
    _modify { yield &fields.history }
  }
}

public struct Route: Sendable, Hashable {
  public var from: Located<String>?
  public var to: Located<String>?

  public init(from: Located<String>? = nil, to: Located<String>? = nil) {
    self.from = from
    self.to = to
  }
}

/// What DES196 says of a D-flow at MHHS go-live.
public struct MHHSFate: Sendable, Equatable {
  public enum Disposition: String, Sendable, CaseIterable { case retained, removed, amended, new }

  public var disposition: Located<Disposition>?
  public var replacedBy: LocatedList<String>?
  public var decision: Located<String>?
  public var rationale: Located<String>?
  public var effective: Located<String>?

  public init() {}
}

public struct ScenarioVariant: Sendable, Equatable {
  public var id: Located<String>?
  public var name: Located<String>?

  public init(id: Located<String>? = nil, name: Located<String>? = nil) {
    self.id = id
    self.name = name
  }
}
