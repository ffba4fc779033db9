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

  /// `transform` applied to every element on all cores, `batchSize` elements at a time, and
  /// each result handed to `consume` on the calling thread, in input order: while one batch is
  /// consumed the next is made, so making and consuming overlap and at most two batches of
  /// results are held at once. When `consume` throws, the batch being made is finished and
  /// dropped, and nothing more is made.
  public static func forEach<T: Sendable, R: Sendable, E: Error>(
    _ input: [T], batchSize: Int, _ transform: @escaping @Sendable (T) -> R,
    consume: (T, R) throws(E) -> Void
  ) throws(E) {
    let size = max(1, batchSize)
    var start = 0
    var made = map(Array(input.prefix(size)), transform)
    while start < input.count {
      let next = Array(input[min(input.count, start + size)..<min(input.count, start + 2 * size)])
      let making = NextBatch<R>()
      let group = DispatchGroup()
      if !next.isEmpty {
        DispatchQueue.global().async(group: group) { making.results = map(next, transform) }
      }
      do {
        for (offset, result) in made.enumerated() { try consume(input[start + offset], result) }
      } catch {
        group.wait()
        throw error
      }
      group.wait()
      start += made.count
      made = making.results
    }
  }
}

/// The results of the batch ``Parallel/forEach(_:batchSize:_:consume:)`` makes in the
/// background: written once by that work, read after waiting for it.
private final class NextBatch<R>: @unchecked Sendable {
  var results: [R] = []
}

/// The input and the output buffer of ``Parallel/map(_:_:)``, shared across threads; each
/// index is written by exactly one iteration.
private struct SharedBuffers<T, R>: @unchecked Sendable {
  let output: UnsafeMutableBufferPointer<R>
  let input: [T]
}
