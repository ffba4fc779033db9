import MHHSCatalogue

/// Reads the payload definitions of the published DIP OpenAPI specification: data types
/// (`DataTypes`), data items (`DataCatalogue`), blocks (`RealCommonBlocks`, `ECS-CommonBlocks`,
/// `ECS-Reports`) and each interface's payload variants (`Interfaces-EventCodes`), following
/// `$ref` across the documents. Pure: it reads parsed documents and returns a value.
///
/// How the published constructs map (see `design/payloads.md` for the fields):
/// - A data type is a schema `DT-nnn[N]-Name`; its id is `DT-nnn[N]`, its `name` the published
///   `description` (else the rest of the key), its constraints copied as published.
/// - A data item is a schema `DI-nnn-Name`; its id is `DI-nnn`, its `name` the rest of the key
///   with hyphens as spaces. A `$ref` (also one wrapped in a one-member `allOf`) makes it
///   `dataType`; otherwise its inline constraints are copied.
/// - A block is any schema of a block document, its id the published key. Each property is a
///   field: a `$ref` to a data item (`item`), a block (`block`) or a data type (`dataType`), an
///   array of one of those (`list` with `minItems` → `min`, `maxItems` → `max`), or inline
///   constraints (kept on the field and reported). `allOf` members are merged.
/// - An interface's payload is `IF-nnn-Payload` (or `REP-nnn[A]-Payload`): each `oneOf`/`anyOf`
///   member is a variant (the schema itself when it has none). A variant's `CommonBlock` and
///   `CustomBlock` properties give the blocks and their `section`; `required` is whether the
///   section lists the property as required; the sender header `S0` is not a block, its
///   `eventCode` enum gives the variant's `events`.
/// - An id used for two different definitions is reported and neither definition is kept; a
///   reference to one of them from a data item or a block field copies the constraints of the
///   exact definition it names. Identical copies of one definition are one definition.
/// - A `$ref` that cannot be resolved is reported with the file, the pointer and the reference;
///   what holds it is left out, never guessed.
public enum DIPPayloadReader {
  public static func read(
    _ documents: OpenAPIDocumentSet, maximumHops: Int = OpenAPIDocumentSet.defaultMaximumHops
  ) -> DIPPayloads {
    var reader = Reader(set: documents, maximumHops: maximumHops)
    return reader.run()
  }

  /// What a document holds, by its title.
  enum Role { case dataTypes, dataItems, blocks, interfaces }

  static func role(ofTitle title: String) -> Role? {
    if title.contains("DataTypes") { return .dataTypes }
    if title.contains("DataCatalogue") { return .dataItems }
    if title.contains("CommonBlocks") || title.contains("ECS-Reports") { return .blocks }
    if title.contains("Interfaces-EventCodes") { return .interfaces }
    return nil
  }

  /// The constraint fields of a data type (and of an inline data item), in the catalogue's order.
  public static let constraintKeys = [
    "type", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "multipleOf", "enum",
    "nullable",
    "example",
  ]

  /// `DT-995` for `DT-995-SenderUniqueReference` (`prefix` "DT"): the prefix, a hyphen, three
  /// digits, an optional `N`, then the end or a hyphen.
  static func entityID(_ key: String, prefix: String) -> String? {
    let bytes = Array(key.utf8)
    let p = Array(prefix.utf8)
    guard bytes.count >= p.count + 4, bytes.starts(with: p), bytes[p.count] == UInt8(ascii: "-") else {
      return nil
    }
    var end = p.count + 1
    for _ in 0..<3 {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) else { return nil }
      end += 1
    }
    if end < bytes.count && bytes[end] == UInt8(ascii: "N") { end += 1 }
    guard end == bytes.count || bytes[end] == UInt8(ascii: "-") else { return nil }
    return String(decoding: bytes[..<end], as: UTF8.self)
  }

  /// A block key safe as an id and a file name: letters and digits in hyphen-separated runs.
  static func isBlockID(_ key: String) -> Bool {
    guard !key.isEmpty, key.utf8.count <= 64 else { return false }
    var previousWasHyphen = true
    for byte in key.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "A")...UInt8(ascii: "Z"):
        previousWasHyphen = false
      case UInt8(ascii: "-") where !previousWasHyphen:
        previousWasHyphen = true
      default:
        return false
      }
    }
    return !previousWasHyphen
  }

  /// `[ActivePower]` → `ActivePower`, runs of white space as one space.
  static func eventName(_ code: String) -> String {
    var s = Substring(code)
    if s.hasPrefix("[") && s.hasSuffix("]") && s.count >= 2 { s = s.dropFirst().dropLast() }
    return collapse(String(s))
  }

  static func collapse(_ s: String) -> String {
    s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }
}

