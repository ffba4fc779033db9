import MHHSCatalogue

/// Reports the loader's issues of one kind as findings of the matching rule.
protocol LoaderIssueRule: BuiltinRule {
  static var issueKind: CatalogueIssue.Kind { get }
}

extension LoaderIssueRule {
  public func check(_ catalogue: Catalogue, _ context: RuleContext) -> [Finding] {
    catalogue.issues.filter { $0.kind == Self.issueKind }.map {
      Finding(
        ruleID: context.ruleID, severity: .error, message: $0.message, entityID: $0.entityID,
        location: $0.location, fix: $0.fix)
    }
  }
}
