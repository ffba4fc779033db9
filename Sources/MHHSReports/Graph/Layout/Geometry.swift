/// A point in diagram coordinates (px, y down).
public struct Point: Sendable, Equatable {
  public var x: Double
  public var y: Double
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// An axis-aligned rectangle.
public struct Rect: Sendable, Equatable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var maxX: Double { x + width }
  public var maxY: Double { y + height }
  public var midY: Double { y + height / 2 }

  /// Whether the two rectangles share any interior point.
  public func overlaps(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// Whether `point` lies strictly inside.
  public func contains(_ point: Point) -> Bool {
    point.x > x && point.x < maxX && point.y > y && point.y < maxY
  }
}

/// The size of a box to lay out.
public struct Size: Sendable, Equatable {
  public var width: Double
  public var height: Double
  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }
}
