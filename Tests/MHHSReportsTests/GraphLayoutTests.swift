@testable import MHHSReports
import Testing

/// A small deterministic generator (SplitMix64), so every generated graph is the same each run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Checks a layout for what a reader would see as broken: overlapping boxes, boxes resized,
/// arrows that do not join their boxes or that run through another box.
enum OverlapChecker {
  static func problems(_ input: LayeredLayout.Input, _ output: LayeredLayout.Output) -> [String] {
    var problems: [String] = []
    let boxes = output.boxes
    if boxes.count != input.sizes.count { return ["\(boxes.count) boxes for \(input.sizes.count) nodes"] }
    for (i, box) in boxes.enumerated() {
      if box.width != input.sizes[i].width || box.height != input.sizes[i].height {
        problems.append("box \(i) resized")
      }
      if box.x < 0 || box.y < 0 || box.maxX > output.width || box.maxY > output.height {
        problems.append("box \(i) outside the picture")
      }
      for j in boxes.indices where j > i && box.overlaps(boxes[j]) {
        problems.append("boxes \(i) and \(j) overlap")
      }
    }
    for (e, edge) in input.edges.enumerated() {
      let route = output.routes[e]
      if edge.from == edge.to {
        if !route.isEmpty { problems.append("self-loop \(e) routed") }
        continue
      }
      guard route.count >= 4, route.count % 2 == 0 else {
        problems.append("edge \(e) has \(route.count) points")
        continue
      }
      let (source, target) = (boxes[edge.from], boxes[edge.to])
      if !touches(route[0], source) { problems.append("edge \(e) does not start at its source") }
      if !touches(route[route.count - 1], target) { problems.append("edge \(e) does not end at its target") }
      for (b, box) in boxes.enumerated() {
        for point in samples(route) where box.contains(point) {
          problems.append("edge \(e) runs through box \(b) at \(point)")
          break
        }
      }
    }
    return problems
  }

  /// Points along the route: straight runs and the curves between them (as the SVG draws them).
  static func samples(_ route: [Point]) -> [Point] {
    var points: [Point] = []
    for i in 1..<route.count {
      let (a, b) = (route[i - 1], route[i])
      for step in 0...20 {
        let t = Double(step) / 20
        if i % 2 == 1 {
          points.append(Point(x: a.x + (b.x - a.x) * t, y: a.y))
        } else {
          let dx = (b.x - a.x) / 2
          let (c1, c2) = (Point(x: a.x + dx, y: a.y), Point(x: b.x - dx, y: b.y))
          let u = 1 - t
          points.append(
            Point(
              x: u * u * u * a.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * b.x,
              y: u * u * u * a.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * b.y))
        }
      }
    }
    return points
  }

  static func touches(_ point: Point, _ box: Rect) -> Bool {
    (abs(point.x - box.x) < 0.01 || abs(point.x - box.maxX) < 0.01) && point.y >= box.y && point.y <= box.maxY
  }
}

@Suite struct GraphLayoutTests {
  static func randomSizes(_ n: Int, maxWidth: Double, _ rng: inout SeededGenerator) -> [Size] {
    (0..<n).map { _ in
      Size(
        width: Double.random(in: 20...maxWidth, using: &rng).rounded(),
        height: [30.0, 46, 62].randomElement(using: &rng)!)
    }
  }