extension DIPPayloadReader {
  typealias Location = OpenAPIDocumentSet.Location

  enum Kind: CaseIterable {
    case dataType, dataItem, block

    var noun: String {
      switch self {
      case .dataType: "data type"
      case .dataItem: "data item"
      case .block: "block"
      }
    }
  }

  /// One published definition of a data type, data item or block.
  struct Definition {
    var kind: Kind
    var id: String
    var key: String
    var document: OpenAPIDocumentSet.Document
    var location: Location
    var value: JSONValue
    /// The id is used by another, different definition too: neither is kept.
    var ambiguous = false
    /// The index of an identical definition published earlier, which stands for this one.
    var copyOf: Int? = nil
  }

  /// A property's schema as one field: what it refers to, and whether it is a list.
  enum Target {
    case dataType(String)
    case dataItem(String)
    case block(String)
    /// Constraints written in place (or reached through a reference to a schema that is not a
    /// data type, item or block, or to a data type whose id is ambiguous).
    case inline(JSONValue, Location)
  }

  /// The properties and required names of an object schema, `allOf` members merged.
  struct ObjectView {
    var properties: [(key: String, value: JSONValue, location: Location)] = []
    var required: Set<String> = []
  }

  struct Reader {
    let set: OpenAPIDocumentSet
    let maximumHops: Int
    var problems: [ImportProblem] = []
    var definitions: [Definition] = []
    /// The index in `definitions` of the definition at each location.
    var definitionAt: [Location: Int] = [:]

    init(set: OpenAPIDocumentSet, maximumHops: Int) {
      self.set = set
      self.maximumHops = maximumHops
    }

    mutating func warn(_ message: String, id: String? = nil) {
      problems.append(ImportProblem(.warning, message, id: id))
    }

    mutating func run() -> DIPPayloads {
      collectDefinitions()
      var result = DIPPayloads()
      for index in definitions.indices where !definitions[index].ambiguous && definitions[index].copyOf == nil
      {
        let definition = definitions[index]
        let entity: PayloadEntity?
        switch definition.kind {
        case .dataType: entity = dataType(definition)
        case .dataItem: entity = dataItem(definition)
        case .block: entity = block(definition)
        }
        guard let entity else { continue }
        switch definition.kind {
        case .dataType: result.dataTypes.append(entity)
        case .dataItem: result.dataItems.append(entity)
        case .block: result.blocks.append(entity)
        }
      }
      result.interfacePayloads = interfacePayloads()
      result.dataTypes.sort { UTF8Order.precedes($0.id, $1.id) }
      result.dataItems.sort { UTF8Order.precedes($0.id, $1.id) }
      result.blocks.sort { UTF8Order.precedes($0.id, $1.id) }
      result.interfacePayloads.sort { UTF8Order.precedes($0.id, $1.id) }
      result.problems = problems
      return result
    }

    // MARK: Definitions

