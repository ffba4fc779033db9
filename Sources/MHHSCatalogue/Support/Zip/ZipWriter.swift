/// A zip archive written in memory, as Office and LibreOffice read it: stored entries (method 0)
/// with their CRC-32 and sizes in the local headers (no data descriptors, general-purpose flag
/// bit 3 never set), no ZIP64, and every timestamp 1980-01-01 00:00, so the same entries give
/// the same bytes.
public struct ZipWriter: Sendable {
  struct Written {
    var name: [UInt8]
    var crc: UInt32
    var size: UInt32
    var offset: UInt32
  }

  /// What cannot be written without ZIP64.
  public struct TooLarge: Error, Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var description: String {
      "the zip entry '\(name)' would need ZIP64 (over 4 GiB or 65,535 entries); write less"
    }
  }

  private var bytes: [UInt8] = []
  private var written: [Written] = []

  public init() {}

  /// The DOS date of 1980-01-01 (year 0, month 1, day 1); the time is 00:00:00.
  static let dosDate: UInt16 = (1 << 5) | 1

  /// Adds the file `name` (forward slashes, no leading `/`) holding `data`.
  public mutating func add(_ name: String, _ data: [UInt8]) throws(TooLarge) {
    let nameBytes = Array(name.utf8)
    guard data.count < Int(UInt32.max), bytes.count + data.count + 30 + nameBytes.count < Int(UInt32.max),
      written.count < 0xFFFF, nameBytes.count <= 0xFFFF
    else { throw TooLarge(name: name) }
    let entry = Written(
      name: nameBytes, crc: CRC32.checksum(data), size: UInt32(data.count), offset: UInt32(bytes.count))
    append32(0x0403_4B50)
    append16(20)  // version needed: 2.0
    append16(Self.flags(nameBytes))
    append16(0)  // stored
    append16(0)  // time 00:00:00
    append16(Self.dosDate)
    append32(entry.crc)
    append32(entry.size)
    append32(entry.size)
    append16(UInt16(nameBytes.count))
    append16(0)  // no extra field
    bytes += nameBytes
    bytes += data
    written.append(entry)
  }

  /// Bit 11 (names in UTF-8) when a name is not plain ASCII.
  static func flags(_ name: [UInt8]) -> UInt16 { name.contains { $0 >= 0x80 } ? 1 << 11 : 0 }

  /// The archive: the entries, the central directory and its end record.
  public consuming func finish() throws(TooLarge) -> [UInt8] {
    let directoryOffset = bytes.count
    for entry in written {
      append32(0x0201_4B50)
      append16(20)  // made by: 2.0, MS-DOS attributes
      append16(20)
      append16(Self.flags(entry.name))
      append16(0)
      append16(0)
      append16(Self.dosDate)
      append32(entry.crc)
      append32(entry.size)
      append32(entry.size)
      append16(UInt16(entry.name.count))
      append16(0)  // extra
      append16(0)  // comment
      append16(0)  // disk
      append16(0)  // internal attributes
      append32(0)  // external attributes
      append32(entry.offset)
      bytes += entry.name
    }
    let directorySize = bytes.count - directoryOffset
    guard bytes.count < Int(UInt32.max) else { throw TooLarge(name: "(central directory)") }
    append32(0x0605_4B50)
    append16(0)
    append16(0)
    append16(UInt16(written.count))
    append16(UInt16(written.count))
    append32(UInt32(directorySize))
    append32(UInt32(directoryOffset))
    append16(0)  // comment length
    return bytes
  }

  private mutating func append16(_ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  private mutating func append32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
