/// An element of an XML document as ``XMLReader`` reads it: names split at the prefix, the
/// namespace the prefix resolves to, attributes in document order, and children (elements and
/// text, with references already decoded and CDATA sections as text).
extension XMLReader {
  public struct Element: Sendable, Equatable {
    public enum Child: Sendable, Equatable {
      case element(Element)
      case text(String)
    }

    public struct Attribute: Sendable, Equatable {
      /// The name as written (`r:id`).
      public var name: String
      public var localName: String
      public var value: String
    }

    /// The name as written (`x:row`).
    public var name: String
    /// The name without its prefix (`row`).
    public var localName: String
    /// The namespace URI the prefix (or the default namespace) is bound to.
    public var namespace: String?
    public var attributes: [Attribute] = []
    public var children: [Child] = []

    /// The value of the first attribute whose local name is `localName`, whatever its prefix.
    public func attribute(_ localName: String) -> String? {
      attributes.first { $0.localName == localName }?.value
    }

    /// The child elements, in order.
    public var elements: [XMLReader.Element] {
      children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The child elements whose local name is `localName`.
    public func elements(_ localName: String) -> [Element] {
      elements.filter { $0.localName == localName }
    }

    /// The first child element whose local name is `localName`.
    public func element(_ localName: String) -> Element? {
      for case .element(let e) in children where e.localName == localName { return e }
      return nil
    }

    /// The text directly inside this element (not inside its child elements).
    public var text: String {
      var out = ""
      for case .text(let t) in children { out += t }
      return out
    }
  }
}
