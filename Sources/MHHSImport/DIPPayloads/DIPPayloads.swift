import MHHSCatalogue

/// What the DIP specification says each interface carries: its data types, data items and
/// blocks, and each interface's payload variants, in the fields of `design/payloads.md`.
///
/// Every list is sorted by id (UTF-8 order), so reading the same documents twice gives the same
/// value, and re-importing changes no byte.
public struct DIPPayloads: Sendable, Equatable {
  /// `datatypes/DT-995.json`: ids `DT-\d{3}N?`.
  public var dataTypes: [PayloadEntity]
  /// `dataitems/DI-566.json`: ids `DI-\d{3}` (and `DI-992N`, which the publication defines
  /// next to `DI-992`).
  public var dataItems: [PayloadEntity]
  /// `blocks/B044.json`: ids are the published block keys (`S1`, `B044`, `R900-04`,
  /// `REP-002-CustomBlock`).
  public var blocks: [PayloadEntity]
  /// The `payload` of each interface.
  public var interfacePayloads: [InterfacePayload]
  /// What could not be read as the catalogue format says, in the order it was found.
  public var problems: [ImportProblem]

  public init(
    dataTypes: [PayloadEntity] = [], dataItems: [PayloadEntity] = [], blocks: [PayloadEntity] = [],
    interfacePayloads: [InterfacePayload] = [], problems: [ImportProblem] = []
  ) {
    self.dataTypes = dataTypes
    self.dataItems = dataItems
    self.blocks = blocks
    self.interfacePayloads = interfacePayloads
    self.problems = problems
  }

  /// The `payload` value of interface `id`.
  public func payload(of id: String) -> JSON? {
    interfacePayloads.first { $0.id == id }?.payload
  }

  public func dataType(_ id: String) -> PayloadEntity? { dataTypes.first { $0.id == id } }
  public func dataItem(_ id: String) -> PayloadEntity? { dataItems.first { $0.id == id } }
  public func block(_ id: String) -> PayloadEntity? { blocks.first { $0.id == id } }
}

/// A data type, data item or block as the catalogue stores it.
public struct PayloadEntity: Sendable, Equatable {
  public var id: String
  /// The published schema key (`DT-995-SenderUniqueReference`), for messages.
  public var schemaKey: String
  /// The title of the document it comes from (`DataTypes`, `DataCatalogue`,
  /// `RealCommonBlocks`), for the `sources` line.
  public var document: String
  /// The `info.version` of that document.
  public var version: String?
  /// Every field but `id` and `sources`, in the order of `design/payloads.md`, values as
  /// published (numbers as their published text).
  public var fields: [ImportedField]

  public init(id: String, schemaKey: String, document: String, version: String?, fields: [ImportedField]) {
    self.id = id
    self.schemaKey = schemaKey
    self.document = document
    self.version = version
    self.fields = fields
  }

  /// The value of field `name`.
  public subscript(name: String) -> JSON? { fields.first { $0.path == [name] }?.value }

  /// The entity as a catalogue file would hold it, without `sources`.
  public var json: JSON { .object([("id", .string(id))] + fields.map { ($0.name, $0.value) }) }
}

/// One interface's payload variants.
public struct InterfacePayload: Sendable, Equatable {
  /// The interface id (the `interfaceID` the payload schema gives, else the schema name).
  public var id: String
  /// `IF-001-Payload`.
  public var schemaKey: String
  public var document: String
  public var version: String?
  /// The `payload` array: `[{ "events"?: [...], "blocks": [{ "block", "name"?, "section",
  /// "required", "list"? }] }]`, one element per published variant.
  public var payload: JSON

  public init(id: String, schemaKey: String, document: String, version: String?, payload: JSON) {
    self.id = id
    self.schemaKey = schemaKey
    self.document = document
    self.version = version
    self.payload = payload
  }
}
