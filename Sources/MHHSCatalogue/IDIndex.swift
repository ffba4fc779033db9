/// Every id of a catalogue, by kind, for answering "is there an entity with this id?" about many
/// references. Ids are kept as UTF-8 bytes in one table, found by their FNV-1a hash and
/// compared byte for byte; a reference whose bytes match no id may still name one in another
/// Unicode normalisation form, so misses are asked of the catalogue.
public struct IDIndex: Sendable {
  private struct Entry {
    var hash: UInt64
    var start: Int
    var count: Int
    var kind: EntityKind
  }

  private let catalogue: Catalogue
  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  /// Open addressing: an index into `entries`, or -1 for a free slot.
  private var slots: [Int]
  private let mask: Int

  public init(_ catalogue: Catalogue) {
    self.catalogue = catalogue
    let total = EntityKind.allCases.reduce(0) { $0 + catalogue.count(of: $1) }
    var capacity = 16
    while capacity < 2 * total { capacity *= 2 }
    slots = [Int](repeating: -1, count: capacity)
    mask = capacity - 1
    entries.reserveCapacity(total)
    for kind in EntityKind.allCases {
      for id in catalogue.ids(of: kind).keys {
        var id = id
        id.withUTF8 { id in
          let hash = Self.hash(id)
          var slot = Int(truncatingIfNeeded: hash) & mask
          while slots[slot] >= 0 { slot = (slot + 1) & mask }
          slots[slot] = entries.count
          entries.append(Entry(hash: hash, start: bytes.count, count: id.count, kind: kind))
          bytes.append(contentsOf: id)
        }
      }
    }
  }

  /// Whether the catalogue has an entity of `kind` with this id; with no kind, of any kind.
  public func contains(_ id: String, kind: EntityKind?) -> Bool {
    guard let kind else { return catalogue.kind(of: id) != nil }
    var utf8 = id
    let found = utf8.withUTF8 { id in
      bytes.withUnsafeBufferPointer { bytes in
        let hash = Self.hash(id)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
          let entry = entries[slots[slot]]
          if entry.hash == hash && entry.kind == kind
            && bytes[entry.start..<(entry.start + entry.count)].elementsEqual(id)
          {
            return true
          }
          slot = (slot + 1) & mask
        }
        return false
      }
    }
    return found || catalogue.contains(id, kind: kind)
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var fnv = FNV1a()
    fnv.add(bytes)
    // The low bits pick the slot: fold the high bits, which every byte reaches, into them.
    return fnv.value ^ (fnv.value >> 29)
  }
}
