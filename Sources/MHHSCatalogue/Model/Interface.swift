/// An MHHS interface (`IF-021`) or a report published over the DIP (`REP-002A`).
///
/// Fields that the format requires are optional here: when one is missing or malformed the
/// loader reports a `catalogue/schema` finding and leaves it `nil`, and rules skip it.
public struct Interface: Versioned, Exemptible, Equatable {
  public static let kind = EntityKind.interface

  public enum Status: String, Sendable, CaseIterable { case draft, active, withdrawn }
  public enum Transport: String, Sendable, CaseIterable { case dip, dtn, file, other }
  public enum TimeBasis: String, Sendable, CaseIterable { case utc, clock }

  // The fields live in one shared box, so that copying an interface (every rule iterates them all)
  // costs one reference count rather than one per field. Mutation copies a shared box first.
  struct Fields: Sendable, Equatable {
    var id: Located<String>
    var name: Located<String>? = nil
    var version: Located<String>? = nil
    var status: Located<Status>? = nil
    var transport: Located<Transport>? = nil
    var from: LocatedList<String>? = nil
    var to: LocatedList<String>? = nil
    var events: LocatedList<String>? = nil
    var schemaVersion: Located<String>? = nil
    var process: Located<String>? = nil
    var responseTimes: Located<ResponseTimes>? = nil
    var timeBasis: Located<TimeBasis>? = nil
    var codeDraftingName: Located<String>? = nil
    var replaces: LocatedList<String>? = nil
    var introducedIn: Located<String>? = nil
    var withdrawnIn: Located<String>? = nil
    var exemptions: LocatedList<Exemption>? = nil
    var history: LocatedList<HistoryEntry>? = nil
    var sources: LocatedList<String>? = nil
    var origin: Origin
  }

  final class Box: @unchecked Sendable {
    // Access is controlled by the struct (copy on write), so the runtime check is not needed.
    @exclusivity(unchecked) var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  private var fields: Fields {
    get { box.fields }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
      yield &box.fields
    }
  }

  public var id: Located<String> {
    get { box.fields.id }
    _modify { yield &fields.id }
  }
  public var name: Located<String>? {
    get { box.fields.name }
    _modify { yield &fields.name }
  }
  public var version: Located<String>? {
    get { box.fields.version }
    _modify { yield &fields.version }
  }
  public var status: Located<Status>? {
    get { box.fields.status }
    _modify { yield &fields.status }
  }
  public var transport: Located<Transport>? {
    get { box.fields.transport }
    _modify { yield &fields.transport }
  }
  public var from: LocatedList<String>? {
    get { box.fields.from }
    _modify { yield &fields.from }
  }
  public var to: LocatedList<String>? {
    get { box.fields.to }
    _modify { yield &fields.to }
  }
  public var events: LocatedList<String>? {
    get { box.fields.events }
    _modify { yield &fields.events }
  }
  public var schemaVersion: Located<String>? {
    get { box.fields.schemaVersion }
    _modify { yield &fields.schemaVersion }
  }
  public var process: Located<String>? {
    get { box.fields.process }
    _modify { yield &fields.process }
  }
  public var responseTimes: Located<ResponseTimes>? {
    get { box.fields.responseTimes }
    _modify { yield &fields.responseTimes }
  }
  public var timeBasis: Located<TimeBasis>? {
    get { box.fields.timeBasis }
    _modify { yield &fields.timeBasis }
  }
  public var codeDraftingName: Located<String>? {
    get { box.fields.codeDraftingName }
    _modify { yield &fields.codeDraftingName }
  }
  public var replaces: LocatedList<String>? {
    get { box.fields.replaces }
    _modify { yield &fields.replaces }
  }
  public var introducedIn: Located<String>? {
    get { box.fields.introducedIn }
    _modify { yield &fields.introducedIn }
  }
  public var withdrawnIn: Located<String>? {
    get { box.fields.withdrawnIn }
    _modify { yield &fields.withdrawnIn }
  }
  public var exemptions: LocatedList<Exemption>? {
    get { box.fields.exemptions }
    _modify { yield &fields.exemptions }
  }
  public var history: LocatedList<HistoryEntry>? {
    get { box.fields.history }
    _modify { yield &fields.history }
  }
  public var sources: LocatedList<String>? {
    get { box.fields.sources }
    _modify { yield &fields.sources }
  }
  public var origin: Origin {
    get { box.fields.origin }
    _modify { yield &fields.origin }
  }

  public init(id: Located<String>, origin: Origin) {
    box = Box(Fields(id: id, origin: origin))
  }

  public static func == (lhs: Interface, rhs: Interface) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
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
