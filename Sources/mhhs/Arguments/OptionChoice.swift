import MHHSImport
import MHHSCatalogue
import MHHSLint
import MHHSReports

/// A closed set of values for an option (a format, a severity, a table) or a positional (an
/// import source). Help, errors and completions list them from `allCases`, in its order.
protocol OptionChoice: CaseIterable, Sendable {
  /// The value as written on the command line.
  var argument: String { get }
}

extension OptionChoice where Self: RawRepresentable, RawValue == String {
  var argument: String { rawValue }
}

extension OptionChoice {
  /// Every value as written on the command line.
  static var arguments: [String] { allCases.map(\.argument) }

  /// The value written as `argument`, if it is one.
  init?(argument: String) {
    guard let value = Self.allCases.first(where: { $0.argument == argument }) else { return nil }
    self = value
  }
}

extension ReportFormat: OptionChoice {}
extension DiffFormat: OptionChoice {}
extension MappingTable.Grouping: OptionChoice {}
extension MappingTable.Format: OptionChoice {}
extension GraphFormat: OptionChoice {}
extension RuleReference.Format: OptionChoice {}
extension CSVImporter.Kind: OptionChoice {}
extension FailThreshold: OptionChoice {
  var argument: String { name }
}
