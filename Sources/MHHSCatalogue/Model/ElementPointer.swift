/// The JSON pointer of an element of one of an entity's lists, relative to the entity's object:
/// an exemption (`/exemptions/2`), a history entry (`/history/1`) or a change a history entry
/// cites (`/history/1/changes/0`). Handed out by the walkers (``Exemptible/eachExemption(_:)``,
/// ``Versioned/eachHistoryChange(_:)``), which keep the indices; the text is built when a
/// finding asks for it.
public struct ElementPointer: Sendable, Hashable {
  private enum Place: Sendable, Hashable {
    case exemption(Int)
    case historyEntry(Int)
    case historyChange(entry: Int, change: Int)
  }

  private let place: Place

  static func exemption(_ index: Int) -> ElementPointer { ElementPointer(place: .exemption(index)) }
  static func historyEntry(_ index: Int) -> ElementPointer { ElementPointer(place: .historyEntry(index)) }
  static func historyChange(entry: Int, change: Int) -> ElementPointer {
    ElementPointer(place: .historyChange(entry: entry, change: change))
  }

  /// The element's index in its list.
  public var index: Int {
    switch place {
    case .exemption(let n), .historyEntry(let n), .historyChange(_, let n): n
    }
  }

  /// The pointer as text: `/exemptions/2`.
  public var text: String {
    switch place {
    case .exemption(let n): "/exemptions/\(n)"
    case .historyEntry(let n): "/history/\(n)"
    case .historyChange(let k, let n): "/history/\(k)/changes/\(n)"
    }
  }

  /// The pointer of a member of the element: `/exemptions/2/rule`.
  public func member(_ name: String) -> String { "\(text)/\(name)" }
}
