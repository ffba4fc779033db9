import MHHSCatalogue

/// D-flows from a JSON extraction of the Data Transfer Catalogue: a folder of flow files
/// (`flows/D0379_v001.json`, with `manifest.json` naming the DTC version) or one flow file.
///
/// Each flow gives id, version, name, ownership and routes. Route role names (`Supplier`, `SDSA`)
/// are resolved through the `aliases` of the target catalogue's `roles.json` (an exact match on an
/// alias or a role id); a name that resolves to no role is reported and kept as written, so the
/// linter shows it as an unknown reference. Of several versions of a flow the highest is taken;
/// routes that become equal once resolved are kept once.
public enum DTCImporter {
  /// One flow as the extraction describes it.
  public struct Flow: Sendable, Equatable {
    public var id: String
    public var version: String?
    public var name: String?
    public var ownership: String?
    public var routes: [(from: String, to: String)]
    /// The file it came from, for messages.
    public var file: String

    public init(
      id: String, version: String?, name: String?, ownership: String?, routes: [(from: String, to: String)],
      file: String
    ) {
      self.id = id
      self.version = version
      self.name = name
      self.ownership = ownership
      self.routes = routes
      self.file = file
    }

    public static func == (a: Flow, b: Flow) -> Bool {
      a.id == b.id && a.version == b.version && a.name == b.name && a.ownership == b.ownership
        && a.file == b.file && a.routes.elementsEqual(b.routes) { $0.from == $1.from && $0.to == $1.to }
    }
  }

  /// Reads PATH (a folder or one flow file) and resolves roles through `roles`, a map from alias or
  /// role id to role id (see ``roleAliases(rolesJSON:)``).
  /// `only` limits the import to those flow ids (so that role names of other flows are not
  /// reported).
  public static func read(_ path: String, roles: [String: String], only: Set<String>? = nil)
    throws(ImportError)
    -> ImportResult
  {
    var files: [String] = []
    var dtcVersion: String?
    if try ImportSource.shape(of: path) == .directory {
      let manifest = ImportSource.join(path, "manifest.json")
      if FileSystem.type(of: manifest, followingLinks: true) == .file {
        dtcVersion = try ImportSource.parseJSON(manifest)[value: "dtcVersion"]?.stringValue
      }
      var folder = path
      let flowsFolder = ImportSource.join(path, "flows")
      if FileSystem.type(of: flowsFolder, followingLinks: true) == .directory { folder = flowsFolder }
      for name in try ImportSource.names(in: folder) where name.hasSuffix(".json") && name != "manifest.json"
      {
        files.append(ImportSource.join(folder, name))
      }
    } else {
      files = [path]
    }
    var flows: [Flow] = []
    for file in files {
      let value = try ImportSource.parseJSON(file)
      guard let flow = flow(value, file: ImportSource.baseName(file)) else {
        if files.count == 1 { throw ImportError("'\(file)' is not a DTC flow (it has no flowId)") }
        continue
      }
      flows.append(flow)
    }
    if flows.isEmpty { throw ImportError("no DTC flow files (with a flowId) in '\(path)'") }
    if let only { flows.removeAll { !only.contains($0.id) } }
    return entities(flows, roles: roles, dtcVersion: dtcVersion ?? routeVersion(files: files))
  }

  /// The DTC version written on the routes of the first flow (`"version": "15.4"`), when there is
  /// no manifest.
  static func routeVersion(files: [String]) -> String? {
    guard let first = files.first, let value = try? ImportSource.parseJSON(first) else { return nil }
    return value[value: "routes"]?.elements?.first?[value: "version"]?.stringValue
  }

  /// A flow from a parsed flow file; `nil` when it has no `flowId`.
  public static func flow(_ value: JSONValue, file: String) -> Flow? {
    guard let id = value[value: "flowId"]?.stringValue else { return nil }
    var routes: [(from: String, to: String)] = []
    for route in value[value: "routes"]?.elements ?? [] {
      guard let from = route[value: "from"]?.stringValue, let to = route[value: "to"]?.stringValue else {
        continue
      }
      routes.append((from, to))
    }
    return Flow(
      id: id, version: value[value: "flowVersion"]?.stringValue, name: value[value: "flowName"]?.stringValue,
      ownership: value[value: "ownership"]?.stringValue, routes: routes, file: file)
  }

