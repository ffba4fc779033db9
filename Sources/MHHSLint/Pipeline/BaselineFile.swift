/// A baseline as `--baseline FILE` gives it: its entries, and its path as the user wrote it,
/// which the findings it suppresses and its stale entries name.
public struct BaselineFile: Sendable {
  public var baseline: Baseline
  public var path: String

  public init(_ baseline: Baseline, path: String) {
    self.baseline = baseline
    self.path = path
  }
}
