/// Where the cursor is in a JSON text that may be half typed: the path of the object or array
/// around it, and whether a key or a value goes there. Read by scanning the text before the
/// cursor, so that it works on text the parser refuses.
struct CompletionContext {
  enum Place: Equatable {
    /// A member's key of the object at ``path``; `present` are the keys already before it.
    case key(present: [String])
    /// A value at ``path`` (the member's or element's own path).
    case value
  }

  var place: Place
  /// The tokens from the root to the key's object, or to the value.
  var path: [String]
  /// The scalar offsets of the string being typed (from its opening quote, through its
  /// closing quote when there is one on the line), or the empty range at the cursor.
  var replacing: Range<Int>

  private enum Frame {
    case object(keys: [String], key: String?, expectingKey: Bool)
    case array(index: Int)
  }

  /// The context at scalar offset `cursor` of `scalars`; `nil` outside any object or array.
  init?(_ scalars: [Unicode.Scalar], cursor: Int) {
    var stack: [Frame] = []
    var i = 0
    var open: Int?  // the opening quote of a string the cursor is in
    while i < cursor {
      let scalar = scalars[i]
      switch scalar {
      case "\"":
        let start = i
        i += 1
        var text = ""
        while i < scalars.count && scalars[i] != "\"" && scalars[i] != "\n" {
          if scalars[i] == "\\" { i += 1 }
          if i < scalars.count { text.unicodeScalars.append(scalars[i]) }
          i += 1
        }
        if i >= cursor || i >= scalars.count || scalars[i] == "\n" {
          open = start
          i = cursor
          continue
        }
        if case .object(var keys, _, true)? = stack.last {
          keys.append(text)
          stack[stack.count - 1] = .object(keys: keys, key: text, expectingKey: true)
        }
      case "{": stack.append(.object(keys: [], key: nil, expectingKey: true))
      case "[": stack.append(.array(index: 0))
      case "}", "]": _ = stack.popLast()
      case ":":
        if case .object(let keys, let key, _)? = stack.last {
          stack[stack.count - 1] = .object(keys: keys, key: key, expectingKey: false)
        }
      case ",":
        switch stack.last {
        case .object(let keys, _, _)?:
          stack[stack.count - 1] = .object(keys: keys, key: nil, expectingKey: true)
        case .array(let n)?: stack[stack.count - 1] = .array(index: n + 1)
        case nil: break
        }
      default: break
      }
      i += 1
    }
    guard let top = stack.last else { return nil }
    var path: [String] = []
    for frame in stack.dropLast() {
      switch frame {
      case .object(_, let key, _): path.append(key ?? "")
      case .array(let n): path.append(String(n))
      }
    }
    switch top {
    case .object(let keys, let key, let expectingKey):
      if expectingKey {
        place = .key(present: keys)
      } else {
        place = .value
        path.append(key ?? "")
      }
    case .array(let n):
      place = .value
      path.append(String(n))
    }
    self.path = path
    if let open {
      var end = cursor
      while end < scalars.count && scalars[end] != "\"" && scalars[end] != "\n" { end += 1 }
      replacing = open..<(end < scalars.count && scalars[end] == "\"" ? end + 1 : cursor)
    } else {
      replacing = cursor..<cursor
    }
  }
}
