import MHHSCatalogue
import Testing

@Suite struct XMLReaderTests {
  func parse(_ text: String) throws -> XMLReader.Element { try XMLReader.parse(Array(text.utf8)) }

  @Test func readsElementsAttributesTextCDATAAndReferences() throws {
    let root = try parse(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <x:sst xmlns:x="urn:main" count='2'><x:si><x:t xml:space="preserve"> a &amp; b &lt;&#65;&#x42;&gt;</x:t></x:si>\
      <x:si><![CDATA[<raw> & text]]></x:si><x:empty/></x:sst>
      """)
    #expect(root.name == "x:sst" && root.localName == "sst" && root.namespace == "urn:main")
    #expect(root.attribute("count") == "2")
    let items = root.elements("si")
    #expect(items.count == 2)
    #expect(items[0].element("t")?.text == " a & b <AB>")
    #expect(items[0].element("t")?.attribute("space") == "preserve")
    #expect(items[1].text == "<raw> & text")
    #expect(root.element("empty")?.children == [])
  }

  @Test func defaultNamespacesAreInherited() throws {
    let root = try parse(#"<a xmlns="urn:a"><b><c xmlns="urn:c"/></b></a>"#)
    #expect(root.element("b")?.namespace == "urn:a")
    #expect(root.element("b")?.element("c")?.namespace == "urn:c")
  }

  @Test func refusesDoctypesEntitiesAndMalformedDocuments() {
    let refused = [
      #"<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>"#,
      "<a>&x;</a>",
      "<a>&#0;</a>",
      "<a><b></a></b>",
      "<a>",
      "<a></a><b/>",
      "text",
      "",
      "<a b=c/>",
      #"<a b="1" b="2"/>"#,
      "<p:a/>",
      "<a><![CDATA[never closed</a>",
    ]
    for text in refused {
      #expect(throws: XMLReader.Failure.self, "\(text)") { try parse(text) }
    }
    #expect(throws: XMLReader.Failure.self) {
      try XMLReader.parse([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E])
    }
  }

  @Test func refusesDeepNestingInsteadOfRecursing() throws {
    let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
    #expect(throws: XMLReader.Failure.self) { try parse(deep) }
    let fine = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
    #expect(try parse(fine).localName == "a")
  }
}
