/// A zip archive read from untrusted bytes: the central directory is parsed up front and checked
/// against ``Limits``; an entry is decompressed (stored or deflate) and verified (size and
/// CRC-32) when asked for. ZIP64, encryption, multi-disk archives and other methods are refused.
public struct ZipArchive: Sendable {
  /// The caps that keep a hostile archive from exhausting memory. The defaults follow Apache
  /// POI's: after a grace of 100 KiB an entry may expand at most 100 times.
  public struct Limits: Sendable {
    public var entries = 1_000
    public var entrySize = 256 << 20
    public var totalSize = 512 << 20
    public var ratio = 100
    public var ratioGrace = 100 << 10

    public init() {}
  }

  public struct Entry: Sendable, Equatable {
    public var name: String
    var method: Int
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var headerOffset: Int
  }

  let bytes: [UInt8]
  public let limits: Limits
  /// The entries in central-directory order.
  public let entries: [Entry]
  private let index: [String: Int]
  /// Bytes handed out so far, against ``Limits/totalSize``.
  public private(set) var extracted = 0

  public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(ZipError) {
    self.bytes = bytes
    self.limits = limits
    guard let end = Self.endRecord(in: bytes) else { throw .notZip }
    let disk = Self.u16(bytes, end + 4), directoryDisk = Self.u16(bytes, end + 6)
    let count = Self.u16(bytes, end + 10)
    let directorySize = Self.u32(bytes, end + 12), directoryOffset = Self.u32(bytes, end + 16)
    guard disk == 0, directoryDisk == 0, Self.u16(bytes, end + 8) == count else {
      throw .unsupported("several disks")
    }
    if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
      throw .unsupported("ZIP64")
    }
    guard count <= limits.entries else { throw .tooManyEntries(count, limit: limits.entries) }
    guard directoryOffset + directorySize <= end else { throw .truncated("the central directory") }
    var entries: [Entry] = []
    var index: [String: Int] = [:]
    var total = 0
    var at = directoryOffset
    for _ in 0..<count {
      guard at + 46 <= end, Self.u32(bytes, at) == 0x0201_4B50 else {
        throw .truncated("a central directory record")
      }
      let flags = Self.u16(bytes, at + 8)
      let nameLength = Self.u16(bytes, at + 28)
      let skip = Self.u16(bytes, at + 30) + Self.u16(bytes, at + 32)
      guard at + 46 + nameLength + skip <= end else { throw .truncated("a central directory record") }
      let nameBytes = bytes[at + 46..<at + 46 + nameLength]
      let name = String(decoding: nameBytes, as: UTF8.self)
      let entry = Entry(
        name: name, method: Self.u16(bytes, at + 10), crc: UInt32(Self.u32(bytes, at + 16)),
        compressedSize: Self.u32(bytes, at + 20), size: Self.u32(bytes, at + 24),
        headerOffset: Self.u32(bytes, at + 42))
      at += 46 + nameLength + skip
      guard Self.isSafe(name) else { throw .unsafeName(name) }
      guard flags & 1 == 0 else { throw .encrypted(name) }
      guard entry.method == 0 || entry.method == 8 else {
        throw .unsupportedMethod(name, method: entry.method)
      }
      if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF || entry.headerOffset == 0xFFFF_FFFF
      {
        throw .unsupported("ZIP64")
      }
      guard entry.size <= limits.entrySize else { throw .entryTooLarge(name, limit: limits.entrySize) }
      total += entry.size
      guard total <= limits.totalSize else { throw .totalTooLarge(limit: limits.totalSize) }
      guard index[name] == nil else { throw .duplicateName(name) }
      index[name] = entries.count
      entries.append(entry)
    }
    self.entries = entries
    self.index = index
  }

  /// Whether the archive has an entry named `name`.
  public func contains(_ name: String) -> Bool { index[name] != nil }

  /// The bytes of the entry `name`, decompressed and checked.
  public mutating func read(_ name: String) throws(ZipError) -> [UInt8] {
    guard let position = index[name] else { throw .missing(name) }
    let entry = entries[position]
    let at = entry.headerOffset
    guard at + 30 <= bytes.count, Self.u32(bytes, at) == 0x0403_4B50 else {
      throw .truncated("the local header of '\(name)'")
    }
    let start = at + 30 + Self.u16(bytes, at + 26) + Self.u16(bytes, at + 28)
    guard start + entry.compressedSize <= bytes.count else { throw .truncated("the data of '\(name)'") }
    let limit = min(limits.entrySize, limits.totalSize - extracted)
    let ratioLimit = max(
      limits.ratioGrace, entry.compressedSize.multipliedReportingOverflow(by: limits.ratio).partialValue)
    guard entry.size <= ratioLimit else { throw .ratioTooHigh(name, ratio: limits.ratio) }
    guard entry.size <= limit else { throw .totalTooLarge(limit: limits.totalSize) }
    let data = bytes[start..<start + entry.compressedSize]
    let output: [UInt8]
    if entry.method == 0 {
      guard entry.compressedSize == entry.size else { throw .sizeMismatch(name) }
      output = Array(data)
    } else {
      // Never more than the declared size: a stream that goes on is a size mismatch, not a
      // bomb that runs to the cap.
      do {
        output = try Inflate.decompress(data, limit: entry.size)
      } catch .tooLarge {
        throw .sizeMismatch(name)
      } catch {
        throw .badData(name, error)
      }
      guard output.count == entry.size else { throw .sizeMismatch(name) }
    }
    guard CRC32.checksum(output) == entry.crc else { throw .crcMismatch(name) }
    extracted += output.count
    return output
  }

  /// A relative path of non-empty components, none of them `.` or `..`, without backslashes,
  /// drive letters or NUL.
  static func isSafe(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0") else {
      return false
    }
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    if let first = parts.first, first.count == 2, first.last == ":" { return false }
    return !parts.dropLast().contains { $0.isEmpty || $0 == "." || $0 == ".." } && parts.last != ".."
      && parts.last != "."
  }

  /// The offset of the end-of-central-directory record: its signature, searched backwards over
  /// the largest possible comment, with the comment length reaching exactly the end.
  static func endRecord(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    var at = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while at >= lowest {
      if bytes[at] == 0x50, u32(bytes, at) == 0x0605_4B50, at + 22 + u16(bytes, at + 20) == bytes.count {
        return at
      }
      at -= 1
    }
    return nil
  }

  static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }

  static func u32(_ bytes: [UInt8], _ at: Int) -> Int { u16(bytes, at) | u16(bytes, at + 2) << 16 }
}
