extension IDPattern {
  /// The pattern as an ECMA-262 regular expression, for JSON Schemas; with ``maximumLength`` it
  /// accepts exactly the ids ``matches(_:)`` accepts.
  public var regex: String {
    switch self {
    case .interface: "^(IF-[0-9]{3}|REP-[0-9]{3}[A-Z]?)$"
    case .dataflow: "^D[0-9]{4}$"
    case .nfr: "^[A-Za-z][A-Za-z0-9]*$"
    case .changeRequest: "^CR[0-9]{3}$"
    case .release: "^[A-Za-z0-9][A-Za-z0-9.-]*$"
    case .role: "^[A-Z][A-Z0-9]{1,7}$"
    case .decision: "^(DAG-DEC[0-9]+|DAG[0-9]+(\\.[0-9]+)?-[0-9]+)$"
    case .designIssue: "^DIN-[0-9]+$"
    case .dataType: "^DT-[0-9]{3}N?$"
    case .dataItem: "^DI-[0-9]{3}N?$"
    case .block: "^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$"
    }
  }

  /// The most characters an id of this pattern has, where ``regex`` alone does not bound it.
  public var maximumLength: Int? {
    switch self {
    case .nfr, .block: 64
    case .release: 32
    default: nil
    }
  }
}
