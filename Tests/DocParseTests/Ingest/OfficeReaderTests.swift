import Foundation
import Testing
@testable import DocParse

@Suite("DOCX and XLSX read as text")
struct OfficeReaderTests {
    typealias F = OfficeFixtures

    /// Two abstract lists: `一、` (chineseCounting) over `（1）` (decimal), and a numbering
    /// instance 2 that restarts level 0 of the first list at 5.
    static let numbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
        """

    func text(_ x: ExtractedText) -> String { DocumentParser.string(x.scalars) }

    @Test("Automatic numbering is rendered as the visible marker, levels reset below an item, overrides restart")
    func numbering() throws {
        let body = F.p("某县工作方案") + F.p("总体要求", numId: 1) + F.p("加强领导", numId: 1, level: 1)
            + F.p("完善机制", numId: 1, level: 1) + F.p("主要任务", numId: 1) + F.p("建设学校", numId: 1, level: 1)
            + F.p("附则", numId: 2)
        let x = try DocxReader.read(try F.docx(body: body, numbering: Self.numbering))
        #expect(text(x) == "某县工作方案\n一、总体要求\n（1）加强领导\n（2）完善机制\n二、主要任务\n（1）建设学校\n九、附则")
        #expect(x.blocks[1].kind == .listItem)
        #expect(x.blocks[1].place == .paragraph(2))
        let doc = try DocumentParser.parse(bytes: try F.docx(body: body, numbering: Self.numbering))
        #expect(doc.source.format == .docx)
        #expect(doc.outline.map(\.marker) == ["一、", "二、", "九、"])
        #expect(doc.outline.first?.children.count == 2)
    }

    @Test("Numbering carried by a paragraph style is rendered; table-of-contents lines are left out")
    func styles() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="T1"><w:name w:val="toc 1"/></w:style>
            """
        let body = F.p("目录") + F.p("总体要求 1", style: "T1") + F.p("主要任务 2", style: "T1") + F.p("总体要求", style: "H1") + F.p("主要任务", style: "H1")
        let x = try DocxReader.read(try F.docx(body: body, numbering: Self.numbering, styles: styles))
        #expect(text(x) == "目录\n一、总体要求\n二、主要任务")
    }

    @Test("Number formats: Chinese counting past ten, circled, letters, roman")
    func formats() {
        #expect(DocxNumbering.format(11, "chineseCounting") == "十一")
        #expect(DocxNumbering.format(20, "chineseCountingThousand") == "二十")
        #expect(DocxNumbering.format(3, "decimalEnclosedCircle") == "③")
        #expect(DocxNumbering.format(28, "lowerLetter") == "bb")
        #expect(DocxNumbering.format(14, "upperRoman") == "XIV")
        #expect(DocxNumbering.format(2, "ideographTraditional") == "乙")
    }

    @Test("Tracked changes read as the current text with a diagnostic; tables as tab-separated rows")
    func revisionsAndTables() throws {
        let body = "<w:p><w:r><w:t>到2025年，覆盖率达到</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>85%</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\"><w:r><w:t>90%</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>"
            + F.table([["序号", "工作任务", "牵头单位"], ["1", "新建学校", "县教育局"]])
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>尾段</w:t></w:r></w:p>"
        let doc = try DocumentParser.parseWithSource(bytes: try F.docx(body: body), options: ParseOptions(includeText: true))
        #expect(doc.document.source.text == "到2025年，覆盖率达到90%。\n序号\t工作任务\t牵头单位\n1\t新建学校\t县教育局\n尾段")
        #expect(doc.document.diagnostics.contains { $0.code == "ingest.docx-tracked-changes" })
        // The row's block starts the second line (the first line has a block per run).
        let rowStart = "到2025年，覆盖率达到90%。\n".unicodeScalars.count
        #expect(doc.extracted?.blocks.first { $0.range.lowerBound == rowStart }?.kind == .tableRow)
    }

    @Test("A DOCX with broken XML or no body text fails with a clear error")
    func badDocx() throws {
        let broken = try F.zip([("word/document.xml", "<w:document \(F.w)><w:body><w:p><w:r><w:t>一、")])
        #expect(throws: DocParseError.self) { try DocxReader.read(broken) }
        #expect(throws: DocParseError.self) { try DocxReader.read(try F.docx(body: "<w:p/>")) }
    }

    @Test("An XLSX task table: shared and inline strings, numbers as written, a merged category column")
    func xlsx() throws {
        let rows: [[String?]] = [
            ["类别", "序号", "重点任务", "牵头单位", "完成时限"],
            ["一、学校建设", "1", "新建学校3所", "县教育局", "2025"],
            [nil, "2", "改扩建学校5所", "县财政局", "2026"],
            ["二、师资配备", "3", "补充教师120名", "县人社局", "2025"],
        ]
        let bytes = try F.xlsx(rows: rows, merges: ["A2:A3"], inlineColumn: 3)
        let x = try XlsxReader.read(bytes)
        #expect(text(x) == "序号\t重点任务\t牵头单位\t完成时限\n一、学校建设\n1\t新建学校3所\t县教育局\t2025\n2\t改扩建学校5所\t县财政局\t2026\n二、师资配备\n3\t补充教师120名\t县人社局\t2025")
        #expect(x.blocks[0].place == .sheetRow(sheet: "Sheet1", row: 1))
        let doc = try DocumentParser.parse(bytes: bytes)
        #expect(doc.source.format == .xlsx)
        #expect(doc.tasks.map(\.title) == ["新建学校3所", "改扩建学校5所", "补充教师120名"])
    }

    @Test("A merged number column: the item's later rows keep only what differs, as the merge shows it; in-cell line breaks are blanks")
    func mergedNumbers() throws {
        let rows: [[String?]] = [["序号", "任务", "举措"], ["1", "稳定发展", "第一项"], [nil, nil, "第二项\n分两步"]]
        let x = try XlsxReader.read(try F.xlsx(rows: rows, merges: ["A2:A3", "B2:B3"]))
        #expect(text(x) == "序号\t任务\t举措\n1\t稳定发展\t第一项\n\t\t第二项 分两步")
    }

    @Test("A unit cell merged over two items stands in the first only, as a rowspan cell of a web page does")
    func mergedUnitNotCarried() throws {
        let rows: [[String?]] = [
            ["序号", "重点任务", "牵头单位", "完成时限"],
            ["1", "修缮村级活动场所", "县农业农村局", "2025"],
            ["2", "整治农村人居环境", nil, "2026"],
            ["3", "建设乡村快递网点", nil, nil],
        ]
        let bytes = try F.xlsx(rows: rows, merges: ["C2:C3", "D3:D4"])
        let x = try XlsxReader.read(bytes)
        #expect(text(x) == "序号\t重点任务\t牵头单位\t完成时限\n1\t修缮村级活动场所\t县农业农村局\t2025\n2\t整治农村人居环境\t\t2026\n3\t建设乡村快递网点")
        let doc = try DocumentParser.parse(bytes: bytes)
        #expect(doc.allNodes.filter { $0.lead.contains("县农业农村局") }.map(\.title) == ["修缮村级活动场所"])
    }

    @Test("Every offset of a DOCX maps back to its paragraph and run; the numbering marker to the paragraph")
    func runPlaces() throws {
        let body = "<w:p><w:r><w:t>加强</w:t></w:r><w:r><w:t>领导</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>总体</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>旧</w:delText></w:r></w:del><w:r><w:t>要求</w:t></w:r></w:p>"
        let x = try DocxReader.read(try F.docx(body: body, numbering: Self.numbering))
        #expect(text(x) == "加强领导\n一、总体要求")
        #expect(x.place(at: 0) == .run(paragraph: 1, run: 1))
        #expect(x.place(at: 3) == .run(paragraph: 1, run: 2))
        #expect(x.place(at: 5) == .paragraph(2))             // 一、 comes from no run
        #expect(x.place(at: 7) == .run(paragraph: 2, run: 1))
        #expect(x.place(at: 9) == .run(paragraph: 2, run: 2)) // the deleted run is not read
        // A person is pointed to the paragraph: Word shows no runs.
        #expect(x.place(at: 9)?.message?.text(.en) == "paragraph 2")
    }
}
