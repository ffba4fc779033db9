/// A non-functional requirement (`E2E1009`).
public struct NFR: Entity, Equatable {
  public static let kind = EntityKind.nfr

  public var id: Located<String>
  public var title: Located<String>?
  public var category: Located<String>?
  public var responseTime: Located<ISODuration>?
  public var appliesTo: Located<AppliesTo>?
  public var exemptions: LocatedList<PartyExemption>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }

  public struct AppliesTo: Sendable, Equatable {
    public var interfaces: LocatedList<String>?
    public var validationLevels: LocatedList<Int>?

    public init() {}
  }
}

/// A party excused from an NFR (CR034: Elexon Helix for Level 4 validation).
public struct PartyExemption: Sendable, Equatable {
  public var party: Located<String>?
  public var scope: Located<String>?
  public var changeRequest: Located<String>?
  public var decision: Located<String>?
  public var release: Located<String>?

  public init() {}
}
