/// Facts about the catalogue format (version 1) that tools writing catalogue files need.
public enum CatalogueFormat {
  /// The keys of an entity's object of `kind`, in the order the format lists them.
  public static func keyOrder(_ kind: EntityKind) -> [String] {
    switch kind {
    case .interface: Interface.format.keys
    case .dataflow: DataFlow.format.keys
    case .nfr: NFR.format.keys
    case .changeRequest: ChangeRequest.format.keys
    case .release: Release.format.keys
    case .role: Role.format.keys
    case .dataType: DataType.format.keys
    case .dataItem: DataItem.format.keys
    case .block: Block.format.keys
    }
  }
}
