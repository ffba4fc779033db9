import MHHSCatalogue

/// Payload changes in words, for messages and reports.
public enum PayloadText {
  /// `S1 → DI-995 → DT-995`, prefixed `variant 2 of 3: ` when the interface has several
  /// variants and not all of them reach the entity.
  public static func via(_ route: PayloadRoute) -> String {
    let path = route.via.joined(separator: " → ")
    guard route.variantCount > 1, route.variants.count < route.variantCount else { return path }
    let which = route.variants.map(String.init).joined(separator: ", ")
    return "variant\(route.variants.count == 1 ? "" : "s") \(which) of \(route.variantCount): \(path)"
  }

  /// "reaches 1 interface: REP-900 (via …)", "reaches 58 interfaces: IF-001, IF-002, IF-003,
  /// IF-004, IF-005 and 53 more", "reaches no interface's payload in this catalogue".
  public static func reaches(_ routes: [PayloadRoute], shown: Int = 5) -> String {
    switch routes.count {
    case 0: return "reaches no interface's payload in this catalogue"
    case 1: return "reaches 1 interface: \(routes[0].interface) (via \(via(routes[0])))"
    default:
      let ids = routes.prefix(shown).map(\.interface).joined(separator: ", ")
      let more = routes.count > shown ? " and \(routes.count - shown) more" : ""
      return "reaches \(routes.count) interfaces: \(ids)\(more)"
    }
  }

  /// What changed in an entity's wire fields, in one phrase: "`nullable` true → false",
  /// "added" for a new entity; at most `shown` fields, then how many more.
  public static func fields(_ change: EntityChange, shown: Int = 2) -> String {
    if change.change == .added { return "added" }
    if change.change == .removed { return "removed" }
    let fields = change.payload?.wireFields ?? change.contentFields
    let listed = fields.prefix(shown).map { "`\($0.displayName)` \(describe($0))" }
    let more = fields.count > shown ? " and \(fields.count - shown) more" : ""
    return listed.joined(separator: "; ") + more
  }

  /// A field change in words; with long values (patterns) only whether it was added, removed
  /// or changed (the reports list the values).
  static func describe(_ field: FieldChange) -> String {
    guard DiffText.describe(field).count > 60 else { return DiffText.describe(field, quote: DiffText.code) }
    return field.old == nil ? "added" : field.new == nil ? "removed" : "changed"
  }

  /// "DT-995 Sender Unique Reference".
  public static func entity(_ change: EntityChange) -> String {
    change.id + (change.name.map { " \($0)" } ?? "")
  }
}
