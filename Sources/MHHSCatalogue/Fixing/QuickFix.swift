/// A change to the catalogue's files that resolves a finding with nothing left to judge: a
/// misspelt field name or id with exactly one nearest known name, or a file named after another
/// id. `mhhs lint --fix` applies them; an editor can offer them as quick fixes (each edit maps
/// to a text edit or a file rename of a workspace edit).
public struct QuickFix: Sendable, Hashable {
  /// What the fix does, for people: "rename field `respnseTimes` to `responseTimes`".
  public var title: String
  public var edit: Edit

  public init(_ title: String, _ edit: Edit) {
    self.title = title
    self.edit = edit
  }

  /// One change to one file. Text edits name the JSON string they rewrite by its pointer and
  /// its current value, so that a file changed since it was read is noticed, not clobbered.
  public enum Edit: Sendable, Hashable {
    /// The key of the member at `pointer`, now `from`, becomes `to`.
    case renameKey(file: String, pointer: String, from: String, to: String)
    /// The string at `pointer`, now `from`, becomes `to`.
    case replaceString(file: String, pointer: String, from: String, to: String)
    /// The file is renamed to `name` in its folder, which must not hold that name yet.
    case renameFile(file: String, to: String)

    /// The file the edit changes.
    public var file: String {
      switch self {
      case .renameKey(let file, _, _, _), .replaceString(let file, _, _, _), .renameFile(let file, _): file
      }
    }
  }
}
