import MHHSCatalogue

/// The parsed documents of one OpenAPI specification, by file name, and `$ref` resolution
/// across them.
///
/// The DIP specification is published as several documents that refer to each other by URL
/// (`https://raw.githubusercontent.com/…/main/DataTypes-unresolved.yaml#/components/schemas/DT-995-SenderUniqueReference`),
/// by file name (`DataTypes-unresolved.json#/…`) or locally (`#/components/schemas/B045`). A
/// reference names its document by the last component of its path, with or without the
/// extension (`.json`, `.yaml`, `.yml`) and the `-unresolved` suffix; the fragment is an RFC 6901
/// JSON pointer.
///
/// Resolution is iterative: a chain of `$ref`s is followed hop by hop, at most `maximumHops`
/// hops, and a chain that comes back to a place it has been is a cycle. Every failure is a
/// ``ReferenceError`` naming the file and pointer where the `$ref` is written and the reference
/// itself; nothing is guessed, nothing recurses as deep as the input says.
public struct OpenAPIDocumentSet: Sendable {
  /// One parsed document.
  public struct Document: Sendable {
    /// The name it was given (`DataTypes-unresolved.json`), used in messages.
    public var name: String
    /// The name without folder and extension (`DataTypes-unresolved`).
    public var stem: String
    /// The stem without `-unresolved` (`DataTypes`): the document's title in `sources` lines.
    public var title: String
    public var root: JSONValue
    /// `info.version`, if the document states one.
    public var version: String?
    /// The members of `components.schemas`, in published order.
    public var schemas: [JSONMember]
    /// The index in `schemas` of each key (the first, should a key appear twice).
    var schemaIndex: [String: Int]
  }

  /// A place in one of the documents: the document's name and an RFC 6901 pointer (`""` is the
  /// whole document).
  public struct Location: Hashable, Sendable, CustomStringConvertible {
    public var document: String
    public var pointer: String

    public init(document: String, pointer: String) {
      self.document = document
      self.pointer = pointer
    }

    /// `DataTypes-unresolved.json#/components/schemas/DT-995-SenderUniqueReference`
    public var description: String { document + "#" + pointer }

    /// This location extended by one member name or array index.
    public func appending(_ token: String) -> Location {
      Location(document: document, pointer: JSONPointer.appending(pointer, token))
    }

    public func appending(_ index: Int) -> Location {
      Location(document: document, pointer: JSONPointer.appending(pointer, index))
    }
  }

  /// A schema reached by following `$ref`s.
  public struct Resolved: Sendable {
    /// Where the schema is.
    public var location: Location
    public var value: JSONValue
    /// The target of each hop, in order; empty when the value was not a `$ref`. The last is
    /// `location`.
    public var path: [Location]
  }