    /// Every definition of every role document, duplicates of one id resolved: identical copies
    /// are one definition; different ones are all marked ambiguous and reported.
    mutating func collectDefinitions() {
      for document in set.documents {
        guard let role = DIPPayloadReader.role(ofTitle: document.title) else { continue }
        for member in document.schemas {
          let location = OpenAPIDocumentSet.schemaLocation(document: document.name, key: member.key)
          let kind: Kind
          let id: String
          switch role {
          case .interfaces: continue
          case .dataTypes:
            guard let found = DIPPayloadReader.entityID(member.key, prefix: "DT") else {
              warn(
                "\(location): schema \(member.key) is not a data type id (DT-nnn or DT-nnnN); not imported")
              continue
            }
            (kind, id) = (.dataType, found)
          case .dataItems:
            guard let found = DIPPayloadReader.entityID(member.key, prefix: "DI") else {
              warn("\(location): schema \(member.key) is not a data item id (DI-nnn); not imported")
              continue
            }
            (kind, id) = (.dataItem, found)
          case .blocks:
            guard DIPPayloadReader.isBlockID(member.key) else {
              warn("\(location): schema \(member.key) is not a usable block id; not imported")
              continue
            }
            (kind, id) = (.block, member.key)
          }
          if definitionAt[location] != nil { continue }  // a key published twice in one document
          definitionAt[location] = definitions.count
          definitions.append(
            Definition(
              kind: kind, id: id, key: member.key, document: document, location: location, value: member.value
            ))
        }
      }
      var byID: [String: [Int]] = [:]
      var order: [String] = []
      for (i, definition) in definitions.enumerated() {
        let key = "\(definition.kind)/\(definition.id)"
        if byID[key] == nil { order.append(key) }
        byID[key, default: []].append(i)
      }
      for key in order {
        let group = byID[key]!
        guard group.count > 1 else { continue }
        let first = definitions[group[0]]
        let firstValue = first.value.plain
        if group.dropFirst().allSatisfy({ definitions[$0].value.plain == firstValue }) {
          // The same definition published more than once: one definition, reached from each.
          for i in group.dropFirst() {
            definitions[i].copyOf = group[0]
            definitionAt[definitions[i].location] = group[0]
          }
          continue
        }
        for i in group { definitions[i].ambiguous = true }
        let names = group.map { "\(definitions[$0].key) (\(definitions[$0].document.name))" }
        warn(
          "\(first.kind.noun) id \(first.id) is used by \(group.count) different definitions: \(names.joined(separator: ", ")); none of them was imported",
          id: first.id)
      }
    }

    // MARK: Data types and data items

    mutating func dataType(_ definition: Definition) -> PayloadEntity? {
      let context = "\(definition.location): data type \(definition.id)"
      var value = definition.value
      var location = definition.location
      if value["$ref"] != nil {
        // A data type defined as another: its constraints are those of the target.
        guard let resolved = dereference(value, at: location) else { return nil }
        (value, location) = (resolved.value, resolved.location)
      }
      let description =
        definition.value[value: "description"]?.stringValue ?? value[value: "description"]?.stringValue
      let name =
        description.map(DIPPayloadReader.collapse).flatMap { $0.isEmpty ? nil : $0 }
        ?? suffix(of: definition.key, after: definition.id)
      var fields = [ImportedField("name", .string(name))]
      fields += constraints(of: value, context: context, id: definition.id, allowed: ["description", "$ref"])
      if fields.count == 1 {
        warn("\(context) gives no type or constraints", id: definition.id)
      }
      return entity(definition, fields)
    }

    mutating func dataItem(_ definition: Definition) -> PayloadEntity? {
      let context = "\(definition.location): data item \(definition.id)"
      var value = definition.value
      var location = definition.location
      let unwrapped = unwrapSingleAllOf(value, at: location)
      (value, location) = (unwrapped.value, unwrapped.location)
      var name = suffix(of: definition.key, after: definition.id).replacing("-", with: " ")
      name = DIPPayloadReader.collapse(name)
      if name.isEmpty { name = definition.id }
      var fields = [ImportedField("name", .string(name))]
      let description =
        definition.value[value: "description"]?.stringValue ?? value[value: "description"]?.stringValue
      if let description { fields.append(ImportedField("description", .string(description))) }
      if value["$ref"] != nil {
        let siblings = (value.members ?? []).map(\.key).filter { $0 != "$ref" && $0 != "description" }
        if !siblings.isEmpty {
          warn(
            "\(context): \(siblings.joined(separator: ", ")) next to $ref \(quoted(value[value: "$ref"]?.stringValue ?? "")) not imported (OpenAPI 3.0 ignores siblings of a $ref)",
            id: definition.id)
        }
        guard let target = target(of: value, at: location, context: context, id: definition.id) else {
          return nil
        }
        switch target {
        case .dataType(let id): fields.append(ImportedField("dataType", .string(id)))
        case .inline(let inline, _):
          fields += constraints(of: inline, context: context, id: definition.id, allowed: ["description"])
        case .dataItem(let id), .block(let id):
          warn("\(context) refers to \(id), which is not a data type; not imported", id: definition.id)
          return nil
        }
      } else {
        fields += constraints(of: value, context: context, id: definition.id, allowed: ["description"])
      }
      if fields.allSatisfy({ $0.name == "name" || $0.name == "description" }) {
        warn("\(context) gives neither a data type nor a type; not imported", id: definition.id)
        return nil
      }
      return entity(definition, fields)
    }

