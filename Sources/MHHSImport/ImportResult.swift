import MHHSCatalogue

/// What an importer read from a published source: the entities to merge into a catalogue
/// (``ImportMerger``), and what was noticed on the way.
///
/// Every importer has the same shape, `static func read(_ path: String, …) throws(ImportError)
/// -> ImportResult`, where `…` is what that source needs beyond its path (the CSV's entity kind,
/// the DTC's role aliases and flow selection); an unreadable source is an ``ImportError``, a
/// readable one with gaps is a result with problems.
public struct ImportResult: Sendable, Equatable {
  public var entities: [ImportedEntity]
  public var problems: [ImportProblem]

  public init(entities: [ImportedEntity], problems: [ImportProblem]) {
    self.entities = entities
    self.problems = problems
  }
}
