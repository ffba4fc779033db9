import Foundation
import MHHSLint
import MHHSReports
import Testing

@testable import mhhs

/// `mhhs completions`: the scripts are loaded in real shells, where installed, and asked to
/// complete command lines.
@Suite struct CompletionsTests {
  /// The shell named `name` on `PATH`, if installed.
  static func shell(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `script` with the shell at `shell` (`arguments` before the script) and returns its
  /// standard output; the completion script of `name` is in `$MHHS_COMPLETIONS`.
  func run(_ shell: URL, _ arguments: [String], _ script: String, completions name: String) throws -> String {
    let generated = try MHHSBinary.run(["completions", name])
    #expect(generated.status == 0)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("mhhs-completions-\(UUID())")
    try Data(generated.stdout.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = shell
    process.arguments = arguments + [script]
    process.environment = ["MHHS_COMPLETIONS": file.path, "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(script)")
    return String(decoding: data, as: UTF8.self)
  }

  /// What bash's `_mhhs` offers for each command line (`words`, the last being completed).
  func bashCompletions(_ lines: [[String]]) throws -> [[String]] {
    guard let bash = Self.shell("bash") else { return [] }
    var script = #"source "$MHHS_COMPLETIONS"; "#
    for words in lines {
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      script +=
        "COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMPREPLY=(); _mhhs; "
        + #"printf '%s\n' "${COMPREPLY[*]}"; "#
    }
    let output = try run(bash, ["-c"], script, completions: "bash")
    return output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      $0.split(separator: " ").map(String.init)
    }
  }

  @Test("bash registers the completion function", .enabled(if: shell("bash") != nil))
  func bashRegisters() throws {
    let output = try run(
      Self.shell("bash")!, ["-c"], #"source "$MHHS_COMPLETIONS"; complete -p mhhs"#, completions: "bash")
    #expect(output == "complete -o filenames -F _mhhs mhhs\n")
  }

  @Test(
    "bash completes commands, option values, rule ids and operand words", .enabled(if: shell("bash") != nil))
  func bashCompletes() throws {
    let results = try bashCompletions([
      ["mhhs", "expl"],
      ["mhhs", "lint", "--format", ""],
      ["mhhs", "lint", "--format", "=", "j"],
      ["mhhs", "lint", "catalogue", "--fail-on", "w"],
      ["mhhs", "diff", "--fail-on", ""],
      ["mhhs", "explain", "nfr/missing-e"],
      ["mhhs", "import", "d"],
      ["mhhs", "completions", ""],
      ["mhhs", "mapping", "--by", ""],
      ["mhhs", "lint", "--release", ""],
      ["mhhs", "lint", "catalogue", "extra", ""],
    ])
    #expect(
      results == [
        ["explain"],
        ReportFormat.allCases.map(\.rawValue),
        ["json", "junit"],
        ["warning"],
        FailThreshold.allCases.map(\.name),
        ["nfr/missing-error-response-time"],
        ["dip-openapi", "dtc"],
        ["bash", "zsh", "fish"],
        MappingTable.Grouping.allCases.map(\.rawValue),
        [],
        [],
      ])
  }

  @Test(
    "bash offers every command and, after each, every option it defines", .enabled(if: shell("bash") != nil))
  func bashCoversDefinitions() throws {
    let commands = CommandRunner.commands
    let results = try bashCompletions([["mhhs", ""]] + commands.map { ["mhhs", $0.name, "-"] })
    #expect(results.first == commands.map { $0.name } + ["--help", "-h", "--version"])
    for (command, offered) in zip(commands, results.dropFirst()) {
      let defined = command.options.flatMap { ["--\($0.name)"] + ($0.short.map { ["-\($0)"] } ?? []) }
      #expect(Set(offered) == Set(defined + ["--help", "-h"]), "\(command.name)")
    }
  }

  @Test("explain completes every rule id the tool knows", .enabled(if: shell("bash") != nil))
  func bashRuleIDs() throws {
    let results = try bashCompletions([["mhhs", "explain", ""]])
    #expect(results == [BuiltinRules.allDescriptions.map(\.id)])
  }

  @Test("zsh loads the script and registers _mhhs for mhhs", .enabled(if: shell("zsh") != nil))
  func zshLoads() throws {
    let output = try run(
      Self.shell("zsh")!, ["-f", "-c"],
      #"autoload -U compinit; compinit -u -D; source "$MHHS_COMPLETIONS"; print -r -- $_comps[mhhs]; whence -w _mhhs"#,
      completions: "zsh")
    #expect(output == "_mhhs\n_mhhs: function\n")
  }

  @Test("fish completes commands, option values and rule ids", .enabled(if: shell("fish") != nil))
  func fishCompletes() throws {
    let output = try run(
      Self.shell("fish")!, ["--no-config", "-c"],
      #"source "$MHHS_COMPLETIONS"; complete -C 'mhhs expl'; complete -C 'mhhs lint --fail-on '; complete -C 'mhhs explain nfr/missing-e'; complete -C 'mhhs completions z'"#,
      completions: "fish")
    let first = output.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
    #expect(
      first == ["explain"] + FailThreshold.allCases.map(\.name).sorted() + [
        "nfr/missing-error-response-time", "zsh",
      ])
  }

  @Test("an unknown shell is exit 2 naming the shells")
  func unknownShell() throws {
    let result = try MHHSBinary.run(["completions", "tcsh"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no completions for shell 'tcsh'; mhhs writes them for bash, zsh, fish"))
    let none = try MHHSBinary.run(["completions"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("one of: bash, zsh, fish"))
  }
}
