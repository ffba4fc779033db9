import MHHSCatalogue
import MHHSLint

/// Everything a reporter needs: the tool, what was checked, the findings and the rules.
public struct Report: Sendable {
  public struct Tool: Sendable {
    public var name: String
    public var version: String
    public var informationURI: String

    public init(name: String, version: String, informationURI: String) {
      self.name = name
      self.version = version
      self.informationURI = informationURI
    }
  }

  public var tool: Tool
  /// The catalogue directory as the user named it.
  public var catalogue: String
  public var result: LintResult
  /// The descriptions of the rules that ran, by id.
  public var rules: [RuleDescription]
  /// For the text format with `--quiet`: list only findings that reach this threshold.
  public var quietThreshold: FailThreshold?
  /// The run the report is of, after the tool's name: `lint catalogue`, `diff git:main catalogue`.
  public var command: String

  public init(
    tool: Tool, catalogue: String, result: LintResult, rules: [RuleDescription],
    quietThreshold: FailThreshold? = nil, command: String? = nil
  ) {
    self.tool = tool
    self.catalogue = catalogue
    self.result = result
    self.rules = rules
    self.quietThreshold = quietThreshold
    self.command = command ?? "lint \(catalogue)"
  }

  /// Unsuppressed findings, in report order.
  public var activeFindings: [Finding] { result.findings.filter { !$0.isSuppressed } }
}

/// Turns a report — a lint ``Report`` or a ``DiffReport`` — into text in one format. Pure: no
/// I/O.
public protocol Reporter<Input>: Sendable {
  associatedtype Input
  func render(_ report: Input) -> String
  /// ``render(_:)`` as UTF-8 bytes: the JSON formats write bytes, and hand them over without
  /// turning megabytes into a `String` and back.
  func renderBytes(_ report: Input) -> [UInt8]
}

extension Reporter {
  public func renderBytes(_ report: Input) -> [UInt8] { Array(render(report).utf8) }
}

/// The lint report formats, by the name used on the command line.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case json
  case sarif
  case junit
  case github
  case markdown
  case html
  case codeclimate

  public var reporter: any Reporter<Report> {
    switch self {
    case .text: TextReporter(colour: false)
    case .json: JSONReporter()
    case .sarif: SARIFReporter()
    case .junit: JUnitReporter()
    case .github: GitHubReporter()
    case .markdown: MarkdownReporter()
    case .html: HTMLReporter()
    case .codeclimate: CodeClimateReporter()
    }
  }
}