  @Test(arguments: 0..<40) func randomDAGsHaveNoOverlapsAndArrowsGoRight(seed: UInt64) {
    var rng = SeededGenerator(state: seed)
    let n = Int.random(in: 2...40, using: &rng)
    var edges: [(from: Int, to: Int)] = []
    for a in 0..<n {
      for b in (a + 1)..<max(a + 1, n) where Double.random(in: 0..<1, using: &rng) < 0.12 {
        edges.append((a, b))
      }
    }
    let input = LayeredLayout.Input(sizes: Self.randomSizes(n, maxWidth: 260, &rng), edges: edges)
    let output = LayeredLayout().layout(input)
    #expect(OverlapChecker.problems(input, output) == [])
    for edge in edges { #expect(output.boxes[edge.from].maxX < output.boxes[edge.to].x) }
  }

  @Test(arguments: [1, 17, 60]) func wideLayersAndLongLabelsHaveNoOverlaps(width: Int) {
    var rng = SeededGenerator(state: UInt64(width))
    // One root, `width` children with labels up to 900 px wide, each with two grandchildren.
    let n = 1 + width * 3
    var edges: [(from: Int, to: Int)] = []
    for c in 0..<width {
      edges.append((0, 1 + c))
      edges.append((1 + c, 1 + width + 2 * c))
      edges.append((1 + c, 2 + width + 2 * c))
    }
    edges.append((0, n - 1))  // spans two layers: a dummy box in the middle column
    let input = LayeredLayout.Input(sizes: Self.randomSizes(n, maxWidth: 900, &rng), edges: edges)
    let output = LayeredLayout().layout(input)
    #expect(OverlapChecker.problems(input, output) == [])
  }

  @Test(arguments: 0..<20) func cyclesAreBrokenAndArrowsStillJoinTheirEnds(seed: UInt64) {
    var rng = SeededGenerator(state: 1000 + seed)
    let n = Int.random(in: 2...25, using: &rng)
    var edges: [(from: Int, to: Int)] = (0..<n).map { ($0, ($0 + 1) % n) }  // one big cycle
    // Random arrows on top, self-loops among them.
    for _ in 0..<n {
      edges.append((Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng)))
    }
    let input = LayeredLayout.Input(sizes: Self.randomSizes(n, maxWidth: 200, &rng), edges: edges)
    let output = LayeredLayout().layout(input)
    #expect(output.routes.count == edges.count)
    #expect(OverlapChecker.problems(input, output) == [])
  }

  @Test func theCheckerSeesOverlapsAndArrowsThroughBoxes() {
    let sizes = Array(repeating: Size(width: 50, height: 30), count: 3)
    let input = LayeredLayout.Input(sizes: sizes, layers: [0, 1, 2], edges: [(0, 2)])
    var output = LayeredLayout().layout(input)
    #expect(OverlapChecker.problems(input, output) == [])
    // The middle box moved onto the arrow's straight run, then onto another box.
    output.boxes[1].y = output.boxes[0].y
    #expect(OverlapChecker.problems(input, output).contains { $0.hasPrefix("edge 0 runs through box 1") })
    output.boxes[1].x = output.boxes[0].x + 10
    #expect(OverlapChecker.problems(input, output).contains("boxes 0 and 1 overlap"))
  }

  @Test func fixedLayersAreKeptAsColumns() {
    let sizes = Array(repeating: Size(width: 50, height: 30), count: 4)
    let input = LayeredLayout.Input(sizes: sizes, layers: [0, 2, 2, 5], edges: [(0, 1), (0, 2), (2, 3)])
    let output = LayeredLayout().layout(input)
    let xs = output.boxes.map(\.x)
    #expect(xs[0] < xs[1] && xs[1] == xs[2] && xs[2] < xs[3])
    #expect(OverlapChecker.problems(input, output) == [])
  }

  @Test func crossingReductionUntanglesACrossedPair() {
    // a→d and b→c cross in input order; the layout draws them side by side.
    let sizes = Array(repeating: Size(width: 40, height: 30), count: 4)
    let input = LayeredLayout.Input(sizes: sizes, layers: [0, 0, 1, 1], edges: [(0, 3), (1, 2)])
    let output = LayeredLayout().layout(input)
    let b = output.boxes
    #expect((b[0].y < b[1].y) == (b[3].y < b[2].y))
  }

