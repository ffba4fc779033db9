/// `mhhs init [DIR]`: scaffold a catalogue repository.
enum InitCommand: Command {
  static let name = "init"
  static let summary = "Start a catalogue repository: catalogue, ruleset, baseline and CI files"
  static let usage = "init [DIR]"
  static let discussion = """
    Writes into DIR (default: the current folder, created if missing) catalogue/ with catalogue.json and
    the MHHS roles.json and releases.json, rules/recommended.json, an empty baseline.json, a GitHub
    workflow, a pre-commit configuration and a GitLab CI file. DIR may already hold other files (a new
    git repository with a README, say), but none of these: if any of them exists, or a file stands
    where one of their folders should be, or a folder is not writable, init names every such path,
    writes nothing and exits 2. The CI files name the repository holding mhhs as OWNER/mhhs-catalogue,
    pinned at this version's tag; replace it with yours.
    """

  static func run(_ arguments: InitArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let scaffold = try Scaffold(checking: arguments.directory)
    for path in try scaffold.write() { terminal.print("created \(path)\n") }
    let catalogue = Scaffold.join(arguments.directory, "catalogue")
    terminal.print(
      "Next: mhhs lint \(catalogue) --baseline \(Scaffold.join(arguments.directory, "baseline.json"))\n")
    return .success
  }
}
