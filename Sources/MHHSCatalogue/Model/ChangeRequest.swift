/// A change request to the design (`CR034`).
public struct ChangeRequest: Entity, Equatable {
  public static let kind = EntityKind.changeRequest

  public enum Status: String, Sendable, CaseIterable {
    case raised
    case impactAssessment = "impact-assessment"
    case approved, rejected, withdrawn, deferred, implemented

    /// Approved or implemented: a decision others may rest on.
    public var isApproved: Bool { self == .approved || self == .implemented }
  }

  public var id: Located<String>
  public var title: Located<String>?
  public var status: Located<Status>?
  public var raisedBy: Located<String>?
  public var decision: Located<String>?
  public var decidedOn: Located<CalendarDate>?
  public var release: Located<String>?
  public var affects: LocatedList<String>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }
}
