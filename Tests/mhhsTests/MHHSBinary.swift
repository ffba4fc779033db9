import Foundation

/// Runs the built `mhhs` executable, as a user or a CI job would.
enum MHHSBinary {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Whether the run outlived its time limit and was killed.
    var timedOut = false
  }

  /// The `mhhs` executable beside the test bundle (`.build/debug/mhhs`).
  static var url: URL {
    var directory = Bundle.main.bundleURL
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("mhhs")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("mhhs")
  }

  /// Runs `mhhs arguments…` in `directory` (default: the current directory), with `NO_COLOR`
  /// set and `environment` added, and waits for it. Output goes through temporary files, so a
  /// large report cannot block on a full pipe. A run that outlives `timeLimit` seconds (a hang
  /// guard, far above what any run needs) is killed and reported as timed out.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    timeLimit: Double = 120
  ) throws -> Output {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mhhs-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.merge(environment) { _, new in new }
    process.environment = env
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeLimit)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    let timedOut = process.isRunning
    if timedOut { process.terminate() }
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Output(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), timedOut: timedOut)
  }
}