  /// A `$ref` that could not be followed.
  public struct ReferenceError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
      /// `$ref` is not a string, or not a form this reader follows (a plain-name anchor).
      case unsupported(String)
      /// The document the reference names is not among the documents read.
      case unknownDocument(String)
      /// The document exists; the pointer does not lead anywhere in it.
      case missingTarget(document: String, pointer: String)
      /// The chain of references comes back to a schema it has already passed through.
      case cycle([Location])
      /// The chain is longer than the bound.
      case tooDeep(Int)
    }

    /// Where the `$ref` is written.
    public var location: Location
    /// The reference as written.
    public var reference: String
    public var reason: Reason

    public var description: String {
      let head = "\(location): $ref \"\(reference)\" cannot be resolved"
      switch reason {
      case .unsupported(let why): return "\(head): \(why)"
      case .unknownDocument(let name):
        return "\(head): the document '\(name)' is not among the files of the specification that were read"
      case .missingTarget(let document, let pointer):
        return "\(head): \(document) has nothing at \(pointer.isEmpty ? "its root" : pointer)"
      case .cycle(let path):
        return "\(head): the references form a cycle (\(path.map(\.description).joined(separator: " → ")))"
      case .tooDeep(let hops):
        return "\(head): the chain of references is longer than \(hops) hops"
      }
    }

    /// The error as an import problem (a warning: the import goes on without what it names).
    public var problem: ImportProblem { ImportProblem(.warning, description) }
  }

  /// How many `$ref` hops one chain may take: far more than any published chain (one or two),
  /// far fewer than a crafted document could ask for.
  public static let defaultMaximumHops = 64

  /// The documents, ordered by name.
  public private(set) var documents: [Document]
  private var byName: [String: Int] = [:]
  private var byStem: [String: Int] = [:]
  private var byTitle: [String: [Int]] = [:]

  /// `documents` maps a file name (or path) to its parsed content.
  public init(_ documents: [String: JSONValue]) {
    let names = documents.keys.sorted { UTF8Order.precedes($0, $1) }
    self.documents = names.map { name in
      let root = documents[name]!
      let stem = Self.stem(of: name)
      let schemas = root[value: "components"]?[value: "schemas"]?.members ?? []
      var index: [String: Int] = [:]
      for (i, member) in schemas.enumerated() where index[member.key] == nil { index[member.key] = i }
      return Document(
        name: Self.lastComponent(of: name), stem: stem, title: Self.title(ofStem: stem), root: root,
        version: root[value: "info"]?[value: "version"]?.stringValue, schemas: schemas, schemaIndex: index)
    }
    for (i, document) in self.documents.enumerated() {
      if byName[document.name] == nil { byName[document.name] = i }
      if byStem[document.stem] == nil { byStem[document.stem] = i }
      byTitle[document.title, default: []].append(i)
    }
  }

  /// The document a reference or a caller names: by file name, by stem or by title, or, when
  /// exactly one document's title contains `name`'s title, that one.
  public func document(named name: String) -> Document? {
    index(ofDocument: name).map { documents[$0] }
  }

  /// The location of schema `key` under `components.schemas` of `document`.
  public static func schemaLocation(document: String, key: String) -> Location {
    Location(document: document, pointer: JSONPointer.appending("/components/schemas", key))
  }

  private func index(ofDocument name: String) -> Int? {
    if let i = byName[name] { return i }
    let stem = Self.stem(of: name)
    if let i = byStem[stem] { return i }
    let title = Self.title(ofStem: stem)
    if let found = byTitle[title], found.count == 1 { return found[0] }
    guard !title.isEmpty else { return nil }
    let containing = documents.indices.filter { documents[$0].title.contains(title) }
    return containing.count == 1 ? containing[0] : nil
  }

  // MARK: Resolving

  /// The target of `reference`, written at `location` (whose document is the base of a local
  /// reference): one hop, no further.
  public func resolve(_ reference: String, at location: Location) -> Result<Resolved, ReferenceError> {
    func failure(_ reason: ReferenceError.Reason) -> Result<Resolved, ReferenceError> {
      .failure(ReferenceError(location: location, reference: reference, reason: reason))
    }
    let documentPart: Substring
    let fragment: Substring?
    if let hash = reference.utf8.firstIndex(of: UInt8(ascii: "#")) {
      documentPart = reference[..<hash]
      fragment = reference[reference.utf8.index(after: hash)...]
    } else {
      documentPart = reference[...]
      fragment = nil
    }
    let documentIndex: Int
    if documentPart.isEmpty {
      guard let i = index(ofDocument: location.document) else {
        return failure(.unknownDocument(location.document))
      }
      documentIndex = i
    } else {
      var path = documentPart
      if let query = path.firstIndex(of: "?") { path = path[..<query] }
      let name = Self.lastComponent(of: String(path))
      guard !name.isEmpty else { return failure(.unsupported("it names no document")) }
      guard let i = index(ofDocument: name) else { return failure(.unknownDocument(name)) }
      documentIndex = i
    }
    let document = documents[documentIndex]
    guard let pointer = Self.percentDecoded(fragment.map(String.init) ?? "") else {
      return failure(.unsupported("its fragment is not valid percent-encoded UTF-8"))
    }
    guard pointer.isEmpty || pointer.utf8.first == UInt8(ascii: "/") else {
      return failure(.unsupported("'#\(pointer)' is a plain-name anchor, not a JSON pointer"))
    }
    let target = Location(document: document.name, pointer: pointer)
    guard let value = Self.value(at: pointer, in: document) else {
      return failure(.missingTarget(document: document.name, pointer: pointer))
    }
    return .success(Resolved(location: target, value: value, path: [target]))
  }

  /// `value` (found at `location`) with its chain of `$ref`s followed to the first schema that
  /// is not a reference. Siblings of a `$ref` are the caller's to read from `value` itself.
  public func dereference(
    _ value: JSONValue, at location: Location, maximumHops: Int = defaultMaximumHops
  ) -> Result<Resolved, ReferenceError> {
    var current = Resolved(location: location, value: value, path: [])
    var seen: Set<Location> = [location]
    while let member = current.value["$ref"] {
      guard let reference = member.value.stringValue else {
        return .failure(
          ReferenceError(
            location: current.location, reference: member.value.plain.render(indent: false),
            reason: .unsupported("it is \(member.value.typeDescription), not a string")))
      }
      guard current.path.count < maximumHops else {
        return .failure(
          ReferenceError(
            location: location, reference: Self.firstReference(value), reason: .tooDeep(maximumHops)))
      }
      switch resolve(reference, at: current.location) {
      case .failure(let error): return .failure(error)
      case .success(let next):
        if !seen.insert(next.location).inserted {
          let cycle = [location] + current.path + [next.location]
          return .failure(
            ReferenceError(location: location, reference: Self.firstReference(value), reason: .cycle(cycle)))
        }
        current.path.append(next.location)
        current.location = next.location
        current.value = next.value
      }
    }
    return .success(current)
  }

  private static func firstReference(_ value: JSONValue) -> String {
    value["$ref"]?.value.stringValue ?? ""
  }

  /// The value at RFC 6901 `pointer` in `document` (`components.schemas` members looked up by
  /// key, everything else member by member).
  static func value(at pointer: String, in document: Document) -> JSONValue? {
    let prefix = "/components/schemas/".utf8
    if pointer.utf8.starts(with: prefix) {
      let rest = Substring(pointer.utf8.dropFirst(prefix.count))
      if !rest.utf8.contains(UInt8(ascii: "/")) {
        return document.schemaIndex[unescape(rest)].map { document.schemas[$0].value }
      }
    }
    var value = document.root
    guard !pointer.isEmpty else { return value }
    for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let token = unescape(raw)
      if let members = value.members {
        guard let next = members.first(where: { $0.key == token }) else { return nil }
        value = next.value
      } else if let elements = value.elements, let i = Int(token), i >= 0, i < elements.count,
        token == String(i)
      {
        value = elements[i]
      } else {
        return nil
      }
    }
    return value
  }

  // MARK: Names

  static func unescape(_ token: Substring) -> String {
    guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
    return String(token).replacing("~1", with: "/").replacing("~0", with: "~")
  }

  /// `%XX` sequences decoded; `nil` if one is malformed or the result is not UTF-8.
  static func percentDecoded(_ text: String) -> String? {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    func hex(_ byte: UInt8) -> UInt8? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
      default: nil
      }
    }
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%") {
        guard utf8.count >= 2, let high = hex(utf8.removeFirst()), let low = hex(utf8.removeFirst()) else {
          return nil
        }
        bytes.append(high << 4 | low)
      } else {
        bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }

  static func lastComponent(of path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
  }

  /// The file name without folder and extension.
  static func stem(of name: String) -> String {
    var stem = lastComponent(of: name)
    for ext in [".json", ".yaml", ".yml"] where stem.lowercased().hasSuffix(ext) {
      stem = String(stem.dropLast(ext.count))
      break
    }
    return stem
  }

  static func title(ofStem stem: String) -> String {
    stem.hasSuffix("-unresolved") ? String(stem.dropLast("-unresolved".count)) : stem
  }
}
