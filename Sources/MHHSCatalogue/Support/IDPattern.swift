/// The identifier patterns of the catalogue format, checked without regular expressions.
///
/// An id is also a file name, so only ids that pass these checks are ever used to build a path.
public enum IDPattern: String, Sendable, CaseIterable {
  case interface
  case dataflow
  case nfr
  case changeRequest
  case release
  case role
  case decision
  case designIssue
  case dataType
  case dataItem
  case block

  /// The pattern as the format documents it, for messages.
  public var display: String {
    switch self {
    case .interface: "IF-nnn or REP-nnn[A-Z]"
    case .dataflow: "Dnnnn"
    case .nfr: "letters and digits starting with a letter"
    case .changeRequest: "CRnnn"
    case .release: "letters, digits, '.' and '-' (M5, IR7, IR8.5)"
    case .role: "2–8 upper-case letters or digits, starting with a letter"
    case .decision: "DAG-DECnn or a DAG action such as DAG31-03"
    case .designIssue: "DIN-nnn"
    case .dataType: "DT-nnn or DT-nnnN"
    case .dataItem: "DI-nnn or DI-nnnN"
    case .block:
      "letters and digits in runs joined by '-', starting with a letter, at most 64 (S1, B044, R900-04)"
    }
  }

  public func matches(_ id: String) -> Bool {
    var id = id
    return id.withUTF8 { matches(bytes: $0) }
  }

  private func matches(bytes s: UnsafeBufferPointer<UInt8>) -> Bool {
    switch self {
    case .interface:
      if begins(s, "IF-") { return s.count == 6 && digits(s[3...]) }
      if begins(s, "REP-") {
        return (s.count == 7 && digits(s[4...])) || (s.count == 8 && digits(s[4..<7]) && upper(s[7]))
      }
      return false
    case .dataflow:
      return s.count == 5 && s[0] == UInt8(ascii: "D") && digits(s[1...])
    case .nfr:
      return !s.isEmpty && s.count <= 64 && letter(s[0]) && s.allSatisfy { letter($0) || digit($0) }
    case .changeRequest:
      return s.count == 5 && begins(s, "CR") && digits(s[2...])
    case .release:
      return !s.isEmpty && s.count <= 32 && (letter(s[0]) || digit(s[0]))
        && s.allSatisfy { letter($0) || digit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    case .role:
      return (2...8).contains(s.count) && upper(s[0]) && s.allSatisfy { upper($0) || digit($0) }
    case .decision:
      if begins(s, "DAG-DEC") { return s.count > 7 && digits(s[7...]) }
      // DAG\d+(\.\d+)?-\d+
      guard begins(s, "DAG") else { return false }
      let rest = s[3...].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
      guard rest.count == 2, digits(rest[1]) else { return false }
      let meeting = rest[0].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
      return (1...2).contains(meeting.count) && meeting.allSatisfy(digits)
    case .designIssue:
      return s.count > 4 && begins(s, "DIN-") && digits(s[4...])
    case .dataType, .dataItem:
      // DT-\d{3}N? / DI-\d{3}N?
      guard begins(s, self == .dataType ? "DT-" : "DI-"), s.count == 6 || s.count == 7 else { return false }
      return digits(s[3..<6]) && (s.count == 6 || s[6] == UInt8(ascii: "N"))
    case .block:
      // [A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*, at most 64 characters
      guard !s.isEmpty, s.count <= 64, letter(s[0]), s[s.count - 1] != UInt8(ascii: "-") else { return false }
      var previous: UInt8 = 0
      for b in s {
        if b == UInt8(ascii: "-") {
          if previous == b { return false }
        } else if !(letter(b) || digit(b)) {
          return false
        }
        previous = b
      }
      return true
    }
  }

  /// Whether `s` starts with `prefix` (a comparison of bytes, not of a generic sequence).
  private func begins(_ s: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard s.count >= count else { return false }
    let bytes = prefix.utf8Start
    for i in 0..<count where s[i] != bytes[i] { return false }
    return true
  }

  private func digits<C: Collection<UInt8>>(_ s: C) -> Bool { !s.isEmpty && s.allSatisfy(digit) }
  private func digit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
  private func upper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
  private func letter(_ b: UInt8) -> Bool { upper(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) }
}