  @Test func crossingsOnALadderFixtureAreNone() {
    // Two layers of six, each top node joined to one bottom node in reversed order: solvable
    // with no crossing at all.
    let sizes = Array(repeating: Size(width: 40, height: 30), count: 12)
    let edges = (0..<6).map { (from: $0, to: 11 - $0) }
    let input = LayeredLayout.Input(sizes: sizes, layers: (0..<12).map { $0 < 6 ? 0 : 1 }, edges: edges)
    let output = LayeredLayout().layout(input)
    var crossings = 0
    for a in edges {
      for b in edges where a.from < b.from {
        let top = output.boxes[a.from].y < output.boxes[b.from].y
        let bottom = output.boxes[a.to].y < output.boxes[b.to].y
        if top != bottom { crossings += 1 }
      }
    }
    #expect(crossings == 0)
  }

  @Test func theLayoutIsDeterministic() {
    var rng = SeededGenerator(state: 7)
    let sizes = Self.randomSizes(30, maxWidth: 200, &rng)
    let edges = (0..<29).map { (from: $0 / 2, to: $0 + 1) }
    let input = LayeredLayout.Input(sizes: sizes, edges: edges)
    let (a, b) = (LayeredLayout().layout(input), LayeredLayout().layout(input))
    #expect(a.boxes == b.boxes && a.routes == b.routes)
  }

  @Test func wrappingKeepsLinesWithinTheWidthAndMarksWhatIsCut() {
    let lines = TextMetrics.wrap(String(repeating: "word ", count: 50), width: 20, maxLines: 3)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { TextMetrics.columns($0) <= 20 })
    #expect(lines[2].hasSuffix("…"))
    #expect(TextMetrics.wrap("a\nb\u{1B}c", width: 20, maxLines: 2) == ["a b c"])
    #expect(TextMetrics.wrap(String(repeating: "x", count: 45), width: 20, maxLines: 3).count == 3)
    #expect(TextMetrics.columns("漢字") == 4)
  }
}

/// Forests, laid out directly as tidy trees (``TreeLayout``): checked as every layout is, and
/// against the general phases they stand in for.
@Suite struct TreeLayoutTests {
  /// A random forest of `n` boxes: each box after the first few hangs under an earlier one,
  /// with fans of up to `fan` children. Arrows in input order: by parent, then child.
  static func forest(_ n: Int, roots: Int, fan: Int, _ rng: inout SeededGenerator) -> LayeredLayout.Input {
    var edges: [(from: Int, to: Int)] = []
    var childCount = Array(repeating: 0, count: n)
    for child in roots..<max(roots, n) {
      var parent = Int.random(in: 0..<child, using: &rng)
      while childCount[parent] >= fan { parent = (parent + 1) % child }
      childCount[parent] += 1
      edges.append((parent, child))
    }
    edges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
    return LayeredLayout.Input(sizes: GraphLayoutTests.randomSizes(n, maxWidth: 300, &rng), edges: edges)
  }

  static func treeProblems(_ input: LayeredLayout.Input, _ output: LayeredLayout.Output) -> [String] {
    var problems = OverlapChecker.problems(input, output)
    let boxes = output.boxes
    // Arrows leaving one column: ordered the same at both ends, so none cross.
    for a in input.edges {
      for b in input.edges where boxes[a.from].x == boxes[b.from].x && a.from != b.from {
        if (boxes[a.from].y < boxes[b.from].y) != (boxes[a.to].y <= boxes[b.to].y) {
          problems.append("arrows \(a) and \(b) cross")
        }
      }
    }
    // Children below one another in their order, their parent centred between the outer two.
    var children: [Int: [Int]] = [:]
    for edge in input.edges { children[edge.from, default: []].append(edge.to) }
    for (parent, kids) in children {
      for (a, b) in zip(kids, kids.dropFirst()) where boxes[a].maxY > boxes[b].y {
        problems.append("children \(a) and \(b) of \(parent) out of order")
      }
      let middle = (boxes[kids.first!].midY + boxes[kids.last!].midY) / 2
      if abs(boxes[parent].midY - middle) > 0.2 {
        problems.append("box \(parent) not centred on its children")
      }
    }
    return problems
  }

