/// A small XML reader for documents from untrusted sources (the parts of a workbook): elements,
/// attributes, text, CDATA, comments, processing instructions, namespace prefixes, and the five
/// predefined entities and character references. A document type declaration (`<!DOCTYPE`) is
/// refused, so no entity is ever declared or expanded; nesting deeper than ``maximumDepth`` is
/// refused. It reads with an explicit stack, so no input recurses.
public enum XMLReader {
  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line (1-based) where the problem was found.
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  public static let maximumDepth = 256

  /// The root element of `bytes`.
  public static func parse(_ bytes: [UInt8]) throws(Failure) -> XMLReader.Element {
    var reader = Reader(bytes: bytes)
    return try reader.document()
  }

  struct Open {
    var element: XMLReader.Element
    /// The prefix bindings this element declared (the empty prefix is the default namespace).
    var bindings: [String: String]
  }

  struct Reader {
    let bytes: [UInt8]
    var at = 0
    var line = 1
    var stack: [Open] = []
    var root: XMLReader.Element?

    init(bytes: [UInt8]) {
      self.bytes = bytes
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
    }

    func fail(_ message: String) -> Failure { Failure(line: line, message: message) }

    func starts(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard at + count <= bytes.count else { return false }
      let pointer = text.utf8Start
      for offset in 0..<count where bytes[at + offset] != pointer[offset] { return false }
      return true
    }

    /// Moves past `text`, which must come next.
    mutating func skipPast(_ terminator: StaticString, what: String) throws(Failure) {
      while at < bytes.count {
        if starts(terminator) {
          at += terminator.utf8CodeUnitCount
          return
        }
        if bytes[at] == 0x0A { line += 1 }
        at += 1
      }
      throw fail("\(what) is not closed")
    }

    mutating func document() throws(Failure) -> XMLReader.Element {
      var text: [UInt8] = []
      while at < bytes.count {
        let byte = bytes[at]
        if byte == UInt8(ascii: "<") {
          if !text.isEmpty {
            try flushText(&text)
          }
          if starts("<!--") {
            try skipPast("-->", what: "a comment")
          } else if starts("<![CDATA[") {
            guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
            at += 9
            let start = at
            try skipPast("]]>", what: "a CDATA section")
            try appendText(bytes[start..<at - 3])
          } else if starts("<!") {
            throw fail("a document type or entity declaration (<!DOCTYPE, <!ENTITY) is not accepted")
          } else if starts("<?") {
            try skipPast("?>", what: "a processing instruction")
          } else if starts("</") {
            try endTag()
          } else {
            try startTag()
          }
        } else {
          if byte == 0x0A { line += 1 }
          if stack.isEmpty {
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else {
              throw fail("text outside the root element")
            }
          } else {
            text.append(byte)
          }
          at += 1
        }
      }
      guard stack.isEmpty else { throw fail("the element <\(stack.last!.element.name)> is not closed") }
      guard let root else { throw fail("the document has no root element") }
      return root
    }

    mutating func flushText(_ text: inout [UInt8]) throws(Failure) {
      let decoded = try decode(text[...])
      stack[stack.count - 1].element.children.append(.text(decoded))
      text.removeAll(keepingCapacity: true)
    }

    mutating func appendText(_ raw: ArraySlice<UInt8>) throws(Failure) {
      guard let text = String(validating: raw, as: UTF8.self) else {
        throw fail("the text is not valid UTF-8")
      }
      stack[stack.count - 1].element.children.append(.text(text))
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
      !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
    }

    mutating func name() throws(Failure) -> String {
      let start = at
      while at < bytes.count, Self.isNameByte(bytes[at]) { at += 1 }
      guard at > start, let name = String(validating: bytes[start..<at], as: UTF8.self) else {
        throw fail("a name is missing or not UTF-8")
      }
      return name
    }

    mutating func skipSpace() {
      while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D
      {
        if bytes[at] == 0x0A { line += 1 }
        at += 1
      }
    }

    static func split(_ name: String) -> (prefix: String, local: String) {
      guard let colon = name.firstIndex(of: ":") else { return ("", name) }
      return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }

    func resolve(_ prefix: String, _ bindings: [String: String]) -> String? {
      if let own = bindings[prefix] { return own }
      for open in stack.reversed() { if let uri = open.bindings[prefix] { return uri } }
      if prefix == "xml" { return "http://www.w3.org/XML/1998/namespace" }
      return nil
    }

