import MHHSCatalogue

/// ``UTF8Order/compare(_:_:)`` under the name the rules still call it by; it goes when they
/// use the catalogue's APIs instead of byte routines.
enum ByteOrder {
  static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    UTF8Order.compare(a, b)
  }
}
