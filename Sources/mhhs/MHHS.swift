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
    let code = CommandRunner.run(Array(CommandLine.arguments.dropFirst()), &terminal)
    terminal.flush()
    exit(code.rawValue)
  }
}
