/// How a command run ended: its exit code, and the values it leaves for the process's exit to
/// free.
///
/// A lint run's catalogue and report are not needed once the report is written, but freeing
/// them object by object costs tens of milliseconds at 40,000 entities (about 60 ms for the
/// catalogue, 7 ms for the findings, and `malloc_trim` more to hand the pages back), on the
/// critical path whether it happens before the report or when the command returns. Left to
/// `exit`, which hands the whole address space back at once, they cost a few MiB of peak memory
/// instead (the report is written while the catalogue is still resident). `main` keeps them
/// alive, and reachable for a leak checker, until it exits.
struct CommandOutcome {
  var exitCode: ExitCode
  /// The values left for `exit` to free.
  var leftovers: [Any]

  init(_ exitCode: ExitCode, leaving leftovers: Any...) {
    self.exitCode = exitCode
    self.leftovers = leftovers
  }

  static var success: CommandOutcome { CommandOutcome(.success) }
  static var findings: CommandOutcome { CommandOutcome(.findings) }
}