    mutating func startTag() throws(Failure) {
      guard root == nil || !stack.isEmpty else { throw fail("a second root element") }
      guard stack.count < XMLReader.maximumDepth else {
        throw fail("elements nest deeper than \(XMLReader.maximumDepth) levels")
      }
      at += 1
      let tagName = try name()
      var attributes: [XMLReader.Element.Attribute] = []
      var bindings: [String: String] = [:]
      while true {
        skipSpace()
        guard at < bytes.count else { throw fail("the tag <\(tagName)> is not closed") }
        if bytes[at] == UInt8(ascii: ">") || starts("/>") { break }
        let attributeName = try name()
        skipSpace()
        guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else {
          throw fail("the attribute \(attributeName) has no value")
        }
        at += 1
        skipSpace()
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") else {
          throw fail("the value of \(attributeName) is not quoted")
        }
        let quote = bytes[at]
        at += 1
        let start = at
        while at < bytes.count, bytes[at] != quote {
          guard bytes[at] != UInt8(ascii: "<") else { throw fail("'<' inside the value of \(attributeName)") }
          if bytes[at] == 0x0A { line += 1 }
          at += 1
        }
        guard at < bytes.count else { throw fail("the value of \(attributeName) is not closed") }
        let value = try decode(bytes[start..<at])
        at += 1
        guard !attributes.contains(where: { $0.name == attributeName }) else {
          throw fail("the attribute \(attributeName) appears twice")
        }
        if attributeName == "xmlns" {
          bindings[""] = value
        } else if attributeName.hasPrefix("xmlns:") {
          bindings[String(attributeName.dropFirst(6))] = value
        }
        attributes.append(
          .init(name: attributeName, localName: Self.split(attributeName).local, value: value))
      }
      let (prefix, local) = Self.split(tagName)
      let namespace = resolve(prefix, bindings)
      if !prefix.isEmpty && namespace == nil { throw fail("the prefix '\(prefix)' is not declared") }
      let element = XMLReader.Element(
        name: tagName, localName: local, namespace: namespace, attributes: attributes)
      if starts("/>") {
        at += 2
        close(element)
      } else {
        at += 1
        stack.append(Open(element: element, bindings: bindings))
      }
    }

    mutating func endTag() throws(Failure) {
      at += 2
      let tagName = try name()
      skipSpace()
      guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else {
        throw fail("the end tag </\(tagName)> is not closed")
      }
      at += 1
      guard let open = stack.popLast() else { throw fail("the end tag </\(tagName)> closes nothing") }
      guard open.element.name == tagName else {
        throw fail("</\(tagName)> closes <\(open.element.name)>")
      }
      close(open.element)
    }

    mutating func close(_ element: XMLReader.Element) {
      if stack.isEmpty {
        root = element
      } else {
        stack[stack.count - 1].element.children.append(.element(element))
      }
    }

    /// `raw` with its references decoded: the five predefined entities and character references.
    /// Any other entity reference is an error (entities are never declared here).
    func decode(_ raw: ArraySlice<UInt8>) throws(Failure) -> String {
      guard raw.contains(UInt8(ascii: "&")) else {
        guard let text = String(validating: raw, as: UTF8.self) else {
          throw fail("the text is not valid UTF-8")
        }
        return text
      }
      var out: [UInt8] = []
      out.reserveCapacity(raw.count)
      var index = raw.startIndex
      while index < raw.endIndex {
        let byte = raw[index]
        guard byte == UInt8(ascii: "&") else {
          out.append(byte)
          index += 1
          continue
        }
        guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
          throw fail("'&' that starts no reference; write &amp;")
        }
        let reference = String(decoding: raw[index + 1..<semicolon], as: UTF8.self)
        switch reference {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
          guard reference.hasPrefix("#") else { throw fail("the entity &\(reference); is not defined") }
          let digits = reference.dropFirst()
          let value =
            digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
          guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
            throw fail("&\(reference); is not a character")
          }
          out += Array(String(Character(scalar)).utf8)
        }
        index = semicolon + 1
      }
      guard let text = String(validating: out, as: UTF8.self) else {
        throw fail("the text is not valid UTF-8")
      }
      return text
    }
  }
}
