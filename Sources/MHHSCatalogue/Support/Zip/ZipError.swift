/// Why a zip archive, or one of its entries, is not read. Each case names the problem and, where
/// there is one, the entry.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No end-of-central-directory record: not a zip archive.
  case notZip
  /// A record runs past the end of the bytes, or does not start with its signature.
  case truncated(String)
  /// A ZIP64 or multi-disk archive.
  case unsupported(String)
  case tooManyEntries(Int, limit: Int)
  /// A name that is absolute, climbs out with `..`, or is not a plain relative path.
  case unsafeName(String)
  case duplicateName(String)
  case encrypted(String)
  case unsupportedMethod(String, method: Int)
  /// An entry larger than the per-entry cap (declared or actual).
  case entryTooLarge(String, limit: Int)
  /// All entries together larger than the total cap.
  case totalTooLarge(limit: Int)
  /// An entry that expands more than the ratio cap allows.
  case ratioTooHigh(String, ratio: Int)
  case crcMismatch(String)
  /// The entry's data does not decompress to its declared size.
  case sizeMismatch(String)
  case badData(String, Inflate.Failure)
  /// No entry of that name.
  case missing(String)

  public var description: String {
    switch self {
    case .notZip: "it is not a zip archive (no end of central directory record)"
    case .truncated(let what): "the archive is truncated or damaged: \(what)"
    case .unsupported(let what): "the archive uses \(what), which is not supported"
    case .tooManyEntries(let count, let limit): "the archive has \(count) entries; at most \(limit) are read"
    case .unsafeName(let name): "the entry name '\(name)' is absolute or leaves the archive (..); refused"
    case .duplicateName(let name): "the entry '\(name)' appears twice"
    case .encrypted(let name): "the entry '\(name)' is encrypted"
    case .unsupportedMethod(let name, let method):
      "the entry '\(name)' uses compression method \(method); only stored (0) and deflate (8) are read"
    case .entryTooLarge(let name, let limit): "the entry '\(name)' is larger than \(limit) bytes"
    case .totalTooLarge(let limit): "the entries together are larger than \(limit) bytes"
    case .ratioTooHigh(let name, let ratio):
      "the entry '\(name)' expands more than \(ratio) times (a zip bomb?); refused"
    case .crcMismatch(let name): "the entry '\(name)' fails its CRC-32 check"
    case .sizeMismatch(let name): "the entry '\(name)' does not have the size its header declares"
    case .badData(let name, let failure): "the entry '\(name)': \(failure)"
    case .missing(let name): "the archive has no entry '\(name)'"
    }
  }
}
