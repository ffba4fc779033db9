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
    let code: ExitCode
    switch ArgumentText.decode(CommandLine.unsafeArgv, count: CommandLine.argc) {
    case .success(let arguments): code = CommandRunner.run(arguments, &terminal)
    case .failure(let error):
      terminal.error("mhhs: error: \(error.message)\n")
      code = .usage
    }
    terminal.flush()
    exit(code.rawValue)
  }
}
