/// A data type, data item or block, named by kind and id.
public struct PayloadEntityKey: Sendable, Hashable {
  public var kind: EntityKind
  public var id: String

  public init(_ kind: EntityKind, _ id: String) {
    self.kind = kind
    self.id = id
  }
}

/// How one interface's payload reaches a data type, data item or block.
public struct PayloadRoute: Sendable, Equatable {
  public var interface: String
  /// The payload variants (1-based, in published order) that reach it.
  public var variants: [Int]
  /// How many payload variants the interface has.
  public var variantCount: Int
  /// The ids from the payload down to the entity, both ends included, through the first
  /// variant that reaches it: blocks, then the data item, then the data type
  /// (`["S1", "DI-995", "DT-995"]`, `["REP-900-CustomBlock", "R900-03", "R900-04", "DI-566"]`).
  public var via: [String]

  public init(interface: String, variants: [Int], variantCount: Int, via: [String]) {
    self.interface = interface
    self.variants = variants
    self.variantCount = variantCount
    self.via = via
  }
}

/// The reverse of ``PayloadReach``: for every data type, data item and block, the interfaces
/// whose payload reaches it and through which blocks. Built from one iterative ``PayloadReach``
/// per payload variant, so it shares that walk's guarantees (no recursion, cycles entered once).
public struct PayloadUsers: Sendable {
  private var routes: [PayloadEntityKey: [PayloadRoute]] = [:]

  public init(_ catalogue: Catalogue) {
    let interfaces = catalogue.interfaces.sorted {
      Array($0.id.value.utf8).lexicographicallyPrecedes(Array($1.id.value.utf8))
    }
    for interface in interfaces {
      let variants = interface.payload?.values() ?? []
      // Per entity: the variants reaching it and the path through the first of them.
      var found: [PayloadEntityKey: PayloadRoute] = [:]
      var order: [PayloadEntityKey] = []
      for (index, variant) in variants.enumerated() {
        let reach = PayloadReach(blocks: (variant.blocks?.values() ?? []).map(\.block.value), in: catalogue)
        func note(_ key: PayloadEntityKey, _ via: @autoclosure () -> [String]) {
          if found[key] != nil {
            found[key]!.variants.append(index + 1)
          } else {
            found[key] = PayloadRoute(
              interface: interface.id.value, variants: [index + 1], variantCount: variants.count, via: via())
            order.append(key)
          }
        }
        for id in reach.blocks { note(PayloadEntityKey(.block, id), reach.path(toBlock: id) ?? [id]) }
        for id in reach.dataItems {
          note(PayloadEntityKey(.dataItem, id), (reach.path(toDataItem: id) ?? []) + [id])
        }
        for id in reach.dataTypes {
          let path = reach.path(toDataType: id)
          note(PayloadEntityKey(.dataType, id), (path?.blocks ?? []) + (path?.item.map { [$0] } ?? []) + [id])
        }
      }
      for key in order { routes[key, default: []].append(found[key]!) }
    }
  }

  /// The interfaces reaching `kind`/`id`, in id order, each with its route.
  public func routes(to kind: EntityKind, _ id: String) -> [PayloadRoute] {
    routes[PayloadEntityKey(kind, id)] ?? []
  }

  /// The ids of the interfaces reaching `kind`/`id`, in id order.
  public func interfaces(reaching kind: EntityKind, _ id: String) -> [String] {
    routes(to: kind, id).map(\.interface)
  }
}
