import MHHSCatalogue
import MHHSLint
import MHHSReports

/// `mhhs site [DIR] --output OUT`: the catalogue as a static website.
enum SiteCommand: Command {
  static let name = "site"
  static let summary = "Write the catalogue as a static website (dashboard, a page per entity, search)"
  static let usage = "site [DIR] --output OUT [--release ID] [--baseline FILE] [--ruleset FILE]"
  static let discussion = """
    Writes the catalogue in DIR (default: catalogue) as a website in the folder OUT that works
    opened from disk or from a zip, with no network: OUT/index.html (search over ids and names,
    and a completeness dashboard of the interfaces, overall and per release), a page per entity
    at OUT/<folder>/<ID>.html (interfaces/, dataflows/, nfrs/, change-requests/, releases/,
    roles/, datatypes/, dataitems/, blocks/) with its facts, sources, history, links both ways
    and the findings mhhs lint reports on it (with the same --ruleset, --baseline and
    --release), a page per kind, every finding, and the rules. Plain HTML and one stylesheet;
    the two small scripts (search, table filters) are not needed to read any page.
    The site is made in a new folder beside OUT and renamed into place, replacing what is at
    OUT only when that is empty or a site mhhs wrote; a file or a link at OUT is refused.
    Exit code 0 when written, 2 when the catalogue, ruleset, baseline or OUT cannot be used.
    """

  static func run(_ arguments: SiteArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    let directory = arguments.directory
    let ruleset = try RulesetOption.load(
      arguments.ruleset, defaultPath: RulesetLoader.defaultPath(forCatalogue: directory))
    var options = LintOptions(release: arguments.release, configuration: ruleset.configuration)
    options.baseline = try arguments.baseline.map { path throws(CommandError) in
      BaselineFile(try LintBaseline.read(path), path: path)
    }
    let catalogue = try CatalogueLoader.load(directory: directory)
    let linter = Linter(rules: ruleset.rules())
    let result = try linter.lint(catalogue, options: options, today: Today.date())
    var rules = linter.rules.map(\.description).filter { options.configuration.isEnabled($0) }
    if options.baseline != nil { rules.append(Baseline.staleEntryRule) }

    let site = Site(SiteInput(catalogue: catalogue, result: result, rules: rules, tool: CommandRunner.tool))
    let publication = try FileSystem.FolderPublication(at: arguments.output)
    var pages = 0
    try site.make { path, page throws(FileSystem.WriteError) in
      try publication.write(page, to: path.path)
      pages += 1
    }
    try publication.commit()
    terminal.error("mhhs: wrote \(publication.path): \(pages) files\n")
    return CommandOutcome(.success, leaving: catalogue, result)
  }
}
