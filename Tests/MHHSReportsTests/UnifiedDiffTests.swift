import Testing

@testable import MHHSReports

/// The in-house unified diff: hunk headers, context, merged hunks, missing final newlines.
@Suite struct UnifiedDiffTests {
  func diff(_ old: String, _ new: String, context: Int = 3) -> String {
    UnifiedDiff.render(old: old, new: new, oldName: "a.json", newName: "b.json", context: context)
  }

  static let ten = (1...10).map { "line \($0)\n" }.joined()

  @Test("equal texts give no diff")
  func equal() {
    #expect(diff(Self.ten, Self.ten) == "")
    #expect(diff("", "") == "")
  }

  @Test("one changed line, with three lines of context each side")
  func oneLine() {
    let new = Self.ten.replacing("line 5\n", with: "line five\n")
    #expect(
      diff(Self.ten, new) == """
        --- a.json
        +++ b.json
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test("changes far apart are two hunks; close ones share one")
  func hunks() {
    let far = Self.ten.replacing("line 1\n", with: "first\n").replacing("line 10\n", with: "last\n")
    #expect(
      diff(Self.ten, far, context: 1) == """
        --- a.json
        +++ b.json
        @@ -1,2 +1,2 @@
        -line 1
        +first
         line 2
        @@ -9,2 +9,2 @@
         line 9
        -line 10
        +last

        """)
    let near = Self.ten.replacing("line 3\n", with: "three\n").replacing("line 5\n", with: "five\n")
    #expect(diff(Self.ten, near, context: 1).components(separatedBy: "@@ ").count == 2)
  }

  @Test("insertions and deletions at the ends count from the line before")
  func insertAndDelete() {
    #expect(diff("a\n", "a\nb\n") == "--- a.json\n+++ b.json\n@@ -1 +1,2 @@\n a\n+b\n")
    #expect(diff("a\nb\n", "b\n") == "--- a.json\n+++ b.json\n@@ -1,2 +1 @@\n-a\n b\n")
    #expect(diff("", "x\n") == "--- a.json\n+++ b.json\n@@ -0,0 +1 @@\n+x\n")
  }

  @Test("a last line without a newline is marked")
  func noNewline() {
    #expect(
      diff("a\nb", "a\nb\n") == """
        --- a.json
        +++ b.json
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +b

        """)
  }

  @Test("lines are aligned on what both keep")
  func alignment() {
    #expect(
      diff("a\nb\nc\nd\n", "a\nc\nx\nd\n") == """
        --- a.json
        +++ b.json
        @@ -1,4 +1,4 @@
         a
        -b
         c
        +x
         d

        """)
  }
}