  /// The map from every role id and alias in a `roles.json` document to its role id. An alias
  /// claimed by two roles resolves to the first.
  public static func roleAliases(rolesJSON: JSONValue) -> [String: String] {
    var map: [String: String] = [:]
    let roles = rolesJSON[value: "roles"]?.elements ?? []
    for role in roles {
      guard let id = role[value: "id"]?.stringValue else { continue }
      if map[id] == nil { map[id] = id }
    }
    for role in roles {
      guard let id = role[value: "id"]?.stringValue else { continue }
      for alias in role[value: "aliases"]?.elements ?? [] {
        if let a = alias.stringValue, map[a] == nil { map[a] = id }
      }
    }
    return map
  }

  /// The aliases of the `roles.json` in catalogue `directory` (empty when there is none).
  public static func roleAliases(catalogue directory: String) throws(ImportError) -> [String: String] {
    let path = ImportSource.join(directory, "roles.json")
    guard FileSystem.type(of: path, followingLinks: true) != .missing else { return [:] }
    return roleAliases(rolesJSON: try ImportSource.parseJSON(path))
  }

  /// The entities for `flows` (pure).
  public static func entities(_ flows: [Flow], roles: [String: String], dtcVersion: String?) -> ImportResult {
    var problems: [ImportProblem] = []
    var latest: [String: Flow] = [:]
    var order: [String] = []
    for flow in flows {
      if let existing = latest[flow.id] {
        if existing.version == flow.version {
          let version = flow.version.map { "version \(ImportMerger.quoted($0))" } ?? "without a flowVersion"
          problems.append(
            .init(
              .warning,
              "\(flow.id) \(version) is in two files, \(existing.file) and \(flow.file); \(existing.file) was used",
              id: flow.id))
        } else if DIPOpenAPIImporter.versionOrder(existing.version ?? "", flow.version ?? "") {
          latest[flow.id] = flow
        }
      } else {
        latest[flow.id] = flow
        order.append(flow.id)
      }
    }
    let prefix = "DTC "
    let suffix = " (third-party JSON extraction)"
    let line = SourceLine(
      text: prefix + (dtcVersion ?? "(version not stated)") + suffix, prefix: prefix, suffix: suffix)
    var unresolved: [String: [String]] = [:]
    var entities: [ImportedEntity] = []
    for id in order.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
      let flow = latest[id]!
      var entity = ImportedEntity(kind: .dataflow, id: id, sourceLines: [line])
      if let v = flow.version { entity.fields.append(ImportedField("version", .string(v))) }
      if let n = flow.name { entity.fields.append(ImportedField("name", .string(n))) }
      if let o = flow.ownership { entity.fields.append(ImportedField("ownership", .string(o))) }
      var routes: [JSON] = []
      var seen: Set<[String]> = []
      for route in flow.routes {
        let ends = [route.from, route.to].map { name -> String in
          if let role = roles[name] { return role }
          if !(unresolved[name]?.contains(id) ?? false) { unresolved[name, default: []].append(id) }
          return name
        }
        if seen.insert(ends).inserted {
          routes.append(.object([("from", .string(ends[0])), ("to", .string(ends[1]))]))
        }
      }
      entity.fields.append(ImportedField("routes", .array(routes)))
      entities.append(entity)
    }
    for name in unresolved.keys.sorted() {
      let flows = unresolved[name]!
      problems.append(
        .init(
          .warning,
          "DTC role \(ImportMerger.quoted(name)) (in \(flows.joined(separator: ", "))) resolves to no role of roles.json; "
            + "it was kept as written; add it to a role's aliases",
          id: nil))
    }
    return ImportResult(entities: entities, problems: problems)
  }
}
