/// A DTC D-flow (`D0379`) and its fate at MHHS go-live.
public struct DataFlow: Versioned, Exemptible, Equatable {
  public static let kind = EntityKind.dataflow

  public enum Ownership: String, Sendable, CaseIterable { case BSC, MRA, REC, DCUSA }

  // The fields live in one shared box, so that copying a D-flow (every rule iterates them all)
  // costs one reference count rather than one per field. Mutation copies a shared box first.
  struct Fields: Sendable, Equatable {
    var id: Located<String>
    var version: Located<String>? = nil
    var name: Located<String>? = nil
    var ownership: Located<Ownership>? = nil
    var routes: LocatedList<Route>? = nil
    var mhhs: Located<MHHSFate>? = nil
    var scenarioVariants: LocatedList<ScenarioVariant>? = nil
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
  public var version: Located<String>? {
    get { box.fields.version }
    _modify { yield &fields.version }
  }
  public var name: Located<String>? {
    get { box.fields.name }
    _modify { yield &fields.name }
  }
  public var ownership: Located<Ownership>? {
    get { box.fields.ownership }
    _modify { yield &fields.ownership }
  }
  public var routes: LocatedList<Route>? {
    get { box.fields.routes }
    _modify { yield &fields.routes }
  }
  public var mhhs: Located<MHHSFate>? {
    get { box.fields.mhhs }
    _modify { yield &fields.mhhs }
  }
  public var scenarioVariants: LocatedList<ScenarioVariant>? {
    get { box.fields.scenarioVariants }
    _modify { yield &fields.scenarioVariants }
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

  public static func == (lhs: DataFlow, rhs: DataFlow) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
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