    func entity(_ definition: Definition, _ fields: [ImportedField]) -> PayloadEntity {
      PayloadEntity(
        id: definition.id, schemaKey: definition.key, document: definition.document.title,
        version: definition.document.version, fields: fields)
    }

    /// The constraint fields of `schema` as published; other keys (but `allowed`) reported.
    mutating func constraints(of schema: JSONValue, context: String, id: String, allowed: Set<String>)
      -> [ImportedField]
    {
      var fields: [ImportedField] = []
      for key in DIPPayloadReader.constraintKeys {
        if let value = schema[value: key] { fields.append(ImportedField(key, value.plain)) }
      }
      let known = Set(DIPPayloadReader.constraintKeys).union(allowed)
      let other = (schema.members ?? []).map(\.key).filter { !known.contains($0) }
      if !other.isEmpty {
        let shown = other.map { key in
          let value = schema[value: key]!
          switch value.storage {
          case .object, .array: return key
          default: return "\(key) \(value.plain.render(indent: false))"
          }
        }
        warn(
          "\(context): \(shown.joined(separator: ", ")) \(other.count == 1 ? "is" : "are") not in the catalogue format; not imported",
          id: id)
      }
      if let type = schema[value: "type"]?.stringValue,
        !["string", "integer", "number", "boolean"].contains(type)
      {
        warn("\(context): type \(quoted(type)) is not one the catalogue format allows", id: id)
      }
      return fields
    }

    /// The rest of a schema key after its id (`SenderUniqueReference`), else the id.
    func suffix(of key: String, after id: String) -> String {
      guard key.count > id.count + 1, key.hasPrefix(id + "-") else { return id }
      var rest = Substring(key.dropFirst(id.count + 1))
      while rest.hasSuffix("-") { rest = rest.dropLast() }
      return rest.isEmpty ? id : String(rest)
    }

    /// `{ "allOf": [ X ] }` (with at most `description` or `title` beside it) read as `X`.
    func unwrapSingleAllOf(_ value: JSONValue, at location: Location) -> (
      value: JSONValue, location: Location
    ) {
      guard let members = value.members, let allOf = value[value: "allOf"]?.elements, allOf.count == 1,
        members.allSatisfy({ ["allOf", "description", "title"].contains($0.key) })
      else { return (value, location) }
      return (allOf[0], location.appending("allOf").appending(0))
    }

    // MARK: References

    mutating func dereference(_ value: JSONValue, at location: Location) -> OpenAPIDocumentSet.Resolved? {
      switch set.dereference(value, at: location, maximumHops: maximumHops) {
      case .success(let resolved): return resolved
      case .failure(let error):
        problems.append(error.problem)
        return nil
      }
    }

    /// What `value` (a property or data item schema, not an array) refers to: the first data
    /// type, data item or block its chain of `$ref`s passes through, else the schema reached.
    mutating func target(of value: JSONValue, at location: Location, context: String, id: String?) -> Target?
    {
      let unwrapped = unwrapSingleAllOf(value, at: location)
      guard unwrapped.value["$ref"] != nil else { return .inline(unwrapped.value, unwrapped.location) }
      guard let resolved = dereference(unwrapped.value, at: unwrapped.location) else { return nil }
      for hop in resolved.path {
        guard let index = definitionAt[hop] else { continue }
        let definition = definitions[index]
        if definition.ambiguous {
          guard definition.kind == .dataType else {
            warn(
              "\(context) refers to \(definition.key), whose id \(definition.id) names several different \(definition.kind.noun)s; not imported",
              id: id)
            return nil
          }
          warn(
            "\(context) refers to \(definition.key), whose id \(definition.id) names several different data types; the constraints of \(definition.key) were copied in place",
            id: id)
          var inline = definition.value
          var inlineLocation = definition.location
          if inline["$ref"] != nil {
            guard let further = dereference(inline, at: inlineLocation) else { return nil }
            (inline, inlineLocation) = (further.value, further.location)
          }
          return .inline(inline, inlineLocation)
        }
        switch definition.kind {
        case .dataType: return .dataType(definition.id)
        case .dataItem: return .dataItem(definition.id)
        case .block: return .block(definition.id)
        }
      }
      return .inline(resolved.value, resolved.location)
    }

