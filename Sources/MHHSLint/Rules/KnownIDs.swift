import MHHSCatalogue

/// The ids of a catalogue's entities, by kind, for checking many references quickly: ids are
/// found by an FNV-1a hash of their UTF-8 bytes and compared byte for byte, rather than hashed
/// with Swift's seeded hasher. A reference whose bytes match no id may still name one in another
/// normalisation form, so the catalogue itself is asked about misses.
struct KnownIDs {
  private struct Entry {
    var hash: UInt64
    var start: Int
    var count: Int
    var kind: EntityKind
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  /// Open addressing: an index into `entries`, or -1 for a free slot.
  private var slots: [Int]
  private let mask: Int

  init(_ catalogue: Catalogue) {
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

  func contains(_ id: String, kind: EntityKind, in catalogue: Catalogue) -> Bool {
    var utf8 = id
    let found = utf8.withUTF8 { id in
      bytes.withUnsafeBufferPointer { bytes in
        let hash = Self.hash(id)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
          let entry = entries[slots[slot]]
          if entry.hash == hash && entry.kind == kind
            && ByteOrder.compare(
              UnsafeBufferPointer(rebasing: bytes[entry.start..<(entry.start + entry.count)]), id)
              == 0
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
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    // The low bits pick the slot: fold the high bits, which every byte reaches, into them.
    return hash ^ (hash >> 29)
  }
}
