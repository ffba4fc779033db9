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
  ]
}