    // MARK: Blocks

    mutating func block(_ definition: Definition) -> PayloadEntity? {
      let context = "\(definition.location): block \(definition.id)"
      guard
        let view = objectView(definition.value, at: definition.location, context: context, id: definition.id)
      else { return nil }
      let description = definition.value[value: "description"]?.stringValue.map(DIPPayloadReader.collapse)
      var fields: [JSON] = []
      for property in view.properties {
        let fieldContext = "\(property.location): field \(property.key) of block \(definition.id)"
        guard
          let (target, list) = listTarget(
            of: property.value, at: property.location, context: fieldContext, id: definition.id)
        else { continue }
        var members: [(String, JSON)] = [("name", .string(property.key))]
        switch target {
        case .dataItem(let id): members.append(("item", .string(id)))
        case .block(let id): members.append(("block", .string(id)))
        case .dataType(let id):
          members.append(("dataType", .string(id)))
          warn(
            "\(fieldContext) refers to data type \(id) directly, not through a data item; kept as \"dataType\"",
            id: definition.id)
        case .inline(let schema, _):
          if schema[value: "properties"] != nil || schema[value: "type"]?.stringValue == "object" {
            warn(
              "\(fieldContext) is an object defined in place, not a block; not imported", id: definition.id)
            continue
          }
          let constraints = constraints(
            of: schema, context: fieldContext, id: definition.id, allowed: ["description", "title"])
          members += constraints.map { ($0.name, $0.value) }
          warn(
            "\(fieldContext) is defined in place (\(constraints.map { "\($0.name) \($0.value.render(indent: false))" }.joined(separator: ", "))), not by a data item; its constraints were kept on the field",
            id: definition.id)
        }
        members.append(("required", .bool(view.required.contains(property.key))))
        if let list { members.append(("list", list)) }
        fields.append(.object(members))
      }
      return PayloadEntity(
        id: definition.id, schemaKey: definition.key, document: definition.document.title,
        version: definition.document.version,
        fields: [
          ImportedField("name", .string(description.flatMap { $0.isEmpty ? nil : $0 } ?? definition.id)),
          ImportedField("fields", .array(fields)),
        ])
    }

    /// The target of a property and, when it is an array, its `list` (`{min?, max?}`).
    mutating func listTarget(of value: JSONValue, at location: Location, context: String, id: String?)
      -> (Target, JSON?)?
    {
      var value = value
      var location = location
      if value["$ref"] != nil {
        // A reference to a list schema is followed to it; one to an entity is the entity.
        guard let resolved = dereference(value, at: location) else { return nil }
        if resolved.path.allSatisfy({ definitionAt[$0] == nil }), isArray(resolved.value) {
          (value, location) = (resolved.value, resolved.location)
        }
      }
      guard isArray(value) else {
        return target(of: value, at: location, context: context, id: id).map { ($0, nil) }
      }
      var bounds: [(String, JSON)] = []
      if let min = value[value: "minItems"] { bounds.append(("min", min.plain)) }
      if let max = value[value: "maxItems"] { bounds.append(("max", max.plain)) }
      guard let items = value[value: "items"] else {
        warn("\(context) is an array whose items are not defined; not imported", id: id)
        return nil
      }
      let itemsLocation = location.appending("items")
      if isArray(items) && items["$ref"] == nil {
        warn("\(context) is an array of arrays; not imported", id: id)
        return nil
      }
      guard let target = target(of: items, at: itemsLocation, context: context, id: id) else { return nil }
      if case .inline(let schema, _) = target, isArray(schema) {
        warn("\(context) is an array of arrays; not imported", id: id)
        return nil
      }
      return (target, .object(bounds))
    }

