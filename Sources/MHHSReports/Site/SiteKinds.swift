import MHHSCatalogue

/// The kinds as the site shows them: the order of the navigation, each entity's name, and
/// the anchors of rules.
enum SiteKinds {
  /// The kinds in the order the navigation lists them.
  static let listed: [EntityKind] = [
    .interface, .dataflow, .nfr, .changeRequest, .release, .role, .block, .dataItem, .dataType,
  ]

  /// The name or title of entity `id` of `kind`, when it has one.
  static func name(of id: String, _ kind: EntityKind, in catalogue: Catalogue) -> String? {
    switch kind {
    case .interface: catalogue.interface(id)?.name?.value
    case .dataflow: catalogue.dataflow(id)?.name?.value
    case .nfr: catalogue.nfr(id)?.title?.value
    case .changeRequest: catalogue.changeRequest(id)?.title?.value
    case .release: catalogue.release(id)?.name?.value
    case .role: catalogue.role(id)?.name?.value
    case .dataType: catalogue.dataType(id)?.name?.value
    case .dataItem: catalogue.dataItem(id)?.name?.value
    case .block: catalogue.block(id)?.name?.value
    }
  }

  /// Every id of `kind`, in catalogue order.
  static func ids(of kind: EntityKind, in catalogue: Catalogue) -> [String] {
    switch kind {
    case .interface: catalogue.interfaces.map(\.id.value)
    case .dataflow: catalogue.dataflows.map(\.id.value)
    case .nfr: catalogue.nfrs.map(\.id.value)
    case .changeRequest: catalogue.changeRequests.map(\.id.value)
    case .release: catalogue.releases.map(\.id.value)
    case .role: catalogue.roles.map(\.id.value)
    case .dataType: catalogue.dataTypes.map(\.id.value)
    case .dataItem: catalogue.dataItems.map(\.id.value)
    case .block: catalogue.blocks.map(\.id.value)
    }
  }

  /// The anchor of a rule on the rules page (`rule-nfr-missing-response-times`).
  static func ruleAnchor(_ id: String) -> String {
    "rule-" + String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
  }
}