  @Test(arguments: 0..<40) func generatedTreesHaveNoOverlapsOrCrossings(seed: UInt64) throws {
    var rng = SeededGenerator(state: 5000 + seed)
    let n = Int.random(in: 1...150, using: &rng)
    let roots = seed % 4 == 0 ? Int.random(in: 1...min(n, 5), using: &rng) : 1
    let input = Self.forest(n, roots: roots, fan: Int.random(in: 1...12, using: &rng), &rng)
    let tree = try #require(
      TreeLayout(layout: LayeredLayout(), sizes: input.sizes, layers: input.layers, edges: input.edges))
    let output = tree.place(input.edges)
    #expect(Self.treeProblems(input, output) == [])
    // The columns and the arrows' shape are those of the general layout.
    let general = LayeredLayout().layered(input)
    #expect(output.boxes.map(\.x) == general.boxes.map(\.x))
    #expect(output.width == general.width)
    #expect(output.routes.map { $0.map(\.x) } == general.routes.map { $0.map(\.x) })
    // And `layout` takes this path.
    #expect(LayeredLayout().layout(input).boxes == output.boxes)
  }

  /// A payload tree at the size the views cap it at, with long labels and wide fans.
  @Test func aTreeOfFourHundredBoxesHasNoOverlapsOrCrossings() {
    var rng = SeededGenerator(state: 400)
    let input = Self.forest(400, roots: 1, fan: 30, &rng)
    #expect(Self.treeProblems(input, LayeredLayout().layout(input)) == [])
  }

  @Test func fixedColumnsAreKeptAndClosedUp() throws {
    let sizes = Array(repeating: Size(width: 50, height: 30), count: 4)
    let input = LayeredLayout.Input(sizes: sizes, layers: [0, 2, 2, 5], edges: [(0, 1), (0, 2), (1, 3)])
    let tree = try #require(
      TreeLayout(layout: LayeredLayout(), sizes: sizes, layers: input.layers, edges: input.edges))
    #expect(tree.layers == [0, 1, 1, 2])
    #expect(Self.treeProblems(input, tree.place(input.edges)) == [])
  }

  /// What is not a forest of one-column arrows goes through the general phases.
  @Test func otherGraphsAreNotTrees() {
    let sizes = Array(repeating: Size(width: 50, height: 30), count: 4)
    let layout = LayeredLayout()
    func tree(_ edges: [(from: Int, to: Int)], layers: [Int?] = Array(repeating: nil, count: 4))
      -> TreeLayout?
    {
      TreeLayout(layout: layout, sizes: sizes, layers: layers, edges: edges)
    }
    #expect(tree([(0, 1), (1, 2), (2, 3)]) != nil)
    #expect(tree([(0, 2), (1, 2)]) == nil)  // two arrows into one box
    #expect(tree([(0, 1), (1, 2), (2, 0)]) == nil)  // a cycle
    #expect(tree([(1, 2), (2, 3), (3, 1)]) == nil)  // a cycle beside a root
    #expect(tree([(0, 1), (0, 2)], layers: [0, 1, 2, 2]) == nil)  // an arrow over a column
    #expect(tree([(0, 1), (0, 1)]) == nil)  // the same arrow twice
  }

  @Test func aForestKeepsItsRootsInOrder() throws {
    var rng = SeededGenerator(state: 9)
    let input = Self.forest(30, roots: 4, fan: 3, &rng)
    let output = LayeredLayout().layout(input)
    #expect(Self.treeProblems(input, output) == [])
    let roots = (0..<4).map { output.boxes[$0] }
    #expect(zip(roots, roots.dropFirst()).allSatisfy { $0.maxY <= $1.y })
  }
}