    func isArray(_ value: JSONValue) -> Bool {
      value[value: "type"]?.stringValue == "array" || (value["items"] != nil && value["$ref"] == nil)
    }

    /// The properties of an object schema with its `$ref`s followed and `allOf` members merged,
    /// breadth first, each schema once, at most 256 schemas.
    mutating func objectView(_ value: JSONValue, at location: Location, context: String, id: String?)
      -> ObjectView?
    {
      var view = ObjectView()
      var queue: [(JSONValue, Location)] = [(value, location)]
      var next = 0
      var visited: Set<Location> = []
      var names: Set<String> = []
      while next < queue.count {
        guard next < 256 else {
          warn("\(context): more than 256 schemas merged through allOf; the rest were not read", id: id)
          break
        }
        let (schema, schemaLocation) = queue[next]
        next += 1
        guard let resolved = dereference(schema, at: schemaLocation) else {
          if next == 1 { return nil }
          continue
        }
        guard visited.insert(resolved.location).inserted else { continue }
        let here = resolved.location
        for alternative in ["oneOf", "anyOf"] where resolved.value[alternative] != nil {
          warn(
            "\(here): the \(alternative) alternatives of an object schema are not read (\(context))",
            id: id)
        }
        for property in resolved.value[value: "properties"]?.members ?? [] {
          guard names.insert(property.key).inserted else { continue }
          view.properties.append(
            (property.key, property.value, here.appending("properties").appending(property.key)))
        }
        for name in resolved.value[value: "required"]?.elements ?? [] {
          if let s = name.stringValue { view.required.insert(s) }
        }
        for (i, member) in (resolved.value[value: "allOf"]?.elements ?? []).enumerated() {
          queue.append((member, here.appending("allOf").appending(i)))
        }
      }
      return view
    }

    // MARK: Interface payloads

    mutating func interfacePayloads() -> [InterfacePayload] {
      var found: [InterfacePayload] = []
      for document in set.documents where DIPPayloadReader.role(ofTitle: document.title) == .interfaces {
        for member in document.schemas where member.key.hasSuffix("-Payload") {
          let location = OpenAPIDocumentSet.schemaLocation(document: document.name, key: member.key)
          if let payload = interfacePayload(member, at: location, document: document) {
            found.append(payload)
          }
        }
      }
      // One id, several payload schemas: none is kept.
      var count: [String: Int] = [:]
      for payload in found { count[payload.id, default: 0] += 1 }
      var reported: Set<String> = []
      var result: [InterfacePayload] = []
      for payload in found {
        if count[payload.id]! == 1 {
          result.append(payload)
        } else if reported.insert(payload.id).inserted {
          let keys = found.filter { $0.id == payload.id }.map(\.schemaKey)
          warn(
            "interface \(payload.id) has \(keys.count) payload schemas (\(keys.joined(separator: ", "))); no payload was imported for it",
            id: payload.id)
        }
      }
      return result
    }

    mutating func interfacePayload(
      _ member: JSONMember, at location: Location, document: OpenAPIDocumentSet.Document
    ) -> InterfacePayload? {
      let schemaName = String(member.key.dropLast("-Payload".count))
      let context = "\(location): payload \(schemaName)"
      guard let resolved = dereference(member.value, at: location) else { return nil }
      var variants: [(JSONValue, Location)] = []
      var alternatives = false
      for keyword in ["oneOf", "anyOf"] {
        guard let elements = resolved.value[value: keyword]?.elements else { continue }
        alternatives = true
        for (i, element) in elements.enumerated() {
          variants.append((element, resolved.location.appending(keyword).appending(i)))
        }
      }
      if alternatives {
        if resolved.value["properties"] != nil {
          warn("\(context): properties next to its oneOf/anyOf variants are not read", id: schemaName)
        }
      } else {
        variants = [(resolved.value, resolved.location)]
      }
      var interfaceIDs: [String] = []
      var payload: [JSON] = []
      for (value, variantLocation) in variants {
        guard let variant = self.variant(value, at: variantLocation, context: context, id: schemaName) else {
          continue
        }
        for id in variant.interfaceIDs where !interfaceIDs.contains(id) { interfaceIDs.append(id) }
        var members: [(String, JSON)] = []
        if !variant.events.isEmpty { members.append(("events", .array(variant.events.map(JSON.string)))) }
        members.append(("blocks", .array(variant.blocks)))
        payload.append(.object(members))
      }
      guard !payload.isEmpty else {
        warn("\(context): no payload variant could be read", id: schemaName)
        return nil
      }
      return InterfacePayload(
        id: interfaceIDs.first ?? schemaName, schemaKey: member.key, document: document.title,
        version: document.version, payload: .array(payload))
    }

