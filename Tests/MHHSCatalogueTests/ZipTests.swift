import MHHSCatalogue
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Fixtures made by Python's zlib (raw deflate, `wbits=-15`) and zipfile, base64-encoded.
private enum Fixture {
  /// `zlib.compressobj(0, DEFLATED, -15)` of "hello, stored": one stored block.
  static let stored = "AQ0A8v9oZWxsbywgc3RvcmVk"
  /// Level 9, `Z_FIXED`, of "The quick brown fox jumps over the lazy dog. " three times.
  static let fixed = "C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUigBSuckVlUqpOSn6ymE0EwxAA=="
  /// `zipfile` with `a/b.txt` deflated (the 4,000 bytes of ``dynamicText``) and `s.txt` stored.
  static let zip =
    "UEsDBBQAAAAIAAAAIQBJ/5OqugEAAKAPAAAHAAAAYS9iLnR4dG3VMWodMQAA0RMFPCtpteK3JmBISMDk/lcJaePXTj"
    + "fV+/j+7e3t7fX55/fr5/vn68f756/Xx78W2oU20CbaQrvRNtqDdr628BE+wkf4CB/hI3yEj/ARPi58XPi48HHh48LH"
    + "hY8LHxc+Lnxc+Bj4GPgY+Bj4GPgY+Bj4GPgY+Bj4mPiY+Jj4mPiY+Jj4mPiY+Jj4mPhY+Fj4WPhY+Fj4WPhY+Fj4WP"
    + "hY+LjxcePjxseNjxsfNz5ufNz4uPFx42PjY+Nj42PjY+Nj42PjY+Nj42Pj48HHg48HHw8+Hnw8+Hjw8eDjwceDj4OP"
    + "g4+Dj4OPg4+Dj4OPg4+Dj/P1I3gePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA"
    + "+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz"
    + "4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA+eB8+D58Hz4HnwPHgePA"
    + "+e97/nfwFQSwMEFAAAAAAAAAAhALUBrw8LAAAACwAAAAUAAABzLnR4dHN0b3JlZCB0ZXh0UEsBAhQDFAAAAAgAAAAh"
    + "AEn/k6q6AQAAoA8AAAcAAAAAAAAAAAAAAIABAAAAAGEvYi50eHRQSwECFAMUAAAAAAAAACEAtQGvDwsAAAALAAAABQ"
    + "AAAAAAAAAAAAAAgAHfAQAAcy50eHRQSwUGAAAAAAIAAgBoAAAADQIAAAAA"
  static var dynamicText: [UInt8] { Array((0..<200).map { "IF-\(pad($0));SUP;MDS;LDSO;" }.joined().utf8) }

  static func pad(_ n: Int) -> String { String(repeating: "0", count: 3 - String(n).count) + String(n) }

  static func bytes(_ base64: String) -> [UInt8] {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var value = 0
    var bits = 0
    var out: [UInt8] = []
    for byte in base64.utf8 where byte != UInt8(ascii: "=") {
      value = value << 6 | alphabet.firstIndex(of: byte)!
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(UInt8((value >> bits) & 0xFF))
      }
    }
    return out
  }
}

