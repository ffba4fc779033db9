import MHHSCatalogue

/// The side of an interface that a payload change breaks.
public enum BreakingSide: String, Sendable, CaseIterable {
  /// Narrowing: a message a sender built to the old definition may now be rejected.
  case senders
  /// Widening: a receiver built to the old definition may now get a message it cannot read.
  case receivers
  /// A change of type: both.
  case both

  /// "senders", "receivers", "senders and receivers".
  public var wording: String { self == .both ? "senders and receivers" : rawValue }
}

/// One change to a data type's, data item's or block's definition that breaks one side.
public struct PayloadBreak: Sendable, Equatable {
  public var field: FieldChange
  public var side: BreakingSide
  /// The constraint or field that changed: "`nullable`", "`registers.required`", "field `registers`".
  public var constraint: String
  /// The change in words: "`nullable` true → false", "`pattern` added", "new required field
  /// `registers`".
  public var what: String

  public init(field: FieldChange, side: BreakingSide, constraint: String, what: String) {
    self.field = field
    self.side = side
    self.constraint = constraint
    self.what = what
  }
}

/// What a change to a data type, data item or block means for the interfaces that carry it.
public struct PayloadImpact: Sendable {
  /// The field changes that change what goes on the wire: not `name`, `description` or
  /// `example` (documentation), `sources` (provenance) or the versioning.
  public var wireFields: [FieldChange]
  /// The wire changes that break one side, one per changed constraint.
  public var breaks: [PayloadBreak]
  /// The interfaces whose payload reaches the entity, in id order: in the new catalogue, or in
  /// the old one for a removed entity. Empty for an interface's own payload.
  public var reaches: [PayloadRoute]

  public init(wireFields: [FieldChange], breaks: [PayloadBreak], reaches: [PayloadRoute]) {
    self.wireFields = wireFields
    self.breaks = breaks
    self.reaches = reaches
  }

  /// The kinds a payload is built from.
  public static let kinds: Set<EntityKind> = [.dataType, .dataItem, .block]

  /// Fields that document an entity without changing what is sent.
  static let documentation: Set<String> = ["name", "description", "example", "sources", "version", "history"]

  /// The impact of `change` (a data type, data item or block), reaching interfaces by `users`.
  static func of(_ change: EntityChange, users: PayloadUsers) -> PayloadImpact {
    let wire =
      change.change == .removed
      ? []
      : change.fields.filter { field in
        !documentation.contains(field.field) && !(field.path.map(isDocumentationMember) ?? false)
      }
    let breaks = change.change == .changed ? wire.compactMap(PayloadBreaks.classify) : []
    return PayloadImpact(wireFields: wire, breaks: breaks, reaches: users.routes(to: change.kind, change.id))
  }

  /// A block field's `example` (`fields.x.example`) documents, like an entity's.
  private static func isDocumentationMember(_ path: String) -> Bool {
    path.split(separator: ".").count == 3 && path.hasSuffix(".example")
  }
}

/// Which side each changed constraint breaks (`design/payloads.md`): narrowing breaks senders,
/// widening breaks receivers, a change of type breaks both.
enum PayloadBreaks {
  static func classify(_ field: FieldChange) -> PayloadBreak? {
    // A block field: `fields.<name>` (added or removed whole) or `fields.<name>.<member…>`.
    let parts = field.displayName.split(separator: ".", maxSplits: 2).map(String.init)
    if field.path != nil, parts.count == 2 {
      let name = "`\(parts[1])`"
      if field.old == nil {
        let required = field.new?["required"] == .string("true")
        return PayloadBreak(
          field: field, side: required ? .senders : .receivers, constraint: "field \(name)",
          what: required ? "new required field \(name)" : "new optional field \(name)")
      }
      return PayloadBreak(
        field: field, side: .receivers, constraint: "field \(name)", what: "field \(name) removed")
    }
    let member = field.path != nil && parts.count == 3 ? parts[2] : String(field.pointer.dropFirst())
    let label = field.path != nil && parts.count == 3 ? "`\(parts[1]).\(member)`" : "`\(member)`"
    guard let side = side(member, field) else { return nil }
    return PayloadBreak(
      field: field, side: side, constraint: label,
      what: "\(label) \(DiffText.describe(field, quote: DiffText.code))")
  }

  /// The side a change to constraint `member` breaks, or `nil` when it breaks none.
  static func side(_ member: String, _ field: FieldChange) -> BreakingSide? {
    let (old, new) = (field.old, field.new)
    switch member {
    case "type", "dataType", "item", "block", "list":
      return .both
    case "nullable", "required":
      // Nullable: `true` widens; required: `true` narrows.
      let was = old == .string("true")
      let now = new == .string("true")
      if was == now { return nil }
      return (member == "required") == now ? .senders : .receivers
    case "minLength", "minimum", "list.min":
      return bound(old, new, narrowsWhenHigher: true)
    case "maxLength", "maximum", "list.max":
      return bound(old, new, narrowsWhenHigher: false)
    case "pattern":
      return new == nil ? .receivers : .senders
    case "format", "multipleOf":
      return old == nil ? .senders : new == nil ? .receivers : .both
    case "enum":
      if old == nil { return .senders }
      if new == nil { return .receivers }
      let (added, removed) =
        field.isSet ? (field.added, field.removed) : CatalogueDiff.setDifference(old, new)
      switch (added.isEmpty, removed.isEmpty) {
      case (true, true): return nil
      case (true, false): return .senders
      case (false, true): return .receivers
      case (false, false): return .both
      }
    default:
      return nil
    }
  }

  /// A lower or upper bound: added or moved inwards narrows (senders), dropped or moved
  /// outwards widens (receivers).
  static func bound(_ old: JSON?, _ new: JSON?, narrowsWhenHigher: Bool) -> BreakingSide? {
    func number(_ value: JSON?) -> Double? {
      switch value {
      case .string(let s)?: Double(s)
      case .number(let n)?: Double(n)
      default: nil
      }
    }
    switch (number(old), number(new)) {
    case (nil, nil): return nil
    case (nil, _): return .senders
    case (_, nil): return .receivers
    case (let o?, let n?):
      if o == n { return nil }
      return (n > o) == narrowsWhenHigher ? .senders : .receivers
    }
  }
}
