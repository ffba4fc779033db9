import MHHSCatalogue

/// Which side each change to an interface's own `payload` breaks, thought through as for a
/// block's fields (``PayloadBreaks/classify(_:)``): a block added as required, or made
/// required, breaks senders; a block added as optional (the published payload objects forbid
/// unknown properties), removed, or made optional breaks receivers; a block that changes its
/// section, wire name or list shape breaks both. A variant covering an event it did not cover
/// breaks receivers, one no longer covering an event breaks senders; a variant added breaks
/// receivers, a variant removed senders.
extension PayloadBreaks {
  /// The breaks among `fields` (the interface's `payload` changes, as ``CatalogueDiff`` gives
  /// them: `/payload/0/events`, `/payload/0/blocks/2…`), given how many variants the interface
  /// had and has. None when either side has no payload at all: describing a payload for the
  /// first time, or no longer describing it, says nothing about what is sent.
  static func ownPayload(_ fields: [FieldChange], oldVariants: Int, newVariants: Int) -> [PayloadBreak] {
    guard oldVariants > 0, newVariants > 0 else { return [] }
    let several = max(oldVariants, newVariants) > 1
    var breaks: [PayloadBreak] = []
    var wholeVariants: Set<Int> = []
    for field in fields {
      let tokens = field.pointer.split(separator: "/").map(String.init)
      guard tokens.count >= 3, tokens[0] == "payload", let v = Int(tokens[1]) else { continue }
      let variant = "variant \(v + 1)"
      if v >= oldVariants || v >= newVariants {
        // A variant added or removed: one break for the whole variant.
        guard wholeVariants.insert(v).inserted else { continue }
        let added = v >= oldVariants
        breaks.append(
          PayloadBreak(
            field: field, side: added ? .receivers : .senders, constraint: variant,
            what: "\(variant) \(added ? "added" : "removed")"))
        continue
      }
      let prefix = several ? "\(variant): " : ""
      let found: PayloadBreak? =
        switch tokens[2] {
        case "events": events(field, prefix: prefix)
        case "blocks": block(field, members: Array(tokens.dropFirst(4)), prefix: prefix)
        default: nil
        }
      if var found {
        if several { found.constraint = "\(variant) \(found.constraint)" }
        breaks.append(found)
      }
    }
    return breaks
  }

  /// The events a variant covers: absent means every event of the interface.
  private static func events(_ field: FieldChange, prefix: String) -> PayloadBreak? {
    func listed(_ values: [JSON]) -> String {
      (values.count == 1 ? "event " : "events ") + DiffText.list(values, quote: DiffText.code)
    }
    let elements = { (value: JSON?) -> [JSON] in
      guard case .array(let a)? = value else { return [] }
      return a
    }
    let side: BreakingSide
    let what: String
    switch (field.old, field.new) {
    case (nil, nil): return nil
    case (nil, let new?):
      (side, what) = (.senders, "covers only \(listed(elements(new))) (was every event)")
    case (let old?, nil):
      (side, what) = (.receivers, "covers every event (was only \(listed(elements(old))))")
    case (.some, .some):
      var parts: [String] = []
      if !field.removed.isEmpty { parts.append("no longer covers \(listed(field.removed))") }
      if !field.added.isEmpty { parts.append("now covers \(listed(field.added))") }
      switch (field.added.isEmpty, field.removed.isEmpty) {
      case (true, true): return nil
      case (true, false): side = .senders
      case (false, true): side = .receivers
      case (false, false): side = .both
      }
      what = parts.joined(separator: " and ")
    }
    return PayloadBreak(field: field, side: side, constraint: "`events`", what: prefix + what)
  }

  /// A block of a variant added or removed whole (`members` empty), or one of its members
  /// (`required`, `section`, `name`, `list`, `list/max`) changed.
  private static func block(_ field: FieldChange, members: [String], prefix: String) -> PayloadBreak? {
    guard members.isEmpty else {
      let member = members.joined(separator: ".")
      // The block id is the record's key: the path without the list and the member.
      let path = field.displayName
      let id = path.split(separator: ".").dropLast(members.count).last.map(String.init) ?? path
      let label = "`\(id).\(member)`"
      let side: BreakingSide?
      switch member {
      case "required": side = PayloadBreaks.side("required", field)
      case "list.min", "list.max": side = PayloadBreaks.side(member, field)
      case "section", "name", "list": side = .both
      default: side = nil
      }
      guard let side else { return nil }
      return PayloadBreak(
        field: field, side: side, constraint: label,
        what: "\(prefix)\(label) \(DiffText.describe(field, quote: DiffText.code))")
    }
    guard case .string(let id)? = (field.new ?? field.old)?["block"] else { return nil }
    let name = "block \(DiffText.code(id))"
    guard let new = field.new else {
      return PayloadBreak(field: field, side: .receivers, constraint: name, what: "\(prefix)\(name) removed")
    }
    let required = new["required"] == .string("true")
    return PayloadBreak(
      field: field, side: required ? .senders : .receivers, constraint: name,
      what: "\(prefix)new \(required ? "required" : "optional") \(name)")
  }
}
