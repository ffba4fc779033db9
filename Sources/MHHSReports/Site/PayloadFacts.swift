import MHHSCatalogue

/// The constraints of data types, data items and block fields, in words for the pages.
enum PayloadFacts {
  /// `0..*`, `1..10`.
  static func bounds(_ bounds: ListBounds) -> String {
    "\(bounds.min?.value ?? 0)..\(bounds.max.map { String($0.value) } ?? "*")"
  }

  /// The constraints present, as label and plain-text value.
  static func constraints(_ c: some PayloadConstraints) -> [(String, String)] {
    var rows: [(String, String)] = []
    if let v = c.type?.value { rows.append(("Type", v.rawValue)) }
    if let v = c.format?.value { rows.append(("Format", v)) }
    if let v = c.minLength?.value { rows.append(("Minimum length", String(v))) }
    if let v = c.maxLength?.value { rows.append(("Maximum length", String(v))) }
    if let v = c.pattern?.value { rows.append(("Pattern", v)) }
    if let v = c.minimum?.value { rows.append(("Minimum", v.text)) }
    if let v = c.maximum?.value { rows.append(("Maximum", v.text)) }
    if let v = c.multipleOf?.value { rows.append(("Multiple of", v.text)) }
    if let v = c.enumValues?.values() {
      rows.append(("Allowed values", v.map { $0.render(indent: false) }.joined(separator: ", ")))
    }
    if let v = c.nullable?.value { rows.append(("Nullable", v ? "yes" : "no")) }
    if let v = c.example?.value { rows.append(("Example", v.render(indent: false))) }
    return rows
  }

  /// The constraints in one short line (`string, max 35`), for table cells.
  static func summary(_ c: some PayloadConstraints) -> String {
    constraints(c).filter { $0.0 != "Example" }.map { $0.0 == "Type" ? $0.1 : "\($0.0.lowercased()) \($0.1)" }
      .joined(separator: ", ")
  }
}
