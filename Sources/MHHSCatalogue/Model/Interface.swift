/// An MHHS interface (`IF-021`) or a report published over the DIP (`REP-002A`).
///
/// Fields that the format requires are optional here: when one is missing or malformed the
/// loader reports a `catalogue/schema` finding and leaves it `nil`, and rules skip it.
public struct Interface: Versioned, Exemptible, Equatable {
  public static let kind = EntityKind.interface

  public enum Status: String, Sendable, CaseIterable { case draft, active, withdrawn }
  public enum Transport: String, Sendable, CaseIterable { case dip, dtn, file, other }
  public enum TimeBasis: String, Sendable, CaseIterable { case utc, clock }

  public var id: Located<String>
  public var name: Located<String>?
  public var version: Located<String>?
  public var status: Located<Status>?
  public var transport: Located<Transport>?
  public var from: LocatedList<String>?
  public var to: LocatedList<String>?
  public var events: LocatedList<String>?
  public var schemaVersion: Located<String>?
  public var process: Located<String>?
  public var responseTimes: Located<ResponseTimes>?
  public var timeBasis: Located<TimeBasis>?
  public var codeDraftingName: Located<String>?
  public var replaces: LocatedList<String>?
  public var introducedIn: Located<String>?
  public var withdrawnIn: Located<String>?
  public var exemptions: LocatedList<Exemption>?
  public var history: LocatedList<HistoryEntry>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }

  /// Not withdrawn.
  public var isActive: Bool { status?.value != .withdrawn }
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
