/// One value of an entity in canonical form: its JSON pointer inside the entity's object, the
/// value as JSON, and where it was read.
///
/// Scalars and nested objects are split down to their leaves (`/responseTimes/error/within`);
/// lists of ids (`from`, `to`, `events`, `replaces`, `routes`, `sources` …) are one field each,
/// compared as sets because their order carries no meaning; lists of records (`history`,
/// `exemptions`, `scenarioVariants`) are one field per element (`/history/1`), in order, except
/// an interface's payload variants, split one level further (`/payload/0/blocks/1`).
/// The `x` member is never read into the model, so it never appears here.
public struct EntityField: Sendable, Equatable {
  public enum Order: Sendable, Equatable {
    /// The value compares as written.
    case meaningful
    /// The value is a list whose order does not matter: it compares as a set.
    case unordered
  }

  public var pointer: String
  public var value: JSON
  public var position: Position
  public var order: Order

  public init(pointer: String, value: JSON, position: Position, order: Order = .meaningful) {
    self.pointer = pointer
    self.value = value
    self.position = position
    self.order = order
  }

  /// The top-level field this value belongs to (`responseTimes` for `/responseTimes/error/within`).
  public var topLevelName: String {
    let tokens = pointer.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true)
    return tokens.first.map(String.init) ?? ""
  }
}

/// Entities as canonical fields (see ``EntityField``), flattened from their ``FieldTree``. The
/// entity's `id` is not a field: it identifies the entity.
public enum EntityFields {
  public static func fields(of entity: any Entity) -> [EntityField] {
    guard let object = entity as? any Entity & FieldObject,
      case .object(let members) = FieldTree.of(object).value
    else { preconditionFailure("unknown entity type \(type(of: entity))") }
    var fields: [EntityField] = []
    for (key, node) in members where key != "id" { flatten(node, into: &fields) }
    return fields
  }

  /// Lists of records whose order carries no meaning, compared as sets like lists of ids.
  static let unorderedRecordLists: Set<String> = ["/routes"]

  /// Lists of records whose elements are split like objects, because each holds lists of its
  /// own: an interface's payload variants (`/payload/0/events`, and `/payload/0/blocks/2`, one
  /// field per block).
  static let splitRecordLists: Set<String> = ["/payload"]

  private static func flatten(_ node: FieldNode, into fields: inout [EntityField]) {
    switch node.value {
    case .text(let text):
      fields.append(EntityField(pointer: node.pointer, value: .string(text), position: node.position))
    case .object(let members):
      let before = fields.count
      for (_, child) in members { flatten(child, into: &fields) }
      if fields.count == before {
        fields.append(EntityField(pointer: node.pointer, value: .object([]), position: node.position))
      }
    case .list(let elements):
      let isRecords = elements.contains { if case .object = $0.value { true } else { false } }
      if isRecords && splitRecordLists.contains(node.pointer) {
        for element in elements { flatten(element, into: &fields) }
      } else if isRecords && !unorderedRecordLists.contains(node.pointer) {
        for element in elements {
          fields.append(
            EntityField(pointer: element.pointer, value: json(element), position: element.position))
        }
      } else {
        fields.append(
          EntityField(pointer: node.pointer, value: json(node), position: node.position, order: .unordered))
      }
    }
  }

  /// A node as JSON.
  static func json(_ node: FieldNode) -> JSON {
    switch node.value {
    case .text(let text): .string(text)
    case .list(let elements): .array(elements.map(json))
    case .object(let members): .object(members.map { ($0.key, json($0.node)) })
    }
  }

  /// Every entity of `kind` in the catalogue, in file order.
  public static func entities(of kind: EntityKind, in catalogue: Catalogue) -> [any Entity] {
    switch kind {
    case .interface: catalogue.interfaces
    case .dataflow: catalogue.dataflows
    case .nfr: catalogue.nfrs
    case .changeRequest: catalogue.changeRequests
    case .release: catalogue.releases
    case .role: catalogue.roles
    case .dataType: catalogue.dataTypes
    case .dataItem: catalogue.dataItems
    case .block: catalogue.blocks
    }
  }
}
