import MHHSCatalogue
import MHHSLint

/// Hover: the card of the entity an id names, and the summary of the rule behind a diagnostic.
extension Workspace {
  /// `textDocument/hover`.
  mutating func hover(_ params: JSONValue?) -> JSON {
    guard let (path, document, position) = cursor(params) else { return .null }
    var sections: [String] = []
    var range: JSON?
    if let at = id(params) {
      sections.append(card(at.key))
      range = at.range
    }
    let cursor = document.offset(position)
    var seen: Set<String> = []
    for finding in outcome.findings[path] ?? [] {
      let token = document.token(at: finding.location.position)
      guard token.lowerBound <= cursor && cursor <= token.upperBound, seen.insert(finding.ruleID).inserted
      else { continue }
      let summary = outcome.rules[finding.ruleID]?.summary ?? finding.message
      sections.append("**\(finding.ruleID)** (\(finding.severity.rawValue)): \(Markdown.escape(summary))")
      range = range ?? document.tokenRange(at: finding.location.position, encoding)
    }
    guard !sections.isEmpty else { return .null }
    var result: [(String, JSON)] = [
      (
        "contents",
        .object([
          ("kind", .string("markdown")), ("value", .string(sections.joined(separator: "\n\n---\n\n"))),
        ])
      )
    ]
    if let range { result.append(("range", range)) }
    return .object(result)
  }

  /// The entity's card, in Markdown.
  func card(_ key: EntityKey) -> String {
    let id = key.id
    var lines: [String] = []
    func head(_ name: String?) {
      lines.append(
        "**\(Markdown.escape(id))** · \(key.kind.displayName)"
          + (name.map { " — " + Markdown.escape($0) } ?? ""))
    }
    func facts(_ facts: [(String, String?)]) {
      let present = facts.compactMap { label, value in value.map { "\(label) \(Markdown.escape($0))" } }
      if !present.isEmpty { lines.append(present.joined(separator: " · ")) }
    }
    var sources: [String] = []
    switch key.kind {
    case .interface:
      guard let e = catalogue.interface(id) else { break }
      head(e.name?.value)
      facts([
        ("status", e.status?.value.rawValue), ("version", e.version?.value),
        ("transport", e.transport?.value.rawValue),
      ])
      if e.from != nil || e.to != nil {
        lines.append(roles(e.from?.values() ?? []) + " → " + roles(e.to?.values() ?? []))
      }
      facts([("introduced in", e.introducedIn?.value), ("withdrawn in", e.withdrawnIn?.value)])
      if let replaces = e.replaces?.values(), !replaces.isEmpty {
        facts([("replaces", replaces.joined(separator: ", "))])
      }
      sources = e.sources?.values() ?? []
    case .dataflow:
      guard let e = catalogue.dataflow(id) else { break }
      head(e.name?.value)
      facts([("version", e.version?.value), ("ownership", e.ownership?.value.rawValue)])
      for route in e.routes?.values() ?? [] {
        lines.append(
          roles([route.from?.value].compactMap { $0 }) + " → " + roles([route.to?.value].compactMap { $0 }))
      }
      if let fate = e.mhhs?.value {
        facts([
          ("at MHHS", fate.disposition?.value.rawValue),
          ("replaced by", fate.replacedBy.map { $0.values().joined(separator: ", ") }),
          ("effective", fate.effective?.value),
        ])
      }
      sources = e.sources?.values() ?? []
    case .nfr:
      guard let e = catalogue.nfr(id) else { break }
      head(e.title?.value)
      facts([("category", e.category?.value), ("response time", e.responseTime?.value.text)])
      sources = e.sources?.values() ?? []
    case .changeRequest:
      guard let e = catalogue.changeRequest(id) else { break }
      head(e.title?.value)
      facts([
        ("status", e.status?.value.rawValue), ("decision", e.decision?.value), ("release", e.release?.value),
      ])
      if let affects = e.affects?.values(), !affects.isEmpty {
        facts([("affects", affects.joined(separator: ", "))])
      }
      sources = e.sources?.values() ?? []
    case .release:
      guard let e = catalogue.release(id) else { break }
      head(e.name?.value)
      facts([("date", e.date.map { "\($0.value)" })])
      sources = e.sources?.values() ?? []
    case .role:
      guard let e = catalogue.role(id) else { break }
      head(e.name?.value)
      if let aliases = e.aliases?.values(), !aliases.isEmpty {
        facts([("also", aliases.joined(separator: ", "))])
      }
      sources = e.sources?.values() ?? []
    case .dataType:
      guard let e = catalogue.dataType(id) else { break }
      head(e.name?.value)
      facts([("type", e.type?.value.rawValue), ("format", e.format?.value), ("pattern", e.pattern?.value)])
      sources = e.sources?.values() ?? []
    case .dataItem:
      guard let e = catalogue.dataItem(id) else { break }
      head(e.name?.value)
      facts([("data type", e.dataType?.value), ("type", e.type?.value.rawValue)])
      sources = e.sources?.values() ?? []
    case .block:
      guard let e = catalogue.block(id) else { break }
      head(e.name?.value)
      facts([("fields", e.fields.map { String($0.value.count) })])
      sources = e.sources?.values() ?? []
    }
    let affectedBy = index.references(to: key, madeBy: .changeRequest).filter { $0.field == "affects" }.map(
      \.referrer)
    if !affectedBy.isEmpty {
      let named = Set(affectedBy).sorted().map { cr in
        cr + (catalogue.changeRequest(cr)?.title.map { " (\($0.value))" } ?? "")
      }
      lines.append("affected by " + Markdown.escape(named.joined(separator: ", ")))
    }
    if let first = sources.first { lines.append("source: " + Markdown.escape(first)) }
    return lines.joined(separator: "\n\n")
  }

  /// Role ids with their names: `SDS (Smart Data Service), SUP (Supplier)`.
  private func roles(_ ids: [String]) -> String {
    let text = ids.map { id in id + (catalogue.role(id)?.name.map { " (\($0.value))" } ?? "") }
    return Markdown.escape(text.isEmpty ? "—" : text.joined(separator: ", "))
  }
}

/// Markdown as hover shows it.
enum Markdown {
  /// `text` with the characters Markdown would read as markup escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
