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

    @Test("A table is read by position: one line per row, tab-separated cells, wrapped cells joined, rows as items")
    func table() throws {
        let parsed = try DocumentParser.parseWithSource(bytes: try fixture("table.pdf"), options: ParseOptions(includeText: true))
        let doc = parsed.document
        let lines = try #require(doc.source.text).split(separator: "\n").map(String.init)
        #expect(lines == [
            "某县教育重点任务分解表",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t新建城区学校3所，新增学位2000个，同步配齐教学设施设备\t县教育局\t县发改局 县财政局\t2025年底",
            "2\t改造薄弱学校\t县教育局\t各乡镇\t2026年6月",
            "3\t建立教师交流轮岗制度\t县人社局\t县教育局\t长期坚持",
            "各单位要按时报送进展情况。",
        ])
        #expect(parsed.extracted?.blocks[1].kind == .tableRow)
        #expect(doc.outline.map(\.title) == ["新建城区学校3所，新增学位2000个，同步配齐教学设施设备", "改造薄弱学校", "建立教师交流轮岗制度"])
        #expect(doc.outline[0].lead == ["县教育局"])
        #expect(doc.outline[0].supporting == ["县发改局", "县财政局"])
        #expect(doc.targets.map(\.year) == [2025, 2025])
    }

    @Test("Lines with cells far apart but no header of three columns stay lines")
    func noTableWithoutHeader() {
        func seg(_ s: String, _ x0: Double, _ y: Double) -> PDFReader.Segment {
            PDFReader.Segment(text: Array(s.unicodeScalars), x0: x0, x1: x0 + Double(s.unicodeScalars.count) * 10, y0: y, y1: y + 10)
        }
        func line(_ n: Int, _ segs: [PDFReader.Segment]) -> PDFReader.Line {
            var l = PDFReader.Line(text: Array(segs.map { String(String.UnicodeScalarView($0.text)) }.joined(separator: "  ").unicodeScalars), number: n)
            l.segments = segs
            return l
        }
        // Two cells side by side (a signature and its date) make no table.
        #expect(PDFTables.find([line(1, [seg("某某局", 50, 100), seg("2024年1月1日", 300, 100)])]).isEmpty)
        // A header alone, with a paragraph line across its columns below, makes none either.
        let header = line(1, [seg("序号", 50, 100), seg("任务", 100, 100), seg("单位", 300, 100)])
        #expect(PDFTables.find([header, line(2, [seg(String(repeating: "文", count: 30), 50, 115)])]).isEmpty)
        // With a row under it, it does.
        let rows = PDFTables.find([header, line(2, [seg("1", 50, 115), seg("修路", 100, 115), seg("交通局", 300, 115)])])
        #expect(rows.first?.rows.map { $0.cells.map { String(String.UnicodeScalarView($0)) } } == [["序号", "任务", "单位"], ["1", "修路", "交通局"]])
    }

    @Test("A line opening with punctuation continues the line above, however short that line looks")
    func punctuationContinues() {
        var prev = PDFReader.Line(text: Array("增强意识".unicodeScalars), number: 1)
        prev.x0 = 50; prev.x1 = 200; prev.y0 = 100; prev.y1 = 112
        var next = PDFReader.Line(text: Array("、坚定信心，做好工作。".unicodeScalars), number: 2)
        next.x0 = 50; next.x1 = 400; next.y0 = 118; next.y1 = 130
        // The line above ends far from the right edge (500): only the punctuation joins them.
        #expect(PDFReader.continues(prev, right: 500, next, left: 50))
        next.text = Array("坚定信心，做好工作。".unicodeScalars)
        #expect(!PDFReader.continues(prev, right: 500, next, left: 50))
        // A paragraph gap still separates (`、文件起草过程` there is a marker that lost its number).
        next.text = Array("、文件起草过程".unicodeScalars)
        next.y0 = 150; next.y1 = 162
        #expect(!PDFReader.continues(prev, right: 500, next, left: 50))
        // A line of rules never joins the line above, even one that reached the edge.
        prev.x1 = 500
        next.y0 = 118; next.y1 = 130
        next.text = ["|"]
        #expect(!PDFReader.continues(prev, right: 500, next, left: 50))
    }

    @Test("A bare number at a page edge is a page number only when the pages' numbers agree")
    func bareNumbers() {
        func page(_ lines: [String]) -> PDFReader.Page {
            PDFReader.Page(lines: lines.enumerated().map { PDFReader.Line(text: Array($1.unicodeScalars), number: $0 + 1) }, width: 0, height: 0)
        }
        // Pages 1–3 numbered 5, 6, 7 at the foot: dropped; a row number 135 opening page 2: kept.
        let pages = [page(["正文一", "正文二", "5"]), page(["135", "正文三", "6"]), page(["正文四", "正文五", "7"])]
        let kept = PDFReader.dropFurniture(pages).map { $0.lines.map { String(String.UnicodeScalarView($0.text)) } }
        #expect(kept == [["正文一", "正文二"], ["135", "正文三"], ["正文四", "正文五"]])
        #expect(PDFPageFurniture.bareNumber(Array(" １２ ".unicodeScalars)) == 12)
        #expect(PDFPageFurniture.bareNumber(Array("— 3 —".unicodeScalars)) == nil)
    }
}
