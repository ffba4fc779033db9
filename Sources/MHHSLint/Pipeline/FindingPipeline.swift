import MHHSCatalogue

/// What every finding of `mhhs lint` and `mhhs diff` goes through once a rule has made it:
/// limit → configure → fingerprint → suppress (exemptions, then the baseline) → order. Lint and
/// diff differ only in how they collect findings (rules over one catalogue, or over the
/// differences between two) and in the settings they give here.
struct FindingPipeline: Sendable {
  var settings: FindingSettings
  /// The display prefixes (directory and slash) of the catalogues the findings are in, so that
  /// fingerprints do not depend on where a catalogue is.
  var cataloguePrefixes: [String]
  var exemptions: ExemptionIndex
  var baseline: BaselineFile?
  /// Every rule id a baseline entry may name without being reported as unknown: the rules of
  /// the run, on or off, and the rules of the other command.
  var knownRules: Set<String>

  func run(_ findings: consuming [Finding]) -> [Finding] {
    findings = FindingLimit.apply(findings)
    findings = finish(findings)
    if let baseline {
      // `baseline/stale-entry` counts as run: an entry for it can never match, so it is stale.
      let stale = Baseline.staleEntryRule.id
      let scope = Baseline.Scope(
        knownRules: knownRules.union([stale]), ranRules: Set(settings.rules.keys).union([stale]),
        skippedEntities: settings.excludedEntities)
      findings = baseline.baseline.apply(to: findings, file: baseline.path, scope: scope)
    }
    Finding.sortInReportOrder(&findings)
    return findings
  }

  /// Configure, fingerprint and exemptions, which look at one finding at a time: done in parts
  /// on all cores.
  private func finish(_ findings: [Finding]) -> [Finding] {
    let partSize = max(1_024, (findings.count + 7) / 8)
    let parts = stride(from: 0, to: findings.count, by: partSize).map {
      $0..<min($0 + partSize, findings.count)
    }
    let finished = Parallel.map(parts) { part in
      var part = settings.apply(findings[part])
      Fingerprint.assign(&part, prefixes: cataloguePrefixes)
      exemptions.suppress(&part)
      return part
    }
    var all: [Finding] = []
    all.reserveCapacity(finished.reduce(0) { $0 + $1.count })
    for part in finished { all += part }
    return all
  }
}
