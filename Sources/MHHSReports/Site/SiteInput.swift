import MHHSCatalogue
import MHHSLint

/// What a site is made from: the catalogue, the findings `mhhs lint` would report on it (with
/// the same ruleset, baseline and release), and the rules that ran.
public struct SiteInput: Sendable {
  public var catalogue: Catalogue
  public var result: LintResult
  public var rules: [RuleDescription]
  public var tool: Report.Tool

  public init(catalogue: Catalogue, result: LintResult, rules: [RuleDescription], tool: Report.Tool) {
    self.catalogue = catalogue
    self.result = result
    self.rules = rules
    self.tool = tool
  }
}
