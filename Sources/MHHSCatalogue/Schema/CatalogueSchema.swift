/// The JSON Schema (draft-07) of each kind of catalogue file, generated from the members the
/// decoders read (``ObjectFormat``), so that an editor checks a file as `mhhs lint` reads it:
/// the same keys, required members, enumerations and id patterns.
public enum CatalogueSchema: String, Sendable, CaseIterable {
  case manifest = "catalogue"
  case roles
  case releases
  case interface
  case dataflow
  case nfr
  case changeRequest = "change-request"
  case dataType = "datatype"
  case dataItem = "dataitem"
  case block

  /// The schema's file name under `schema/`.
  public var fileName: String { "\(rawValue).schema.json" }

  /// The catalogue files the schema is for, relative to the catalogue directory (a glob).
  public var files: String {
    switch self {
    case .manifest: "catalogue.json"
    case .roles: "roles.json"
    case .releases: "releases.json"
    case .interface: "interfaces/*.json"
    case .dataflow: "dataflows/*.json"
    case .nfr: "nfrs/*.json"
    case .changeRequest: "change-requests/*.json"
    case .dataType: "datatypes/*.json"
    case .dataItem: "dataitems/*.json"
    case .block: "blocks/*.json"
    }
  }

  /// The schema for the file at `relativePath` in a catalogue, if it is a catalogue file.
  public static func forFile(_ relativePath: String) -> CatalogueSchema? {
    allCases.first { schema in
      let pattern = schema.files
      guard let star = pattern.firstIndex(of: "*") else { return relativePath == pattern }
      let folder = pattern[..<star]
      return relativePath.hasPrefix(folder) && relativePath.hasSuffix(".json")
        && !relativePath.dropFirst(folder.count).contains("/")
    }
  }

  /// A short title.
  var title: String {
    switch self {
    case .manifest: "MHHS catalogue manifest (catalogue.json)"
    case .roles: "MHHS catalogue roles (roles.json)"
    case .releases: "MHHS catalogue releases (releases.json)"
    case .interface: "MHHS catalogue interface"
    case .dataflow: "MHHS catalogue D-flow"
    case .nfr: "MHHS catalogue NFR"
    case .changeRequest: "MHHS catalogue change request"
    case .dataType: "MHHS catalogue data type"
    case .dataItem: "MHHS catalogue data item"
    case .block: "MHHS catalogue block"
    }
  }

  /// The object at the top of the file.
  public var object: ObjectSchema {
    switch self {
    case .manifest: ManifestFile.format.schema
    case .roles: RolesFile.format.schema
    case .releases: ReleasesFile.format.schema
    case .interface: Interface.format.schema
    case .dataflow: DataFlow.format.schema
    case .nfr: NFR.format.schema
    case .changeRequest: ChangeRequest.format.schema
    case .dataType: DataType.format.schema
    case .dataItem: DataItem.format.schema
    case .block: Block.format.schema
    }
  }

  /// Where the schemas are published; each `$id` names the catalogue format's version.
  static let base = "https://github.com/mhhs-catalogue/mhhs-catalogue/schema/format-1/"

  /// ISO 8601 durations in the usual order of their units, each number whole or decimal.
  static let durationPattern: String = {
    let n = "[0-9]+(\\.[0-9]+)?"
    return "^P(?!$)(\(n)Y)?(\(n)M)?(\(n)W)?(\(n)D)?(T(?!$)(\(n)H)?(\(n)M)?(\(n)S)?)?$"
  }()

  /// The schema document.
  public var document: JSON {
    var definitions: [(String, JSON)] = []
    let top = Self.objectJSON(object, topLevel: true, definitions: &definitions)
    guard case .object(var members) = top else { return top }
    members.insert(
      contentsOf: [
        ("$schema", .string("http://json-schema.org/draft-07/schema#")),
        ("$id", .string(Self.base + fileName)),
        ("title", .string(title)),
      ], at: 0)
    if !definitions.isEmpty {
      members.append(("definitions", .object(definitions.sorted { $0.0 < $1.0 })))
    }
    return .object(members)
  }

  /// An object's schema; nested objects become definitions, referred to by name.
  static func objectJSON(_ object: ObjectSchema, topLevel: Bool, definitions: inout [(String, JSON)]) -> JSON
  {
    var properties: [(String, JSON)] = []
    if topLevel {
      properties.append(
        ("$schema", described(["type": .string("string")], "The JSON Schema this file follows, for editors."))
      )
    }
    for member in object.members {
      properties.append(
        (member.key, described(valueJSON(member.value, definitions: &definitions), member.description)))
    }
    properties.append(("x", described([:], "Extra data for tools; never checked.")))
    var result: [(String, JSON)] = [("type", .string("object")), ("properties", .object(properties))]
    let required = object.members.filter(\.required).map { JSON.string($0.key) }
    if !required.isEmpty { result.append(("required", .array(required))) }
    result.append(("additionalProperties", .bool(false)))
    return .object(result)
  }

  /// `schema` with a plain and a Markdown description.
  private static func described(_ schema: KeyValuePairs<String, JSON>, _ markdown: String) -> JSON {
    described(.object(schema.map { ($0.key, $0.value) }), markdown)
  }

  private static func described(_ schema: JSON, _ markdown: String) -> JSON {
    guard case .object(var members) = schema else { return schema }
    // draft-07 ignores the siblings of `$ref`: a reference is described through `allOf`.
    if schema["$ref"] != nil { members = [("allOf", .array([schema]))] }
    let plain = String(markdown.filter { $0 != "`" })
    return .object(members + [("description", .string(plain)), ("markdownDescription", .string(markdown))])
  }

  static func valueJSON(_ value: ValueSchema, definitions: inout [(String, JSON)]) -> JSON {
    switch value {
    case .text: return .object([("type", .string("string")), ("pattern", .string("\\S"))])
    case .string: return .object([("type", .string("string"))])
    case .choice(let values):
      return .object([("type", .string("string")), ("enum", .array(values.map(JSON.string)))])
    case .date:
      return .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
    case .duration:
      return .object([
        ("type", .string("string")),
        ("pattern", .string(durationPattern)),
      ])
    case .integer(let range):
      var members: [(String, JSON)] = [("type", .string("integer"))]
      if let range, range.lowerBound > Int.min { members.append(("minimum", .int(range.lowerBound))) }
      if let range, range.upperBound < Int.max { members.append(("maximum", .int(range.upperBound))) }
      return .object(members)
    case .number: return .object([("type", .string("number"))])
    case .boolean: return .object([("type", .string("boolean"))])
    case .scalar:
      return .object([("type", .array(["string", "number", "boolean", "null"].map(JSON.string)))])
    case .any: return .object([])
    case .reference(let pattern):
      var members: [(String, JSON)] = [("type", .string("string")), ("pattern", .string(pattern.regex))]
      if let length = pattern.maximumLength { members.append(("maxLength", .int(length))) }
      return .object(members)
    case .array(let element, let minItems):
      var members: [(String, JSON)] = [
        ("type", .string("array")), ("items", valueJSON(element, definitions: &definitions)),
      ]
      if minItems > 0 { members.append(("minItems", .int(minItems))) }
      return .object(members)
    case .object(let object):
      if !definitions.contains(where: { $0.0 == object.name }) {
        definitions.append((object.name, .null))
        let json = objectJSON(object, topLevel: false, definitions: &definitions)
        if let i = definitions.firstIndex(where: { $0.0 == object.name }) { definitions[i].1 = json }
      }
      return .object([("$ref", .string("#/definitions/\(object.name)"))])
    }
  }
}
