import MHHSCatalogue

/// `mhhs lint` for an editor, which checks the catalogue again after every edit: after an edit
/// to one entity's file that keeps every id, rules of ``RuleLocality/entity`` locality run
/// again only on the entities one reference away from the edited one, the other rules in full,
/// and the findings go through the pipeline again. The result equals ``Linter/lint(_:options:today:)``
/// on the edited catalogue (tested on every rule's examples).
public struct IncrementalLinter: Sendable {
  public let linter: Linter
  public let options: LintOptions
  public let today: CalendarDate
  /// The catalogue last checked.
  private var checked: Catalogue?
  /// What each rule that runs before the others found in it, in rule order.
  private var found: [[Finding]] = []
  /// What the rules that judge the others' findings found.
  private var foundLater: [Finding] = []
  /// Who names whom in `checked`, made on the first edit.
  private var neighbours: Neighbours?
  /// The files (as findings name them) whose findings the last lint may have changed; `nil`
  /// after a lint of the whole catalogue, when any may have. A file not listed has the
  /// findings it had before, suppressions included (tested).
  public private(set) var changedFiles: Set<String>?

  public init(linter: Linter, options: LintOptions, today: CalendarDate) {
    self.linter = linter
    self.options = options
    self.today = today
  }

  /// Lints the whole catalogue.
  public mutating func lint(_ catalogue: Catalogue) throws(LintError) -> LintResult {
    let run = try LintRun(linter.rules, catalogue, options: options, today: today)
    found = Parallel.map(run.enabled.filter { !$0.runsAfterOtherRules }) { rule in
      var context = run.context
      context.ruleID = rule.description.id
      return rule.check(catalogue, context)
    }
    checked = catalogue
    neighbours = nil
    changedFiles = nil
    return run.finish(collectLater(run, catalogue), catalogue)
  }

  /// Every finding, with what the later rules find now.
  private mutating func collectLater(_ run: LintRun, _ catalogue: Catalogue) -> [Finding] {
    let all = Linter.collectLater(run.enabled, catalogue, run.context, after: found)
    foundLater = Array(all.suffix(all.count - found.reduce(0) { $0 + $1.count }))
    return all
  }

  /// Lints `catalogue`, which differs from the one last checked by `edit` to one file.
  public mutating func lint(_ catalogue: Catalogue, after edit: EditedCatalogue.FileEdit) throws(LintError)
    -> LintResult
  {
    guard let previous = checked, let focus = focus(of: edit, from: previous, to: catalogue) else {
      return try lint(catalogue)
    }
    let payloadsChanged = (edit.before + edit.after).contains {
      Self.changesPayloads($0, from: previous, to: catalogue)
    }
    let run = try LintRun(linter.rules, catalogue, options: options, today: today)
    let earlier = run.enabled.filter { !$0.runsAfterOtherRules }
    // Each rule's findings, and the files whose findings it changed beyond the focus's own.
    let results = Parallel.map(Array(zip(earlier, found))) { rule, before -> ([Finding], Set<String>) in
      var context = run.context
      context.ruleID = rule.description.id
      switch rule.locality {
      case .catalogue: return Self.rerun(rule, catalogue, context, before)
      case .payloadDefinitions:
        return payloadsChanged ? Self.rerun(rule, catalogue, context, before) : (before, [])
      case .entity:
        context.focus = focus
        return (before.filter { !focus.contains($0.entityID ?? "") } + rule.check(catalogue, context), [])
      }
    }
    found = results.map(\.0)
    var files = results.reduce(into: Set<String>()) { $0.formUnion($1.1) }
    // Only the edited file's entities can have come or gone; the others are where they were.
    for id in focus { files.formUnion(Self.files(of: id, in: catalogue)) }
    for key in edit.before { files.formUnion(Self.files(of: key.id, in: previous)) }
    let laterBefore = foundLater
    let all = collectLater(run, catalogue)
    files.formUnion(Set(laterBefore).symmetricDifference(foundLater).map(\.location.file))
    checked = catalogue
    changedFiles = files
    return run.finish(all, catalogue)
  }

  /// A rule run again in full, and the files of the findings it changed: the findings found
  /// only before or only now, looked for between the longest common start and end of the two
  /// lists (a rule mostly walks the catalogue in the same order, so an edit changes a run in
  /// the middle).
  private static func rerun(
    _ rule: any Rule, _ catalogue: Catalogue, _ context: RuleContext, _ before: [Finding]
  ) -> ([Finding], Set<String>) {
    let now = rule.check(catalogue, context)
    var start = 0
    while start < before.count && start < now.count && before[start] == now[start] { start += 1 }
    var (endBefore, endNow) = (before.count, now.count)
    while endBefore > start && endNow > start && before[endBefore - 1] == now[endNow - 1] {
      endBefore -= 1
      endNow -= 1
    }
    // Rules that group through a dictionary may list the same findings in another order.
    let changed = Set(before[start..<endBefore]).symmetricDifference(now[start..<endNow])
    return (now, Set(changed.map(\.location.file)))
  }

  /// The files of the entities with this id (one per kind at most).
  private static func files(of id: String, in catalogue: Catalogue) -> [String] {
    [
      catalogue.interface(id)?.origin.file, catalogue.dataflow(id)?.origin.file,
      catalogue.nfr(id)?.origin.file,
      catalogue.changeRequest(id)?.origin.file, catalogue.role(id)?.origin.file,
      catalogue.release(id)?.origin.file, catalogue.dataType(id)?.origin.file,
      catalogue.dataItem(id)?.origin.file, catalogue.block(id)?.origin.file,
    ].compactMap { $0 }
  }

  /// Whether editing `key` changed a payload definition or the blocks an interface's payload
  /// names.
  private static func changesPayloads(_ key: EntityKey, from previous: Catalogue, to catalogue: Catalogue)
    -> Bool
  {
    switch key.kind {
    case .dataType, .dataItem, .block: return true
    case .interface:
      func blocks(_ interface: Interface?) -> [[String]]? {
        interface?.payload?.value.map { ($0.value.blocks?.value ?? []).map(\.value.block.value) }
      }
      return blocks(previous.interface(key.id)) != blocks(catalogue.interface(key.id))
    default: return false
    }
  }

  /// The ids of the entities whose findings `edit` can change: the edited entity and those one
  /// reference away from it, before or after, and when the edit changed which ids exist, those
  /// naming an id that none has; `nil` when the edit calls for a full check (it touched the
  /// roles, releases or manifest, or a file of more than one entity).
  private mutating func focus(
    of edit: EditedCatalogue.FileEdit, from previous: Catalogue, to catalogue: Catalogue
  ) -> Set<String>? {
    let keys = Array(Set(edit.before + edit.after))
    guard !keys.isEmpty, edit.before.count <= 1, edit.after.count <= 1,
      !keys.contains(where: { [.role, .release].contains($0.kind) })
    else { return nil }
    // Taken out while changed, so that the change does not copy it.
    var neighbours = self.neighbours.take() ?? Neighbours(previous)
    var focus = Set(keys.map(\.id))
    for key in keys {
      focus.formUnion(neighbours.named(by: key))
      neighbours.replace(key, in: catalogue)
      focus.formUnion(neighbours.named(by: key))
      focus.formUnion(neighbours.naming(key.id))
    }
    if edit.before != edit.after {
      // Which ids exist changed (a file left unreadable mid-edit, an id renamed): what a
      // reference to a missing id is told is nearest may change as well.
      focus.formUnion(neighbours.namingMissing(in: catalogue))
    }
    self.neighbours = neighbours
    return focus
  }
}