    struct Variant {
      var interfaceIDs: [String] = []
      var events: [String] = []
      var blocks: [JSON] = []
    }

    mutating func variant(_ value: JSONValue, at location: Location, context: String, id: String) -> Variant?
    {
      guard let view = objectView(value, at: location, context: context, id: id) else { return nil }
      var variant = Variant()
      for section in view.properties {
        let name: String
        switch section.key {
        case "CommonBlock": name = "common"
        case "CustomBlock": name = "custom"
        default:
          warn("\(section.location): \(section.key) is neither CommonBlock nor CustomBlock; not read", id: id)
          continue
        }
        let sectionRequired = view.required.contains(section.key)
        guard let blocks = objectView(section.value, at: section.location, context: context, id: id) else {
          continue
        }
        for property in blocks.properties {
          if let header = senderHeader(property.value, key: property.key, at: property.location) {
            for s in header.interfaceIDs where !variant.interfaceIDs.contains(s) {
              variant.interfaceIDs.append(s)
            }
            for s in header.events where !variant.events.contains(s) { variant.events.append(s) }
            continue
          }
          let blockContext = "\(property.location): \(property.key) of payload \(id)"
          guard
            let (target, list) = listTarget(
              of: property.value, at: property.location, context: blockContext, id: id)
          else { continue }
          guard case .block(let block) = target else {
            warn("\(blockContext) is not a block; not imported", id: id)
            continue
          }
          var members: [(String, JSON)] = [("block", .string(block))]
          if property.key != block { members.append(("name", .string(property.key))) }
          members.append(("section", .string(name)))
          members.append(("required", .bool(sectionRequired && blocks.required.contains(property.key))))
          if let list { members.append(("list", list)) }
          variant.blocks.append(.object(members))
        }
      }
      return variant
    }

    /// The interface ids and events of the sender header `S0` (or of any block written in place
    /// that has an `interfaceID` or `eventCode` property); `nil` for any other property.
    mutating func senderHeader(_ value: JSONValue, key: String, at location: Location)
      -> (interfaceIDs: [String], events: [String])?
    {
      var value = value
      var location = location
      if value["$ref"] != nil {
        guard key == "S0", let resolved = dereference(value, at: location) else { return nil }
        if resolved.path.contains(where: { definitionAt[$0] != nil }) { return nil }
        (value, location) = (resolved.value, resolved.location)
      }
      guard let view = objectView(value, at: location, context: "\(location): sender header", id: nil) else {
        return nil
      }
      let properties = Dictionary(view.properties.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
      guard key == "S0" || properties["interfaceID"] != nil || properties["eventCode"] != nil else {
        return nil
      }
      return (
        strings(properties["interfaceID"]).map(DIPPayloadReader.collapse).filter { !$0.isEmpty },
        strings(properties["eventCode"]).map(DIPPayloadReader.eventName).filter { !$0.isEmpty }
      )
    }

    /// The string values of a property's `enum` and `const`.
    func strings(_ property: JSONValue?) -> [String] {
      guard let property else { return [] }
      var result: [String] = []
      for element in property[value: "enum"]?.elements ?? [] {
        if let s = element.stringValue, !result.contains(s) { result.append(s) }
      }
      if let s = property[value: "const"]?.stringValue, !result.contains(s) { result.append(s) }
      return result
    }

    func quoted(_ s: String) -> String { JSON.string(s).render(indent: false) }
  }
}
