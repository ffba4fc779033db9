import MHHSCatalogue

/// Resolves the local `$ref`s of one JSON document (`#/components/schemas/IF-001-ChangeOfSupplier`,
/// RFC 6901 pointers). The members of each object a pointer passes through are indexed the first
/// time, so that a document of many schemas costs no search per reference.
struct LocalReferences {
  let document: JSONValue
  /// The members of the objects passed through so far, by the pointer text that leads to them.
  private var indexes: [Substring: [String: JSONValue]] = [:]

  init(in document: JSONValue) { self.document = document }

  /// The value `ref` points at, or `nil` when it names nothing in the document.
  mutating func resolve(_ ref: String) -> JSONValue? {
    guard ref.hasPrefix("#/") else { return nil }
    var value = document
    var start = ref.index(ref.startIndex, offsetBy: 2)
    while true {
      let end = ref[start...].firstIndex(of: "/") ?? ref.endIndex
      let token = String(ref[start..<end]).replacing("~1", with: "/").replacing("~0", with: "~")
      if let members = value.members {
        let pointer = ref[..<start]  // the text that leads to `value`
        let index =
          indexes[pointer]
          ?? Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        indexes[pointer] = index
        guard let next = index[token] else { return nil }
        value = next
      } else if let elements = value.elements, let i = Int(token), elements.indices.contains(i) {
        value = elements[i]
      } else {
        return nil
      }
      guard end < ref.endIndex else { return value }
      start = ref.index(after: end)
    }
  }
}
