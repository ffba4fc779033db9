import MHHSCatalogue

/// Where a page of the site is, and how one page links to another. Every link is relative to
/// the page it is on (`../roles/SDS.html`), so the site works opened from disk or a zip, and
/// every file name is made of `A–Z a–z 0–9 . -` and `_`, so no id can leave the site's folder
/// or need escaping in a URL.
public struct SitePath: Sendable, Hashable {
  /// The path inside the site (`interfaces/IF-021.html`, `index.html`).
  public var path: String

  public init(_ path: String) { self.path = path }

  public static let home = SitePath("index.html")
  public static let findings = SitePath("findings.html")
  public static let rules = SitePath("rules.html")
  public static let stylesheet = SitePath("site.css")
  public static let script = SitePath("site.js")
  public static let searchIndex = SitePath("search-index.js")

  /// The page of the entity `id` of `kind`: `<folder>/<ID>.html`, in the folder the catalogue
  /// keeps that kind in (`roles/` and `releases/` for the kinds kept in one file).
  public static func entity(_ kind: EntityKind, _ id: String) -> SitePath {
    SitePath("\(folder(of: kind))/\(fileName(for: id)).html")
  }

  /// The page listing every entity of `kind` (`interfaces.html`).
  public static func list(_ kind: EntityKind) -> SitePath { SitePath("\(folder(of: kind)).html") }

  public static func folder(of kind: EntityKind) -> String {
    kind.folder
      ?? {
        switch kind {
        case .role: "roles"
        default: "releases"
        }
      }()
  }

  /// `id` as a file name: letters, digits, `-` and `.` as they are (a leading `.` escaped),
  /// anything else as `_` and the hexadecimal of its UTF-8 bytes (`_` itself is `_5F`), so two
  /// ids never share a name. A very long id is cut and given a hash of the whole, to stay
  /// within file-name limits.
  public static func fileName(for id: String) -> String {
    isOwnFileName(id) ? id : encodedFileName(for: id)
  }

  /// ``fileName(for:)`` for any id, byte by byte.
  static func encodedFileName(for id: String) -> String {
    var out = ""
    for (i, byte) in id.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: ".") where i > 0:
        out += "."
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "_" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    if out.isEmpty { return "_" }
    guard out.utf8.count > 120 else { return out }
    var hash = FNV1a()
    for byte in id.utf8 { hash.add(byte) }
    return String(out.prefix(100)) + "_" + hash.hex
  }

  /// Whether `id` is its own file name: letters, digits, `-` and `.` only, not starting with
  /// `.`, and short (most ids: `IF-021`, `IR5.2`).
  static func isOwnFileName(_ id: String) -> Bool {
    let bytes = id.utf8.span
    guard bytes.count > 0, bytes.count <= 120, bytes[0] != UInt8(ascii: ".") else { return false }
    for i in bytes.indices {
      switch bytes[i] {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
        continue
      default: return false
      }
    }
    return true
  }

  /// How many folders deep the page is (0 for `index.html`).
  var depth: Int { path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }

  /// The link to `target` from this page, with an optional `#fragment`.
  public func href(to target: SitePath, fragment: String? = nil) -> String {
    let up = String(repeating: "../", count: depth)
    return up + target.path + (fragment.map { "#" + $0 } ?? "")
  }
}
