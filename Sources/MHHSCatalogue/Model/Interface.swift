/// An MHHS interface (`IF-021`) or a report published over the DIP (`REP-002A`).
///
/// Fields that the format requires are optional here: when one is missing or malformed the
/// loader reports a `catalogue/schema` finding and leaves it `nil`, and rules skip it.
@dynamicMemberLookup
public struct Interface: Versioned, Exemptible, Equatable {
  public static let kind = EntityKind.interface

  public enum Status: String, Sendable, CaseIterable { case draft, active, withdrawn }
  public enum Transport: String, Sendable, CaseIterable { case dip, dtn, file, other }
  public enum TimeBasis: String, Sendable, CaseIterable { case utc, clock }

  /// The fields of an interface, read and written on the interface itself (`interface.name`). They are kept in
  /// one shared box (``Shared``), as every rule goes through every interface.
  public struct Fields: Sendable, Equatable {
    public var id: Located<String>
    public var name: Located<String>? = nil
    public var version: Located<String>? = nil
    public var status: Located<Status>? = nil
    public var transport: Located<Transport>? = nil
    public var from: LocatedList<String>? = nil
    public var to: LocatedList<String>? = nil
    public var events: LocatedList<String>? = nil
    public var schemaVersion: Located<String>? = nil
    public var process: Located<String>? = nil
    public var responseTimes: Located<ResponseTimes>? = nil
    public var timeBasis: Located<TimeBasis>? = nil
    public var codeDraftingName: Located<String>? = nil
    public var replaces: LocatedList<String>? = nil
    public var introducedIn: Located<String>? = nil
    public var withdrawnIn: Located<String>? = nil
    /// What the interface carries: one entry per published payload variant.
    public var payload: LocatedList<PayloadVariant>? = nil
    public var exemptions: LocatedList<Exemption>? = nil
    public var history: LocatedList<HistoryEntry>? = nil
    public var sources: LocatedList<String>? = nil
    public var origin: Origin
  }

  @usableFromInline var fields: Shared<Fields>

  public init(id: Located<String>, origin: Origin) {
    self.init(Fields(id: id, origin: origin))
  }

  init(_ fields: Fields) {
    self.fields = Shared(fields)
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

  /// Not withdrawn.
  public var isActive: Bool { self.status?.value != .withdrawn }
}

/// The response times an interface promises.
public struct ResponseTimes: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable { case acknowledgement, success, error }

  public var acknowledgement: Located<ResponseTime>?
  public var success: Located<ResponseTime>?
  public var error: Located<ResponseTime>?

  public init() {}

  public subscript(kind: Kind) -> Located<ResponseTime>? {
    get {
      switch kind {
      case .acknowledgement: acknowledgement
      case .success: success
      case .error: error
      }
    }
    set {
      switch kind {
      case .acknowledgement: acknowledgement = newValue
      case .success: success = newValue
      case .error: error = newValue
      }
    }
  }
}

public struct ResponseTime: Sendable, Equatable {
  public var within: Located<ISODuration>?
  public var nfr: Located<String>?

  public init(within: Located<ISODuration>? = nil, nfr: Located<String>? = nil) {
    self.within = within
    self.nfr = nfr
  }
}
