#if canImport(Glibc)
  import Glibc
#endif

enum Memory {
  /// Hands memory freed so far back to the operating system (glibc keeps freed small blocks in
  /// the process otherwise), so that the catalogue, freed before the report is rendered, does
  /// not count twice towards the peak.
  static func returnFreedMemory() {
    #if canImport(Glibc)
      _ = mallocTrim(0)
    #endif
  }
}

#if canImport(Glibc)
  /// glibc's `int malloc_trim(size_t pad)` (declared in malloc.h, which the Glibc module leaves out).
  @_silgen_name("malloc_trim")
  private func mallocTrim(_ pad: Int) -> Int32
#endif
