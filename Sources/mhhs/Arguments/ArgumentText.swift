#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's arguments as text. Paths and ids are taken as UTF-8; an argument that is not
/// valid UTF-8 would otherwise be repaired into another name (bytes replaced by U+FFFD), and a
/// command could read or write a file the user did not name, so it is refused instead.
enum ArgumentText {
  /// The arguments after the program name, or a usage error naming the first that is not UTF-8.
  static func decode(_ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, count: Int32)
    -> Result<[String], UsageError>
  {
    var arguments: [String] = []
    for index in 1..<max(Int(count), 1) {
      guard let pointer = argv[index] else { break }
      guard let text = String(validatingCString: pointer) else {
        let shown = String(
          decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
        return .failure(
          UsageError(
            message: "argument \(index) ('\(shown)') is not valid UTF-8; mhhs takes paths and ids as UTF-8 "
              + "text, so rename the file or give its name in UTF-8"))
      }
      arguments.append(text)
    }
    return .success(arguments)
  }
}
