/// Raw DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, after
/// Mark Adler's `puff`. Written for untrusted input: every read is bounds-checked, a code that
/// cannot be decoded is an error, and output beyond `limit` bytes stops the run.
public enum Inflate {
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data ends inside a block.
    case truncated
    /// The data breaks the format (`reason` says how).
    case invalid(String)
    /// The output would exceed the limit.
    case tooLarge(limit: Int)

    public var description: String {
      switch self {
      case .truncated: "the compressed data ends early"
      case .invalid(let reason): "the compressed data is invalid: \(reason)"
      case .tooLarge(let limit): "the data expands beyond \(limit) bytes"
      }
    }
  }

  /// The bytes `data` decompresses to, at most `limit` of them.
  public static func decompress(_ data: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
    var state = State(input: data, limit: limit)
    var last = false
    while !last {
      last = try state.bits(1) == 1
      switch try state.bits(2) {
      case 0: try state.stored()
      case 1: try state.codes(Huffman.fixedLengths, Huffman.fixedDistances)
      case 2:
        let (lengths, distances) = try state.dynamicTables()
        try state.codes(lengths, distances)
      default: throw .invalid("block type 3")
      }
    }
    return state.output
  }

  /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
  struct Huffman {
    var counts: [Int]
    var symbols: [Int]

    /// The code for `lengths` (one per symbol, 0 for unused); nil when over-subscribed.
    /// ``complete`` is false for a code with unused bit patterns, which RFC 1951 allows only
    /// for a code of one symbol.
    init?(lengths: [Int]) {
      counts = Array(repeating: 0, count: 16)
      for length in lengths { counts[length] += 1 }
      var left = 1
      for length in 1..<16 {
        left <<= 1
        left -= counts[length]
        if left < 0 { return nil }
      }
      complete = left == 0
      var offsets = Array(repeating: 0, count: 16)
      for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
      symbols = Array(repeating: 0, count: lengths.count)
      for (symbol, length) in lengths.enumerated() where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
    }

    /// Every bit pattern decodes to a symbol.
    var complete: Bool

    static let fixedLengths: Huffman = {
      var lengths = Array(repeating: 8, count: 288)
      for i in 144..<256 { lengths[i] = 9 }
      for i in 256..<280 { lengths[i] = 7 }
      return Huffman(lengths: lengths)!
    }()

    static let fixedDistances = Huffman(lengths: Array(repeating: 5, count: 30))!
  }

  static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
    227,
    258,
  ]
  static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097,
    6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
  /// The order code-length code lengths are sent in.
  static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  struct State {
    let input: ArraySlice<UInt8>
    let limit: Int
    var position: Int
    var bitBuffer = 0
    var bitCount = 0
    var output: [UInt8] = []

    init(input: ArraySlice<UInt8>, limit: Int) {
      self.input = input
      self.limit = limit
      position = input.startIndex
    }

    mutating func bits(_ need: Int) throws(Failure) -> Int {
      var value = bitBuffer
      while bitCount < need {
        guard position < input.endIndex else { throw .truncated }
        value |= Int(input[position]) << bitCount
        position += 1
        bitCount += 8
      }
      bitBuffer = value >> need
      bitCount -= need
      return value & ((1 << need) - 1)
    }

    mutating func emit(_ byte: UInt8) throws(Failure) {
      guard output.count < limit else { throw .tooLarge(limit: limit) }
      output.append(byte)
    }

    mutating func stored() throws(Failure) {
      bitBuffer = 0
      bitCount = 0
      guard position + 4 <= input.endIndex else { throw .truncated }
      let length = Int(input[position]) | Int(input[position + 1]) << 8
      let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
      position += 4
      guard length == ~complement & 0xFFFF else { throw .invalid("a stored block's length check fails") }
      guard position + length <= input.endIndex else { throw .truncated }
      guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
      output += input[position..<position + length]
      position += length
    }

    /// One symbol, read bit by bit against the canonical code.
    mutating func decode(_ code: Huffman) throws(Failure) -> Int {
      var value = 0
      var first = 0
      var index = 0
      for length in 1..<16 {
        value |= try bits(1)
        let count = code.counts[length]
        if value - count < first { return code.symbols[index + (value - first)] }
        index += count
        first += count
        first <<= 1
        value <<= 1
      }
      throw .invalid("a code that is not in the table")
    }

    mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
      while true {
        let symbol = try decode(lengths)
        if symbol < 256 {
          try emit(UInt8(symbol))
        } else if symbol == 256 {
          return
        } else {
          let index = symbol - 257
          guard index < 29 else { throw .invalid("length symbol \(symbol)") }
          let length = Inflate.lengthBase[index] + (try bits(Inflate.lengthExtra[index]))
          let distanceSymbol = try decode(distances)
          guard distanceSymbol < 30 else { throw .invalid("distance symbol \(distanceSymbol)") }
          let distance =
            Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
          guard distance <= output.count else { throw .invalid("a distance back past the start") }
          guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
          let start = output.count - distance
          for offset in 0..<length { output.append(output[start + offset]) }
        }
      }
    }

    mutating func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
      let literalCount = try bits(5) + 257
      let distanceCount = try bits(5) + 1
      let codeCount = try bits(4) + 4
      guard literalCount <= 286, distanceCount <= 30 else { throw .invalid("too many codes") }
      var codeLengths = Array(repeating: 0, count: 19)
      for index in 0..<codeCount { codeLengths[Inflate.lengthOrder[index]] = try bits(3) }
      guard let lengthCode = Huffman(lengths: codeLengths), lengthCode.complete else {
        throw .invalid("the code-length code is not complete")
      }
      var lengths: [Int] = []
      let total = literalCount + distanceCount
      while lengths.count < total {
        let symbol = try decode(lengthCode)
        if symbol < 16 {
          lengths.append(symbol)
          continue
        }
        var repeated = 0
        var times: Int
        switch symbol {
        case 16:
          guard let previous = lengths.last else { throw .invalid("a repeat with no length before it") }
          repeated = previous
          times = 3 + (try bits(2))
        case 17: times = 3 + (try bits(3))
        default: times = 11 + (try bits(7))
        }
        guard lengths.count + times <= total else { throw .invalid("code lengths run past the table") }
        lengths += repeatElement(repeated, count: times)
      }
      guard lengths[256] != 0 else { throw .invalid("no end-of-block code") }
      guard let literals = Huffman(lengths: Array(lengths[..<literalCount])),
        literals.complete || literals.counts[0] + literals.counts[1] == literalCount
      else { throw .invalid("an over-subscribed or incomplete literal/length code") }
      guard let distances = Huffman(lengths: Array(lengths[literalCount...])),
        distances.complete || distances.counts[0] + distances.counts[1] == distanceCount
      else { throw .invalid("an over-subscribed or incomplete distance code") }
      return (literals, distances)
    }
  }
}
