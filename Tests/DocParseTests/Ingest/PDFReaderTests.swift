import Foundation
import Testing
@testable import DocParse

@Suite("PDF text layers read as paragraphs")
struct PDFReaderTests {
    func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: OfficeFixtures.fixtures.appendingPathComponent(name)))
    }

    @Test("Two pages: running header and page numbers removed, the wrapped paragraph joined, markers kept, pages recorded")
    func twoPages() throws {
        let parsed = try DocumentParser.parseWithSource(bytes: try fixture("two-pages.pdf"), options: ParseOptions(includeText: true))
        let doc = parsed.document
        #expect(doc.source.format == .pdf)
        let text = try #require(doc.source.text)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "某县学校建设工作方案")
        #expect(!text.contains("—"))
        #expect(!text.contains("人民政府文件"))
        let wrapped = try #require(lines.first { $0.hasPrefix("（一）") })
        #expect(wrapped.hasSuffix("形成可推广的经验。"))
        #expect(lines.contains("（二）加强师资配备。"))
        #expect(lines.contains("三、保障措施"))
        let pages = try #require(doc.source.pages)
        #expect(pages.map(\.number) == [1, 2])
        #expect(pages[1].start > pages[0].start && pages[1].end == doc.source.scalars)
        // The place of the last line is page 2.
        if case .pageLine(let page, _)? = parsed.extracted?.place(at: doc.source.scalars - 1) { #expect(page == 2) } else { Issue.record("no place") }
        #expect(doc.outline.map(\.marker) == ["一、", "二、", "三、"])
    }

    @Test("Page numbers in the forms print uses are recognized; text is not")
    func pageNumbers() {
        for s in ["— 3 —", "-3-", "- 12 -", "第3页", "第 3 页 共 9 页", "3/9", "Page 3", "12"] {
            #expect(PDFPageFurniture.isPageNumber(Array(s.unicodeScalars)), "\(s)")
        }
        for s in ["一、总体要求", "2025年", "3所学校", "Pages of text 3"] {
            #expect(!PDFPageFurniture.isPageNumber(Array(s.unicodeScalars)), "\(s)")
        }
    }
}