@Suite struct ZipTests {
  @Test func crc32MatchesTheCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
  }

  @Test func inflatesStoredFixedAndDynamicBlocksWrittenByZlib() throws {
    let stored = try Inflate.decompress(Fixture.bytes(Fixture.stored)[...], limit: 100)
    #expect(String(decoding: stored, as: UTF8.self) == "hello, stored")
    let fixed = try Inflate.decompress(Fixture.bytes(Fixture.fixed)[...], limit: 1_000)
    #expect(
      String(decoding: fixed, as: UTF8.self)
        == String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 3))
  }

  @Test func readsAnArchiveWrittenByPythonZipfile() throws {
    var archive = try ZipArchive(Fixture.bytes(Fixture.zip))
    #expect(archive.entries.map(\.name) == ["a/b.txt", "s.txt"])
    #expect(try archive.read("a/b.txt") == Fixture.dynamicText)
    #expect(try archive.read("s.txt") == Array("stored text".utf8))
    #expect(throws: ZipError.missing("c")) { try archive.read("c") }
  }

  @Test func writerRoundTripsAndIsDeterministic() throws {
    func make() throws -> [UInt8] {
      var writer = ZipWriter()
      try writer.add("[Content_Types].xml", Array("<Types/>".utf8))
      try writer.add("xl/é.xml", Fixture.dynamicText)
      try writer.add("empty", [])
      return try writer.finish()
    }
    let bytes = try make()
    #expect(try make() == bytes)
    var archive = try ZipArchive(bytes)
    #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "xl/é.xml", "empty"])
    #expect(try archive.read("xl/é.xml") == Fixture.dynamicText)
    #expect(try archive.read("empty") == [])
    // Local header: version 20, no data descriptor (flag bit 3 clear), stored, 1980-01-01.
    #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
    #expect(bytes[6] & 0x08 == 0 && bytes[8] == 0)
    #expect(Array(bytes[10..<14]) == [0, 0, 0x21, 0])
  }

  @Test func refusesHostileArchives() throws {
    func archive(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
      var writer = ZipWriter()
      for (name, data) in entries { try writer.add(name, data) }
      return try writer.finish()
    }
    #expect(throws: ZipError.notZip) { try ZipArchive(Array("not a zip at all, just text".utf8)) }
    #expect(throws: ZipError.unsafeName("../evil")) { try ZipArchive(archive([("../evil", [1])])) }
    #expect(throws: ZipError.unsafeName("/etc/passwd")) { try ZipArchive(archive([("/etc/passwd", [1])])) }
    #expect(throws: ZipError.unsafeName("a/../../b")) { try ZipArchive(archive([("a/../../b", [1])])) }
    #expect(throws: ZipError.duplicateName("a")) { try ZipArchive(archive([("a", [1]), ("a", [2])])) }
    var few = ZipArchive.Limits()
    few.entries = 2
    #expect(throws: ZipError.tooManyEntries(3, limit: 2)) {
      try ZipArchive(archive([("a", []), ("b", []), ("c", [])]), limits: few)
    }
    var small = ZipArchive.Limits()
    small.entrySize = 10
    #expect(throws: ZipError.entryTooLarge("a", limit: 10)) {
      try ZipArchive(archive([("a", Array(repeating: 0, count: 11))]), limits: small)
    }

    // A flipped data byte fails the CRC; a cut archive is truncated or not a zip.
    var good = try archive([("a.txt", Array("some text".utf8))])
    good[30 + 5] ^= 0xFF
    var damaged = try ZipArchive(good)
    #expect(throws: ZipError.crcMismatch("a.txt")) { try damaged.read("a.txt") }
    let whole = try archive([("a.txt", Array("some text".utf8))])
    for cut in [1, 10, 30, whole.count / 2] {
      #expect(throws: ZipError.self) { try ZipArchive(Array(whole.dropLast(cut))) }
    }
  }

  @Test func refusesABombByRatioAndStopsInflatingAtTheDeclaredSize() throws {
    // 1 MiB of zeros deflates to about 1 KiB: far beyond the 100× ratio after the grace.
    var zeros = Fixture.bytes(Fixture.zip)
    // Declare `a/b.txt` (compressed 442 bytes) as 60,000 bytes uncompressed in both headers.
    let declared: [UInt8] = [0x60, 0xEA, 0x00, 0x00]
    zeros.replaceSubrange(22..<26, with: declared)
    let central = zeros.count - 22 - (46 + 7) - (46 + 5)
    zeros.replaceSubrange(central + 24..<central + 28, with: declared)
    var archive = try ZipArchive(zeros)
    #expect(throws: ZipError.sizeMismatch("a/b.txt")) { try archive.read("a/b.txt") }
    var strict = ZipArchive.Limits()
    strict.ratioGrace = 0
    strict.ratio = 5
    var bomb = try ZipArchive(Fixture.bytes(Fixture.zip), limits: strict)
    #expect(throws: ZipError.ratioTooHigh("a/b.txt", ratio: 5)) { try bomb.read("a/b.txt") }
  }

  @Test func inflateRejectsMalformedStreamsWithoutCrashing() {
    #expect(throws: Inflate.Failure.invalid("block type 3")) {
      try Inflate.decompress([0x07][...], limit: 10)
    }
    #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress([][...], limit: 10) }
    #expect(throws: Inflate.Failure.invalid("a stored block's length check fails")) {
      try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00][...], limit: 10)
    }
    #expect(throws: Inflate.Failure.tooLarge(limit: 5)) {
      try Inflate.decompress(Fixture.bytes(Fixture.fixed)[...], limit: 5)
    }
    // Every prefix of a valid stream either fails cleanly or (never) yields the whole text.
    let fixed = Fixture.bytes(Fixture.fixed)
    for length in 0..<fixed.count - 1 {
      #expect(throws: Inflate.Failure.self) { try Inflate.decompress(fixed[..<length], limit: 1_000) }
    }
  }
}
