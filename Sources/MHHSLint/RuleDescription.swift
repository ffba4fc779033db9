import MHHSCatalogue

/// What a rule is, why it exists and how it behaves: at once its documentation (`mhhs explain`,
/// `mhhs rules`) and its test suite (every example is run by the tests).
public struct RuleDescription: Sendable {
  public var id: String
  public var summary: String
  /// Why the rule exists, citing where it comes from.
  public var rationale: String
  /// The DAG decisions and actions, design principles and change requests behind the rule.
  public var sources: [String]
  public var defaultSeverity: Severity
  public var examples: [RuleExample]

  public init(
    id: String, summary: String, rationale: String, sources: [String], defaultSeverity: Severity,
    examples: [RuleExample]
  ) {
    self.id = id
    self.summary = summary
    self.rationale = rationale
    self.sources = sources
    self.defaultSeverity = defaultSeverity
    self.examples = examples
  }
}

/// A tiny catalogue on which a rule must fire (on `entity`), or must not.
public struct RuleExample: Sendable {
  public enum Expectation: Sendable, Equatable {
    /// The rule fires on this entity (or, when `nil`, on a file with no readable id).
    case triggers(entity: String?)
    case passes
  }

  public var expectation: Expectation
  /// What the example shows, in a few words.
  public var title: String
  /// Files by path inside the catalogue. Files not given come from ``RuleExample/baseFiles``.
  public var files: [String: String]
  /// The date exemptions are judged against.
  public var asOf: String
  /// Check as of this release.
  public var release: String?
  /// For diff rules: the old catalogue's files (over the base files); `files` is then the new one.
  public var old: [String: String]? = nil

  public init(
    _ expectation: Expectation, _ title: String, files: [String: String], asOf: String = "2024-06-01",
    release: String? = nil
  ) {
    self.expectation = expectation
    self.title = title
    self.files = files
    self.asOf = asOf
    self.release = release
  }

  public static func triggers(
    _ entity: String?, _ title: String, _ files: [String: String], asOf: String = "2024-06-01",
    release: String? = nil
  ) -> RuleExample {
    RuleExample(.triggers(entity: entity), title, files: files, asOf: asOf, release: release)
  }

  public static func passes(
    _ title: String, _ files: [String: String], asOf: String = "2024-06-01", release: String? = nil
  ) -> RuleExample {
    RuleExample(.passes, title, files: files, asOf: asOf, release: release)
  }

  /// The manifest, roles and releases every example starts from.
  public static let baseFiles: [String: String] = [
    "catalogue.json": #"{ "format": 1, "name": "Example" }"#,
    "roles.json": #"""
    { "roles": [
      { "id": "SDS", "name": "Smart Data Service" },
      { "id": "ADS", "name": "Advanced Data Service" },
      { "id": "SUP", "name": "Supplier" },
      { "id": "LSS", "name": "Load Shaping Service" },
      { "id": "MDS", "name": "Market-wide Data Service" },
      { "id": "REGS", "name": "Registration Service" }
    ] }
    """#,
    "releases.json": #"""
    { "releases": [
      { "id": "M5", "name": "Physical design baseline", "date": "2022-10-31" },
      { "id": "IR7", "name": "Interim Release 7", "date": "2024-01-31" },
      { "id": "IR8", "name": "Interim Release 8" }
    ],
      "freezes": [ { "from": "2023-12-06", "note": "change freeze: material changes only" } ] }
    """#,
  ]

  /// The example's files over the base files, ready to load.
  public var catalogueFiles: [CatalogueLoader.File] {
    RuleExample.baseFiles.merging(files) { _, own in own }.map { CatalogueLoader.File($0.key, $0.value) }
  }
}
