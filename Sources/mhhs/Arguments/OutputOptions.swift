import MHHSCatalogue

/// `--format FORMAT` and `--output FILE`, shared by the commands that write a report or a table.
struct OutputOptions<Format: OptionChoice>: Sendable {
  /// The two options as one command defines them: its formats, its default and what it writes.
  struct Definition: Sendable {
    let format: ChoiceOption<Format>
    let output: TextOption

    init(formatHelp: String, default defaultFormat: Format, writing what: String) {
      format = ChoiceOption("format", "FORMAT", help: formatHelp, default: defaultFormat)
      output = TextOption(
        "output", "FILE", help: "Write the \(what) to FILE (atomically) instead of standard output")
    }
  }

  var format: Format
  /// The file to write, or `nil` for standard output.
  var file: String?

  init(format: Format, file: String? = nil) {
    self.format = format
    self.file = file
  }

  init(_ parsed: ParsedArguments, _ definition: Definition) {
    self.init(format: definition.format.value(in: parsed), file: definition.output.value(in: parsed))
  }

  /// Writes `text` to the file (atomically), or to standard output.
  func write(_ text: String, _ terminal: inout Terminal) throws(FileSystem.WriteError) {
    if let file { try FileSystem.writeFile(text, to: file) } else { terminal.print(text) }
  }

  /// Writes `bytes` to the file (atomically), or to standard output.
  func write(_ bytes: [UInt8], _ terminal: inout Terminal) throws(FileSystem.WriteError) {
    if let file { try FileSystem.writeFile(bytes, to: file) } else { terminal.print(bytes) }
  }
}

extension OutputOptions: Equatable where Format: Equatable {}
