import MHHSLanguageServer

/// `mhhs lsp`: the language server, over standard input and output.
enum LSPCommand: Command {
  static let name = "lsp"
  static let summary = "Run the language server over standard input and output"
  static let usage = "lsp [--stdio]"
  static let discussion = """
    Speaks the Language Server Protocol on standard input and output: the findings of `mhhs lint`
    for the whole catalogue, open files or not, with unsaved edits taken into account. The
    catalogue is the workspace folder if it holds catalogue.json, else its catalogue/ folder, else
    the folder above an opened file that holds catalogue.json. initializationOptions may give
    "ruleset", "baseline" and "release", as `mhhs lint` takes them.
    """

  static func run(_ arguments: LSPArguments, _ terminal: inout Terminal) throws -> CommandOutcome {
    terminal.flush()
    var server = LanguageServer(input: 0, output: 1)
    return server.run() == 0 ? .success : CommandOutcome(.findings)
  }
}
