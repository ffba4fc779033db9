/// The built-in rules, in the order of the rule reference.
public enum BuiltinRules {
  public static let all: [any Rule] = [
    InvalidJSONRule(), SchemaRule(), DuplicateIDRule(), FileNameRule(), IDFormatRule(),
    UnknownReferenceRule(),
    MissingErrorResponseTimeRule(), MissingResponseTimesRule(), ResponseTimeMismatchRule(),
    ExemptionWithoutDecisionRule(), ExemptionExpiredRule(), UnusedExemptionRule(),
    MissingDispositionRule(), RemovedWithoutReplacementRule(), RetainedWithoutRationaleRule(),
    NewDTCFlowRule(),
    ReplacementNotDIPRule(), MappingAsymmetricRule(),
    DTNOutlierRule(), ApprovedWithoutReleaseRule(), CitesRejectedRule(), AfterFreezeRule(),
    VersionFormatRule(), HistoryMismatchRule(), ChangeWithoutReferenceRule(), MissingTimeBasisRule(),
    MissingCodeDraftingNameRule(),
    MissingPayloadRule(), EventNotCoveredRule(), UnusedPayloadDefinitionRule(), UnboundedStringRule(),
    InvalidExampleRule(), InvalidPatternRule(),
  ]

  /// The rules that do not run over one catalogue — the diff rules of `mhhs diff` and the
  /// baseline's stale-entry rule — so that rulesets, exemptions and `mhhs rules` know them too.
  public static var otherDescriptions: [RuleDescription] {
    DiffRules.all.map(\.description) + [Baseline.staleEntryRule]
  }

  /// Every rule the tool knows, in reference order.
  public static var allDescriptions: [RuleDescription] {
    all.map(\.description) + otherDescriptions
  }
}
