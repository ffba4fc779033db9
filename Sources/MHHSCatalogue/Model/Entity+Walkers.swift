extension Exemptible {
  /// Each of the entity's exemptions, in file order, with its pointer.
  public func eachExemption(_ body: (_ exemption: Located<Exemption>, _ at: ElementPointer) throws -> Void)
    rethrows
  {
    guard let exemptions = exemptions?.value else { return }
    for n in exemptions.indices { try body(exemptions[n], .exemption(n)) }
  }
}

extension NFR {
  /// Each of the parties the NFR excuses, in file order, with its pointer.
  public func eachExemption(
    _ body: (_ exemption: Located<PartyExemption>, _ at: ElementPointer) throws -> Void
  ) rethrows {
    guard let exemptions = exemptions?.value else { return }
    for n in exemptions.indices { try body(exemptions[n], .exemption(n)) }
  }
}

extension Versioned {
  /// Each entry of the entity's history, oldest first, with its pointer.
  public func eachHistoryEntry(_ body: (_ entry: Located<HistoryEntry>, _ at: ElementPointer) throws -> Void)
    rethrows
  {
    guard let history = history?.value else { return }
    for k in history.indices { try body(history[k], .historyEntry(k)) }
  }

  /// Each change request or design issue note cited in the entity's history, oldest entry
  /// first, with the entry citing it and its pointer.
  public func eachHistoryChange(
    _ body: (_ change: Located<String>, _ entry: HistoryEntry, _ at: ElementPointer) throws -> Void
  ) rethrows {
    guard let history = history?.value else { return }
    for k in history.indices {
      guard let changes = history[k].value.changes?.value else { continue }
      for n in changes.indices { try body(changes[n], history[k].value, .historyChange(entry: k, change: n)) }
    }
  }
}
