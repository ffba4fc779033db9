/// The `pattern`s of a catalogue's payload definitions — data types, data items and block
/// fields defined in place — each distinct source compiled once. The published DIP shares a
/// handful of patterns among dozens of data types (`DT-022` and `DT-022N`, every decimal
/// type), so a run compiles each of them once, not once per use.
public struct PayloadPatterns: Sendable {
  private var compiled: [String: Result<Pattern, PatternError>] = [:]

  /// Compiles every distinct pattern of `catalogue`'s payload definitions.
  public init(_ catalogue: Catalogue) {
    func add(_ source: String?) {
      guard let source, compiled[source] == nil else { return }
      compiled[source] = Self.compiling(source)
    }
    for type in catalogue.dataTypes { add(type.pattern?.value) }
    for item in catalogue.dataItems { add(item.pattern?.value) }
    for block in catalogue.blocks {
      for field in block.fields?.value ?? [] { add(field.value.pattern?.value) }
    }
  }

  /// The compiled pattern, or why it cannot be compiled. A source that is not in the catalogue
  /// is compiled now.
  public func pattern(_ source: String) -> Result<Pattern, PatternError> {
    compiled[source] ?? Self.compiling(source)
  }

  /// How many distinct patterns were compiled.
  public var count: Int { compiled.count }

  private static func compiling(_ source: String) -> Result<Pattern, PatternError> {
    Result { () throws(PatternError) in try Pattern(compiling: source) }
  }
}
