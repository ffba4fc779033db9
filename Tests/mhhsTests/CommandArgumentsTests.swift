import MHHSImport
import MHHSCatalogue
import MHHSLint
import MHHSReports
import Testing

@testable import mhhs
import MHHSImport

/// Parses `arguments` for the command whose typed arguments are `A`, as the runner does.
private func parse<A: CommandArguments>(_ type: A.Type, _ arguments: [String], command: String)
  throws(UsageError)
  -> A
{
  try A(ParsedArguments.parse(arguments, options: A.options, command: command))
}

/// The usage error `arguments` give, or `nil` when they parse.
private func usageError<A: CommandArguments>(_ type: A.Type, _ arguments: [String], command: String)
  -> UsageError?
{
  do {
    _ = try parse(type, arguments, command: command)
    return nil
  } catch {
    return error
  }
}

/// Each command's typed arguments: the values they take, their defaults and their usage errors.
@Suite struct CommandArgumentsTests {
  @Test func lintDefaults() throws {
    let lint = try parse(LintArguments.self, [], command: "lint")
    #expect(lint.directory == "catalogue")
    #expect(lint.output == OutputOptions(format: .text))
    #expect(lint.failOn == .severity(.error))
    #expect(lint.release == nil && lint.asOf == nil && lint.baseline == nil && lint.writeBaseline == nil)
    #expect(lint.ruleset == nil)
    #expect(!lint.quiet && !lint.timings)
  }

  @Test func lintTakesEveryOption() throws {
    let lint = try parse(
      LintArguments.self,
      [
        "cat", "--format", "sarif", "--output=out.sarif", "--fail-on", "never", "--release", "IR8",
        "--as-of", "2026-12-01", "--baseline", "b.json", "--write-baseline", "w.json", "-q",
        "--ruleset", "r.json", "--timings",
      ], command: "lint")
    #expect(lint.directory == "cat")
    #expect(lint.output == OutputOptions(format: .sarif, file: "out.sarif"))
    #expect(lint.failOn == .never)
    #expect(lint.release == "IR8")
    #expect(lint.asOf == CalendarDate("2026-12-01"))
    #expect(lint.baseline == "b.json" && lint.writeBaseline == "w.json" && lint.ruleset == "r.json")
    #expect(lint.quiet && lint.timings)
  }

  @Test func lintUsageErrors() {
    #expect(
      usageError(LintArguments.self, ["a", "b"], command: "lint")
        == UsageError(message: "lint takes one catalogue directory, got 2: a b", command: "lint"))
    #expect(
      usageError(LintArguments.self, ["--as-of", "2026-13-01"], command: "lint")
        == UsageError(message: "'2026-13-01' is not a date; write --as-of YYYY-MM-DD", command: "lint"))
    // The positionals are checked first, as before the arguments were typed.
    #expect(
      usageError(LintArguments.self, ["a", "b", "--as-of", "x"], command: "lint")?.message
        == "lint takes one catalogue directory, got 2: a b")
  }

  @Test func diffTakesTwoCatalogues() throws {
    let diff = try parse(DiffArguments.self, ["old", "git:HEAD", "--format", "markdown"], command: "diff")
    #expect(diff.old == "old" && diff.new == "git:HEAD")
    #expect(diff.output == OutputOptions(format: .markdown))
    #expect(diff.failOn == .severity(.error))
    #expect(
      usageError(DiffArguments.self, [], command: "diff")
        == UsageError(message: "diff takes two catalogues, OLD and NEW, got 0", command: "diff"))
    #expect(
      usageError(DiffArguments.self, ["a", "b", "c"], command: "diff")?.message
        == "diff takes two catalogues, OLD and NEW, got 3: a b c")
  }

  @Test func mapping() throws {
    let defaults = try parse(MappingArguments.self, [], command: "mapping")
    #expect(defaults.directory == "catalogue" && defaults.grouping == .flow && defaults.release == nil)
    #expect(defaults.output == OutputOptions(format: .csv))
    let given = try parse(
      MappingArguments.self,
      ["c", "--by", "interface", "--format", "html", "--release", "IR8", "--output", "t"],
      command: "mapping")
    #expect(given.directory == "c" && given.grouping == .interface && given.release == "IR8")
    #expect(given.output == OutputOptions(format: .html, file: "t"))
    #expect(try parse(MappingArguments.self, ["--by", "payload"], command: "mapping").grouping == .payload)
    #expect(
      usageError(MappingArguments.self, ["a", "b"], command: "mapping")
        == UsageError(message: "mapping takes one catalogue directory, got 2", command: "mapping"))
  }

  @Test func rulesAndExplain() throws {
    let rules = try parse(
      RulesArguments.self, ["--format", "markdown", "--ruleset", "r.json"], command: "rules")
    #expect(rules.format == .markdown && rules.ruleset == "r.json")
    #expect(try parse(RulesArguments.self, [], command: "rules").format == .text)
    #expect(
      usageError(RulesArguments.self, ["x"], command: "rules")
        == UsageError(message: "rules takes no arguments, got: x", command: "rules"))

    let explain = try parse(ExplainArguments.self, ["local/x", "--ruleset", "r.json"], command: "explain")
    #expect(explain.rule == "local/x" && explain.ruleset == "r.json")
    #expect(usageError(ExplainArguments.self, [], command: "explain")?.command == "explain")
    #expect(usageError(ExplainArguments.self, ["a", "b"], command: "explain") != nil)
  }

  @Test func help() throws {
    #expect(try parse(HelpArguments.self, [], command: "help").command == nil)
    #expect(try parse(HelpArguments.self, ["diff"], command: "help").command?.name == "diff")
    #expect(
      usageError(HelpArguments.self, ["lint", "diff"], command: "help")
        == UsageError(message: "help takes one command name", command: "help"))
    // An unknown command is not help's usage error: no "Run 'mhhs help help'" follows it.
    #expect(
      usageError(HelpArguments.self, ["nope"], command: "help")
        == UsageError(message: "unknown command 'nope'", command: nil))
  }

  @Test func importSourcesAndModes() throws {
    let csv = try parse(
      ImportArguments.self, ["csv", "rows.csv", "--kind", "dataflows", "--into", "cat", "--check"],
      command: "import")
    #expect(csv.source == .csv(.dataflows) && csv.source.name == .csv)
    #expect(csv.path == "rows.csv" && csv.directory == "cat" && csv.mode == .check && csv.only == nil)
    let dtc = try parse(
      ImportArguments.self, ["dtc", "bundle", "--into", "cat", "--dry-run"], command: "import")
    #expect(dtc.source == .dtc && dtc.mode == .dryRun)
    let dip = try parse(ImportArguments.self, ["dip-openapi", "spec", "--into", "cat"], command: "import")
    #expect(dip.source == .dipOpenAPI && dip.mode == .write)
  }

  @Test func importSelection() throws {
    let inline = try parse(
      ImportArguments.self, ["dtc", "p", "--into", "c", "--only", " D0001 ,D0002,D0001"], command: "import")
    #expect(inline.only == .ids(["D0001", "D0002"]))
    let file = try parse(
      ImportArguments.self, ["dtc", "p", "--into", "c", "--only", "@ids.txt"], command: "import")
    #expect(file.only == .file("ids.txt"))
    #expect(
      try ImportArguments.ids(in: "D0001 # first\r\nD0002,D0003\n# none\n") == ["D0001", "D0002", "D0003"])
    #expect(throws: UsageError(message: "--only selects no ids", command: "import")) {
      try ImportArguments.ids(in: "# nothing\n")
    }
  }

  @Test(arguments: [
    (["import"], "import needs a source kind: dip-openapi, dtc, csv, xlsx"),
    (
      ["dip-openap"],
      "unknown import source 'dip-openap'; did you mean 'dip-openapi'?; use one of: dip-openapi, dtc, csv, xlsx"
    ),
    (["csv"], "import csv takes one source path, got 0"),
    (["csv", "a"], "import needs --into DIR, the catalogue to import into"),
    (["csv", "a", "--into", ""], "import needs --into DIR, the catalogue to import into"),
    (["csv", "a", "--into", "c", "--dry-run", "--check"], "--dry-run and --check cannot be combined"),
    (["csv", "a", "--into", "c"], "import csv needs --kind interfaces or --kind dataflows"),
    (["dtc", "a", "--into", "c", "--kind", "interfaces"], "--kind applies to import csv and xlsx only"),
    (["dtc", "a", "--into", "c", "--only", ", ,"], "--only selects no ids"),
  ])
  func importUsageErrors(arguments: [String], message: String) {
    // `import` alone stands for no positionals at all.
    let given = arguments == ["import"] ? [] : arguments
    #expect(
      usageError(ImportArguments.self, given, command: "import")
        == UsageError(message: message, command: "import"))
  }
}

