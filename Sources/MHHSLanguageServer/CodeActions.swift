import MHHSCatalogue
import MHHSLint

/// Code actions for the findings under a range: the finding's own fix (``QuickFix``, the
/// change `mhhs lint --fix` makes), an exemption on the entity, and an entry in the baseline.
extension Workspace {
  /// `textDocument/codeAction`.
  mutating func codeActions(_ params: JSONValue?) -> JSON {
    guard let path = path(params?[value: "textDocument"]),
      let start = params?[value: "range"]?[value: "start"], let end = params?[value: "range"]?[value: "end"]
    else { return .null }
    let document = document(path)
    func offset(_ value: JSONValue) -> Int? {
      guard let line = value[value: "line"]?.intValue, let character = value[value: "character"]?.intValue
      else { return nil }
      let clamped = LSPPosition(line: min(line, document.lines.count - 1), character: character)
      return document.position(clamped, encoding).map(document.offset)
    }
    guard let from = offset(start), let to = offset(end) else { return .array([]) }
    var actions: [JSON] = []
    for finding in outcome.findings[path] ?? [] {
      let token = document.token(at: finding.location.position)
      guard token.lowerBound <= max(from, to), min(from, to) <= token.upperBound else { continue }
      let diagnostic = Diagnostics.make([finding], text: document.text, encoding)
      if let fix = finding.fix, let edit = edit(for: fix.edit) {
        actions.append(action(fix.title, diagnostic, edit, preferred: true))
      }
      if let edit = exemption(for: finding) {
        actions.append(
          action(
            "exempt \(finding.entityID ?? "") from \(finding.ruleID) (then write the reason)", diagnostic,
            edit))
      }
      if let baseline = settings.baseline, let edit = baselineEntry(for: finding, in: baseline) {
        actions.append(action("add to the baseline (\(baseline))", diagnostic, edit))
      }
    }
    return .array(actions)
  }

  private func action(
    _ title: String, _ diagnostics: [JSON], _ edit: WorkspaceEditBuilder, preferred: Bool = false
  )
    -> JSON
  {
    var members: [(String, JSON)] = [
      ("title", .string(title)), ("kind", .string("quickfix")), ("diagnostics", .array(diagnostics)),
    ]
    if preferred { members.append(("isPreferred", .bool(true))) }
    members.append(
      (
        "edit",
        edit.json(documentChanges: client.renamesFiles, versions: documents.compactMapValues(\.version))
      ))
    return .object(members)
  }

  /// A quick fix as a workspace edit; `nil` when the file no longer reads as the fix expects,
  /// or the fix renames a file and the client cannot.
  private mutating func edit(for fix: QuickFix.Edit) -> WorkspaceEditBuilder? {
    var builder = WorkspaceEditBuilder()
    switch fix {
    case .renameKey(let file, let pointer, let from, let to):
      let document = document(file)
      guard let member = document.member(at: pointer), member.key == from else { return nil }
      builder.replace(file, document.tokenRange(at: member.keyPosition, encoding), with: Self.quoted(to))
    case .replaceString(let file, let pointer, let from, let to):
      let document = document(file)
      guard let value = document.value(at: pointer), value.stringValue == from else { return nil }
      builder.replace(file, document.tokenRange(at: value.position, encoding), with: Self.quoted(to))
    case .renameFile(let file, let name):
      guard client.renamesFiles, let slash = file.lastIndex(of: "/") else { return nil }
      builder.rename(file, to: String(file[...slash]) + name)
    }
    return builder
  }

  /// An exemption from the finding's rule added to its entity (interfaces and D-flows carry
  /// them), with an empty reason for the author to write.
  private mutating func exemption(for finding: Finding) -> WorkspaceEditBuilder? {
    guard let id = finding.entityID else { return nil }
    let origin: Origin
    if let e = catalogue.interface(id) {
      origin = e.origin
    } else if let e = catalogue.dataflow(id) {
      origin = e.origin
    } else {
      return nil
    }
    let entry = "{ \"rule\": \(Self.quoted(finding.ruleID)), \"reason\": \"\" }"
    return insert(entry, intoArray: origin.pointer + "/exemptions", of: origin.file, member: "exemptions")
  }

  /// The finding recorded in the baseline file at `path`.
  private mutating func baselineEntry(for finding: Finding, in path: String) -> WorkspaceEditBuilder? {
    let entry =
      "{ \"rule\": \(Self.quoted(finding.ruleID)), \"entity\": \(finding.entityID.map(Self.quoted) ?? "null"), "
      + "\"pointer\": \(Self.quoted(finding.location.pointer)), \"fingerprint\": \(Self.quoted(finding.fingerprint)) }"
    return insert(entry, intoArray: "/findings", of: path, member: "findings")
  }

  /// `element` added first to the array at `pointer` of `file`; the array is created as the
  /// last member of its object when missing.
  private mutating func insert(_ element: String, intoArray pointer: String, of file: String, member: String)
    -> WorkspaceEditBuilder?
  {
    let document = document(file)
    var builder = WorkspaceEditBuilder()
    if let array = document.value(at: pointer) {
      guard let elements = array.elements else { return nil }
      if let first = elements.first {
        let at = document.offset(first.position)
        builder.replace(
          file, document.range(at, at, encoding), with: element + ",\n" + indent(first.position, document))
      } else {
        let start = document.offset(array.position)
        builder.replace(
          file, document.range(start, document.end(ofValueAt: start), encoding), with: "[\(element)]")
      }
      return builder
    }
    var parent = JSONPointer.tokens(pointer)
    parent.removeLast()
    guard let object = document.value(at: parent.reduce("") { JSONPointer.appending($0, $1) }),
      let last = object.members?.last
    else { return nil }
    let end = document.end(ofValueAt: document.offset(last.value.position))
    builder.replace(
      file, document.range(end, end, encoding),
      with: ",\n" + indent(last.keyPosition, document) + "\(Self.quoted(member)): [\(element)]")
    return builder
  }

  /// The blanks before `position` on its line, when only blanks are there.
  private func indent(_ position: Position, _ document: JSONDocument) -> String {
    let line = document.lines[position.line - 1]
    let before = line.prefix(position.column - 1)
    return before.allSatisfy { $0 == " " || $0 == "\t" } ? String(String.UnicodeScalarView(before)) : ""
  }

  static func quoted(_ text: String) -> String {
    var out = ""
    JSON.appendQuoted(text, to: &out)
    return out
  }
}
