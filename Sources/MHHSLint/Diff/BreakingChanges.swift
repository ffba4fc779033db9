import MHHSCatalogue

/// A change that can break the parties who send or receive an entity.
struct BreakingChange {
  /// What changed, starting with the entity id ("IF-021 no longer carries event ReactivePower").
  var what: String
  var field: FieldChange?
}

/// The breaking changes of one entity change: removal (rather than withdrawal); a changed
/// sender, receiver, transport or route; removed events; a changed or dropped `schemaVersion`;
/// a longer or dropped response time; a changed D-flow disposition.
enum BreakingChanges {
  static func of(_ change: EntityChange) -> [BreakingChange] {
    let id = change.id
    if change.change == .removed {
      return [BreakingChange(what: "\(change.kind.displayName) \(id) was removed", field: nil)]
    }
    guard change.change == .changed else { return [] }
    var found: [BreakingChange] = []
    for field in change.fields {
      let name = "`\(field.displayName)`"
      switch (change.kind, field.pointer) {
      case (.interface, "/from"), (.interface, "/to"), (.interface, "/transport"), (.dataflow, "/routes"):
        found.append(BreakingChange(what: "\(id) changed \(name): \(DiffText.describe(field))", field: field))
      case (.interface, "/events"):
        let removed = field.new == nil ? elements(field.old) : field.removed
        if !removed.isEmpty {
          let noun = removed.count == 1 ? "event" : "events"
          found.append(
            BreakingChange(what: "\(id) no longer carries \(noun) \(DiffText.list(removed))", field: field))
        }
      case (.interface, "/schemaVersion"):
        if let old = field.old {
          let what =
            field.new.map {
              "\(id) changed `schemaVersion` from \(DiffText.value(old)) to \(DiffText.value($0))"
            }
            ?? "\(id) no longer states a `schemaVersion` (was \(DiffText.value(old)))"
          found.append(BreakingChange(what: what, field: field))
        }
      case (.dataflow, "/mhhs/disposition"):
        if let old = field.old {
          let new = field.new.map { DiffText.value($0) } ?? "none"
          found.append(
            BreakingChange(
              what: "\(id) changed its MHHS disposition from \(DiffText.value(old)) to \(new)", field: field))
        }
      case (.interface, _)
      where field.pointer.hasPrefix("/responseTimes/") && field.pointer.hasSuffix("/within"),
        (.nfr, "/responseTime"):
        let parts = field.displayName.split(separator: ".")
        let what = parts.count == 3 ? "\(parts[1]) response time" : "response time"
        if let longer = longer(field) {
          found.append(BreakingChange(what: "\(id)'s \(what) got longer: \(longer)", field: field))
        } else if let old = field.old, field.new == nil {
          found.append(
            BreakingChange(
              what: "\(id) no longer sets its \(what) (was \(DiffText.value(old)))", field: field))
        }
      default: break
      }
    }
    return found
  }

  private static func elements(_ value: JSON?) -> [JSON] {
    guard case .array(let a)? = value else { return [] }
    return a
  }

  /// `PT6S → PT10S` when the new duration is certainly longer than the old one.
  private static func longer(_ field: FieldChange) -> String? {
    guard case .string(let o)? = field.old, case .string(let n)? = field.new,
      let old = ISODuration(o), let new = ISODuration(n), new.isLonger(than: old)
    else { return nil }
    return "\(o) → \(n)"
  }
}
