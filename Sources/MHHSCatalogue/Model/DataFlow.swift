/// A DTC D-flow (`D0379`) and its fate at MHHS go-live.
public struct DataFlow: Versioned, Exemptible, Equatable {
  public static let kind = EntityKind.dataflow

  public enum Ownership: String, Sendable, CaseIterable { case BSC, MRA, REC, DCUSA }

  public var id: Located<String>
  public var version: Located<String>?
  public var name: Located<String>?
  public var ownership: Located<Ownership>?
  public var routes: LocatedList<Route>?
  public var mhhs: Located<MHHSFate>?
  public var scenarioVariants: LocatedList<ScenarioVariant>?
  public var exemptions: LocatedList<Exemption>?
  public var history: LocatedList<HistoryEntry>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
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
