import MHHSCatalogue

/// The payload part of `mhhs import dip-openapi`: data types, data items, blocks and each
/// interface's `payload`, read by ``DIPPayloadReader`` from the documents next to
/// `Interfaces-EventCodes`.
extension DIPOpenAPIImporter {
  /// The documents that define payloads, besides `Interfaces-EventCodes`.
  static let payloadDocuments = [
    "DataTypes", "DataCatalogue", "RealCommonBlocks", "ECS-CommonBlocks", "ECS-Reports",
  ]

  /// The payload documents found in `folder` (file name → path); empty when it holds none, in
  /// which case the import reads interfaces only, as before payloads.
  static func payloadFiles(in folder: String) throws(ImportError) -> [(name: String, path: String)] {
    var files: [(name: String, path: String)] = []
    for document in payloadDocuments {
      if let name = try find(document, in: folder), !files.contains(where: { $0.name == name }) {
        files.append((name, ImportSource.join(folder, name)))
      }
    }
    return files
  }

  /// Adds the payload entities of `documents` (file name → parsed content, the interfaces
  /// document among them) to `result`: each data type, data item and block owns all its fields;
  /// each interface owns `payload`.
  static func addPayloads(_ documents: [String: JSONValue], to result: inout ImportResult) {
    let payloads = DIPPayloadReader.read(OpenAPIDocumentSet(documents))
    result.problems += payloads.problems
    var entities: [ImportedEntity] = []
    for (kind, list) in [
      (EntityKind.dataType, payloads.dataTypes), (.dataItem, payloads.dataItems), (.block, payloads.blocks),
    ] {
      let owned = CatalogueFormat.keyOrder(kind).filter { $0 != "id" && $0 != "sources" }
      for payload in list {
        var entity = ImportedEntity(kind: kind, id: payload.id, fields: payload.fields)
        entity.sourceLines = [sourceLine(version: payload.version, document: payload.document)]
        let given = Set(payload.fields.map(\.name))
        entity.removedFields = owned.filter { !given.contains($0) }
        entities.append(entity)
      }
    }
    var byInterface: [String: InterfacePayload] = [:]
    for payload in payloads.interfacePayloads where byInterface[payload.id] == nil {
      byInterface[payload.id] = payload
    }
    for i in result.entities.indices {
      if let payload = byInterface.removeValue(forKey: result.entities[i].id) {
        result.entities[i].fields.append(ImportedField("payload", payload.payload))
      } else {
        result.entities[i].removedFields.append("payload")
      }
    }
    for id in byInterface.keys.sorted(by: UTF8Order.precedes) {
      result.problems.append(
        .init(
          .warning,
          "the payload schema of \(id) names no interface this import reads; its payload was not imported",
          id: id))
    }
    result.entities += entities
  }
}
