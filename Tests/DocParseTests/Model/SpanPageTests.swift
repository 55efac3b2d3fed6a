import Foundation
import Testing
@testable import DocParse

@Suite("Span.page: the PDF page of a span's start")
struct SpanPageTests {
    @Test("SourceText with page stretches gives each span the page its start lies on")
    func pagesFromStretches() {
        // Three pages of text; the second page's stretch begins mid-sentence (a line joined
        // across the break stays on the page where it began).
        let text = SourceText(scalars: Array("甲页第一行\n甲页第二行\n乙页\n丙页".unicodeScalars),
                              pages: [PageRange(number: 1, start: 0, end: 12),
                                      PageRange(number: 2, start: 12, end: 15),
                                      PageRange(number: 3, start: 15, end: 17)])
        #expect(text.span(0..<2).page == 1)
        #expect(text.span(11..<13).page == 1)
        #expect(text.span(12..<14).page == 2)
        #expect(text.span(15..<17).page == 3)
        #expect(text.span(17..<17).page == 3)
        #expect(SourceText("一、总体要求").span(0..<2).page == nil)
    }

    @Test("page is written as null for text, and a span without it (1.1 output) still reads")
    func jsonForm() throws {
        let doc = DocumentParser.parse(text: "一、总体要求\n（一）加强领导。到2025年，覆盖率达到90%。")
        let json = String(decoding: try JSONOutput.encode(doc, pretty: false), as: UTF8.self)
        #expect(json.contains("\"line\":1,\"page\":null,\"start\":0"))
        let old = try JSONDecoder().decode(Span.self, from: Data(#"{"column":1,"end":2,"line":1,"start":0}"#.utf8))
        #expect(old == Span(start: 0, end: 2, line: 1, column: 1))
        let paged = try JSONDecoder().decode(Span.self, from: Data(#"{"column":1,"end":2,"line":1,"page":4,"start":0}"#.utf8))
        #expect(paged.page == 4)
    }
}
