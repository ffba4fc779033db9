#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs another program, with `posix_spawn` (no shell, no Foundation): standard input from
/// `/dev/null`, standard output and error into files, so that a full pipe can never block it.
enum ChildProcess {
  struct SpawnError: Error {
    var reason: String
  }

  /// Runs `program`, looked up on PATH by `/usr/bin/env`, with `arguments`, writing its standard
  /// output to `outputFile` and its standard error to `errorFile` (both created or emptied), and
  /// waits for it. Returns its exit status, or the number of the signal that ended it.
  static func run(_ program: String, _ arguments: [String], outputFile: String, errorFile: String)
    throws(SpawnError) -> Int32
  {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argv: [UnsafeMutablePointer<CChar>?] =
      (["/usr/bin/env", program] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ)
    guard spawned == 0 else { throw SpawnError(reason: String(cString: strerror(spawned))) }

    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw SpawnError(reason: String(cString: strerror(errno))) }
    }
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which are macros C does not export to Swift.
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : signal
  }
}
