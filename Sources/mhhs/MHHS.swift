#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `mhhs` command line: parses arguments, runs a command, sets the exit code.
@main
enum MHHS {
  static func main() {
    var terminal = Terminal()
    let outcome: CommandOutcome
    switch ArgumentText.decode(CommandLine.unsafeArgv, count: CommandLine.argc) {
    case .success(let arguments): outcome = CommandRunner.run(arguments, &terminal)
    case .failure(let error):
      terminal.error("mhhs: error: \(error.message)\n")
      outcome = CommandOutcome(.usage)
    }
    terminal.flush()
    // What the command left is never torn down: see ``CommandOutcome``.
    withExtendedLifetime(outcome) { exit(outcome.exitCode.rawValue) }
  }
}
