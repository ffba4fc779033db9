/// A problem found while reading a catalogue: a file that is not JSON, a value that does not
/// fit the format, an id declared twice. The lint engine reports these as findings.
public struct CatalogueIssue: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case invalidJSON = "catalogue/invalid-json"
    case schema = "catalogue/schema"
    case duplicateID = "catalogue/duplicate-id"
  }

  public var kind: Kind
  public var message: String
  /// The id of the entity concerned, when the file had a readable one.
  public var entityID: String?
  public var location: SourceLocation
  /// The change that resolves the issue, when there is exactly one.
  public var fix: QuickFix?

  public init(
    _ kind: Kind, _ message: String, entityID: String?, location: SourceLocation, fix: QuickFix? = nil
  ) {
    self.kind = kind
    self.message = message
    self.entityID = entityID
    self.location = location
    self.fix = fix
  }
}
