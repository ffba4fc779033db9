import Dispatch

/// Work spread over all cores.
public enum Parallel {
  /// `transform` applied to every element on all cores; the results are in input order.
  public static func map<T, R>(_ input: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard input.count > 1 else { return input.map(transform) }
    return [R](unsafeUninitializedCapacity: input.count) { output, initialized in
      let shared = SharedBuffers(output: output, input: input)
      DispatchQueue.concurrentPerform(iterations: input.count) { i in
        (shared.output.baseAddress! + i).initialize(to: transform(shared.input[i]))
      }
      initialized = input.count
    }
  }
}

/// The input and the output buffer of ``Parallel/map(_:_:)``, shared across threads; each
/// index is written by exactly one iteration.
private struct SharedBuffers<T, R>: @unchecked Sendable {
  let output: UnsafeMutableBufferPointer<R>
  let input: [T]
}