/// The typed option definitions: what help and the parser see, and the values read back.
@Suite struct TypedOptionTests {
  @Test func aChoiceListsItsCasesAndItsDefault() {
    let option = ChoiceOption("format", "FORMAT", help: "Report format", default: ReportFormat.json)
    #expect(option.spec.allowed == ReportFormat.allCases.map(\.rawValue))
    #expect(option.spec.help == "Report format (default: json)")
    #expect(option.spec.value == "FORMAT")
  }

  @Test func aChoiceWithoutDefaultIsNilWhenAbsent() throws {
    let option = ChoiceOption<CSVImporter.Kind?>("kind", "KIND", help: "What the rows describe")
    #expect(option.spec.help == "What the rows describe")
    let absent = try ParsedArguments.parse([], options: [option.spec], command: "t")
    let given = try ParsedArguments.parse(["--kind", "dataflows"], options: [option.spec], command: "t")
    #expect(option.value(in: absent) == nil)
    #expect(option.value(in: given) == .dataflows)
  }

  @Test func aValueOutsideTheChoiceIsAUsageErrorListingTheCases() {
    #expect(
      throws: UsageError(
        message: "'never!' is not a valid value for '--fail-on'; did you mean 'never'?; "
          + "use one of: error, warning, info, hint, never", command: "lint")
    ) {
      try ParsedArguments.parse(
        ["--fail-on", "never!"], options: [FailOnOption.definition.spec], command: "lint")
    }
  }

  @Test func everyThresholdReadsBackFromItsName() {
    #expect(FailThreshold.allCases.map(\.argument) == ["error", "warning", "info", "hint", "never"])
    for threshold in FailThreshold.allCases {
      #expect(FailThreshold(argument: threshold.argument) == threshold)
      #expect(FailThreshold(threshold.name) == threshold)
    }
    #expect(FailThreshold(argument: "off") == nil)
  }

  @Test func outputGoesToTheTerminalWhenNoFileIsGiven() throws {
    var terminal = Terminal()
    try OutputOptions(format: ReportFormat.text).write("report\n", &terminal)
    #expect(terminal.out == Array("report\n".utf8))
  }

  @Test func everyCommandDeclaresEachOptionOnce() {
    for command in CommandRunner.commands {
      let names = command.options.map(\.name)
      #expect(Set(names).count == names.count, "\(command.name): \(names)")
    }
  }
}
