/// A release or milestone (`M5`, `IR7`).
public struct Release: Entity, Equatable {
  public static let kind = EntityKind.release

  public var id: Located<String>
  public var name: Located<String>?
  public var date: Located<CalendarDate>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }
}

/// A period in which only material changes progress.
public struct Freeze: Sendable, Equatable {
  public var from: Located<CalendarDate>?
  public var until: Located<CalendarDate>?
  public var note: Located<String>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(origin: Origin) {
    self.origin = origin
  }

  /// Whether `date` falls inside the freeze (both ends included; no `until` means still in force).
  public func contains(_ date: CalendarDate) -> Bool {
    guard let from = from?.value, date >= from else { return false }
    return until.map { date <= $0.value } ?? true
  }
}

/// A market role (`SDS`), with the names other sources use for it.
public struct Role: Entity, Equatable {
  public static let kind = EntityKind.role

  public var id: Located<String>
  public var name: Located<String>?
  public var aliases: LocatedList<String>?
  public var sources: LocatedList<String>?
  public var origin: Origin

  public init(id: Located<String>, origin: Origin) {
    self.id = id
    self.origin = origin
  }
}

/// `catalogue.json`.
public struct Manifest: Sendable, Equatable {
  public var format: Located<Int>?
  public var name: Located<String>?
  public var description: Located<String>?
  public var origin: Origin

  public init(origin: Origin) {
    self.origin = origin
  }
}
